import { Button, Card } from '@blueprintjs/core';
import type { IconName } from '@blueprintjs/icons';

const STEPS: { title: string; text: string; button: string; icon: IconName; page: string }[] = [
  { title: 'Tạo mẫu báo cáo', text: 'Tạo mẫu Excel của kỳ cho từng đơn vị (đã ghi sẵn tên đơn vị, kỳ và chỉ tiêu) để gửi các huyện điền.', button: 'Tạo mẫu', icon: 'document', page: 'nhap-bao-cao' },
  { title: 'Nhập báo cáo', text: 'Kéo thả các tệp đơn vị gửi về (cả thư mục), xem trước số liệu và ghi chú, xác nhận chỗ chưa rõ rồi lưu.', button: 'Nhận tệp báo cáo', icon: 'import', page: 'nhap-bao-cao' },
  { title: 'Đối chiếu và lập văn bản', text: 'Xem ai chưa gửi, gửi muộn, các điểm chênh lệch theo quy tắc R1–R9; xử lý, chốt số liệu rồi lập văn bản Word.', button: 'Xem điểm chênh lệch', icon: 'comparison', page: 'doi-chieu' },
];

/** A first start (no report stored yet): the three steps of a quarter, each with its button. */
export function FirstSteps() {
  return (
    <Card className="first-steps" aria-label="Bắt đầu">
      <h2>Bắt đầu: ba bước của một kỳ báo cáo</h2>
      <ol>
        {STEPS.map((s, i) => (
          <li key={s.title}>
            <strong>
              {i + 1}. {s.title}
            </strong>
            <p>{s.text}</p>
            <Button intent={i === 0 ? 'primary' : 'none'} icon={s.icon} onClick={() => (window.location.hash = `/${s.page}`)}>
              {s.button}
            </Button>
          </li>
        ))}
      </ol>
    </Card>
  );
}
