import { HTMLSelect } from '@blueprintjs/core';
import { useState } from 'react';
import { periodName } from '../../../shared/domain/periods';
import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { currentPeriod } from '../../components/PeriodSelect';
import { ImportBatch } from './ImportBatch';
import { ReportsList } from './ReportsList';
import { TemplateCard } from './TemplateCard';

export function ImportPage() {
  const { year } = useAppState();
  const bundle = useResult(() => api['plan.get']({ year }), [year]);
  const [chosen, setPeriod] = useState<string | null>(null);
  const [savedTick, setSavedTick] = useState(0);
  if (bundle.error) return <ErrorCallout error={bundle.error} />;
  if (!bundle.data) return <Loading />;
  const quarters = bundle.data.periods.filter((p) => p.kind.startsWith('Q'));
  const current = chosen && quarters.some((p) => p.code === chosen) ? chosen : currentPeriod(bundle.data.periods);
  return (
    <>
      <PageHeader
        title="Nhập báo cáo"
        subtitle="Nhận các tệp Excel báo cáo quý của đơn vị: xem trước số liệu và các lỗi, xác nhận đơn vị, kỳ báo cáo rồi lưu."
        actions={
          <label className="inline-controls">
            <span>Kỳ</span>
            <HTMLSelect aria-label="Kỳ báo cáo" value={current} onChange={(e) => setPeriod(e.currentTarget.value)} options={quarters.map((p) => ({ value: p.code, label: periodName(p.code) }))} />
          </label>
        }
      />
      <ImportBatch bundle={bundle.data} onSaved={() => setSavedTick((t) => t + 1)} />
      <div className="tab-grid spaced">
        <ReportsList year={year} period={current} bundle={bundle.data} refreshKey={savedTick} />
        <TemplateCard bundle={bundle.data} period={current} />
      </div>
    </>
  );
}
