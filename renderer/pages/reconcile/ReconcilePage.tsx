import { ComingFeature } from '../../components/ComingFeature';
import { PageHeader } from '../../components/PageHeader';

export function ReconcilePage() {
  return (
    <>
      <PageHeader title="Đối chiếu" />
      <ComingFeature
        icon="comparison"
        title="Chức năng đối chiếu đang được xây dựng"
        description="Tại đây sẽ liệt kê các điểm chênh lệch theo quy tắc R1–R9 (thiếu báo cáo, gửi muộn, lũy kế không khớp, số liệu Ban Dân vận và Ban CHQS huyện khác nhau…), so sánh hai báo cáo của từng huyện và xử lý từng điểm có ghi lại lịch sử; sau đó chốt số liệu của kỳ."
      />
    </>
  );
}
