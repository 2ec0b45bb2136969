import { Card } from '@blueprintjs/core';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { ConflictList } from '../../components/exchange/ConflictList';
import { Loading } from '../../components/Loading';
import { ExportCard } from './exchange/ExportCard';
import { ImportCard } from './exchange/ImportCard';
import { SectionCard } from './exchange/SectionCard';

/** Cài đặt → Trao đổi dữ liệu: this PC's section and passphrase, the package out, the package in, and the choices it left. */
export function ExchangeTab() {
  const { year } = useAppState();
  const settings = useQuery('exchange.getSettings', {});
  const bundle = useQuery('plan.get', { year });
  const conflicts = useQuery('exchange.conflicts', { year });
  const error = settings.error ?? bundle.error;
  if (error) return <ErrorCallout error={error} />;
  if (!settings.data || !bundle.data) return <Loading />;
  // Settlements are chosen in Đối chiếu beside their findings; the rest has no page of its own.
  const others = (conflicts.data ?? []).filter((c) => c.kind !== 'settlement' || c.period === null);
  return (
    <div className="exchange-tab">
      <div className="tab-grid">
        <SectionCard settings={settings.data} />
        <ExportCard year={year} periods={bundle.data.periods} hasSection={settings.data.section !== null} />
      </div>
      <ImportCard bundle={bundle.data} />
      {others.length ? (
        <Card className="form-card" role="region" aria-labelledby="exchange-others-title">
          <h2 id="exchange-others-title">Các điểm khác cần chọn</h2>
          <p className="muted">Kế hoạch, bản thảo văn bản và báo cáo khác với bên kia: xem hai bản cạnh nhau rồi chọn một.</p>
          <ErrorCallout error={conflicts.error} />
          <ConflictList conflicts={others} onResolved={conflicts.reload} />
        </Card>
      ) : null}
    </div>
  );
}
