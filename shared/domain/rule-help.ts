import type { RuleId } from './reconcile';

/**
 * What each rule checks, one line a clerk reads next to the rule wherever rules are listed (a help
 * mark on screens): the one list, so a rule is never explained two ways.
 */
export const RULE_EXPLANATIONS: Record<RuleId, string> = {
  R1: 'Mỗi đơn vị báo cáo (Ban Dân vận, Ban CHQS của 13 huyện, thị xã, thành phố) phải có báo cáo của kỳ; nêu đơn vị chưa gửi.',
  R2: 'So ngày nhận báo cáo với hạn gửi của kỳ: đúng hạn hay muộn bao nhiêu ngày.',
  R3: 'Tệp gửi lại trùng nội dung thì không tính lại; bản mới của cùng đơn vị, cùng kỳ thay bản cũ (bản cũ giữ trong lịch sử).',
  R4: 'Các ràng buộc trong cùng một báo cáo, ví dụ số mô hình được công nhận không lớn hơn số mô hình đăng ký.',
  R5: 'Lũy kế quý này phải bằng lũy kế quý trước cộng số thực hiện trong quý; ở Quý I, lũy kế bằng số trong quý.',
  R6: 'Với chỉ tiêu hai ban cùng báo cáo, số của Ban Dân vận và Ban CHQS cùng huyện phải khớp nhau.',
  R7: 'Số 6 tháng bằng Quý I cộng Quý II, số cả năm bằng tổng bốn quý; báo cáo 6 tháng, cả năm gửi riêng phải khớp các quý.',
  R8: 'Số khác thường so với số các kỳ trước của đơn vị hay của các huyện khác (ví dụ 1.250 bị đọc thành 1,25, tiền tính bằng đồng thay vì triệu đồng).',
  R9: 'Các cam kết trong chính kế hoạch, ví dụ Bộ CHQS tỉnh chọn 2–3 mô hình "Dân vận khéo" để nhân rộng trong lực lượng vũ trang.',
};
