import { useState } from 'react';
import { periodTitle } from '../../../shared/domain/periods';
import { periodOfBatch, stagedPeriods, type StagedPeriods } from '../../../shared/domain/working-period';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PeriodSelect, usePeriod } from '../../components/PeriodSelect';
import { ImportBatch } from './ImportBatch';
import { ReportsList } from './ReportsList';
import { TemplateCard } from './TemplateCard';

export function ImportPage() {
  const { year } = useAppState();
  const bundle = useQuery('plan.get', { year });
  const [current, setPeriod] = usePeriod(bundle.data?.periods, true);
  const [staged, setStaged] = useState<StagedPeriods>({ kind: 'none' });
  const follow = (periods: string[]) => {
    const s = stagedPeriods(periods);
    setStaged(s);
    // A batch of one period: the received reports and the template below are that period's.
    if (s.kind === 'one') setPeriod(s.period);
  };
  if (bundle.error) return <ErrorCallout error={bundle.error} />;
  if (!bundle.data) return <Loading />;
  return (
    <>
      <PageHeader
        title="Nhập báo cáo"
        subtitle="Nhận các tệp Excel báo cáo quý của đơn vị: xem trước số liệu và các lỗi, xác nhận đơn vị, kỳ báo cáo rồi lưu."
        actions={
          <>
            <PeriodSelect periods={bundle.data.periods} value={current} onChange={setPeriod} quartersOnly />
            {staged.kind === 'one' && staged.period === current ? <span className="muted" role="status">Kỳ của các tệp đang nhập</span> : null}
            {staged.kind === 'many' ? <span className="muted" role="status">Các tệp đang nhập thuộc nhiều kỳ: {staged.periods.map(periodTitle).join(', ')}</span> : null}
          </>
        }
      />
      <ImportBatch bundle={bundle.data} onStaged={follow} onSaved={(periods) => {
          const p = periodOfBatch(periods);
          if (p) setPeriod(p);
        }} />
      {/* Full width: a file name needs the room, and the table is what the clerk reads after a save. */}
      <div className="spaced">
        <ReportsList year={year} period={current} bundle={bundle.data} />
      </div>
      <div className="spaced">
        <TemplateCard bundle={bundle.data} period={current} />
      </div>
    </>
  );
}
