import { ComingFeature } from '../../components/ComingFeature';
import { PageHeader } from '../../components/PageHeader';

export function DocumentsPage() {
  return (
    <>
      <PageHeader title="Văn bản" />
      <ComingFeature
        icon="document"
        title="Chức năng lập văn bản đang được xây dựng"
        description="Tại đây sẽ lập các văn bản Word đúng thể thức: báo cáo sơ kết 6 tháng, báo cáo tổng kết năm, phụ lục số liệu, báo cáo tổng hợp quý và công văn đôn đốc, với số liệu lấy từ kết quả đối chiếu đã chốt."
      />
    </>
  );
}
