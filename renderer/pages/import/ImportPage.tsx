import { ComingFeature } from '../../components/ComingFeature';
import { PageHeader } from '../../components/PageHeader';

export function ImportPage() {
  return (
    <>
      <PageHeader title="Nhập báo cáo" />
      <ComingFeature
        icon="import"
        title="Chức năng nhập báo cáo đang được xây dựng"
        description="Tại đây sẽ kéo thả các tệp Excel báo cáo quý của 26 đơn vị, xem trước số liệu đọc được cùng các lỗi phát hiện (ghi rõ trang tính, ô), xác nhận đơn vị và kỳ báo cáo rồi lưu. Tại đây cũng tạo mẫu báo cáo trống gửi các đơn vị."
      />
    </>
  );
}
