import { Tab, Tabs } from '@blueprintjs/core';
import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AreasTab } from './AreasTab';
import { DistrictsTab } from './DistrictsTab';
import { IndicatorsTab } from './IndicatorsTab';
import { PeriodsTab } from './PeriodsTab';
import { PlanTab } from './PlanTab';

export function CatalogPage() {
  const { year } = useAppState();
  const bundle = useQuery('plan.get', { year });
  const [tab, setTab] = useState<string>('ke-hoach');
  return (
    <>
      <PageHeader title="Danh mục" subtitle={`Dữ liệu gốc của kế hoạch phối hợp năm ${year}: sửa được, mọi thay đổi được ghi nhật ký.`} />
      <ErrorCallout error={bundle.error} title="Không tải được kế hoạch" />
      {!bundle.data ? (
        bundle.loading ? <Loading /> : null
      ) : (
        <Tabs id="catalog-tabs" selectedTabId={tab} onChange={(t) => setTab(String(t))} renderActiveTabPanelOnly large>
          <Tab id="ke-hoach" title="Kế hoạch" panel={<PlanTab bundle={bundle.data} />} />
          <Tab id="noi-dung" title={`Nội dung (${bundle.data.areas.length})`} panel={<AreasTab bundle={bundle.data} />} />
          <Tab id="chi-tieu" title={`Chỉ tiêu (${bundle.data.indicators.length})`} panel={<IndicatorsTab bundle={bundle.data} />} />
          <Tab id="don-vi" title={`Đơn vị (${bundle.data.districts.length})`} panel={<DistrictsTab bundle={bundle.data} />} />
          <Tab id="ky-bao-cao" title="Kỳ báo cáo" panel={<PeriodsTab bundle={bundle.data} />} />
        </Tabs>
      )}
    </>
  );
}
