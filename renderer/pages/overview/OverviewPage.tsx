import { ComingFeature } from '../../components/ComingFeature';
import { PageHeader } from '../../components/PageHeader';
import { useAppState } from '../../app/app-state';

export function OverviewPage() {
  const { year } = useAppState();
  return (
    <>
      <PageHeader title="Tổng quan" subtitle={`Kế hoạch phối hợp năm ${year}`} />
      <ComingFeature
        icon="dashboard"
        title="Chưa có số liệu để tổng hợp"
        description="Trang này sẽ cho thấy đơn vị nào đã gửi, gửi muộn hay chưa gửi báo cáo của kỳ hiện tại, các điểm chênh lệch cần xử lý và tổng số liệu toàn tỉnh theo từng nội dung. Tính năng đối chiếu đang được xây dựng."
      />
    </>
  );
}
