import { Card } from '@blueprintjs/core';
import { comparedPeriods } from '../../../shared/domain/period-compare';
import type { PlanBundle } from '../../../shared/domain/plan';
import type { PeriodFigures, ReconcileView } from '../../../shared/domain/reconcile';
import type { Result } from '../../../shared/result';
import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { AreaChange, type Compared } from './charts/AreaChanges';
import { FindingsChart } from './charts/FindingsChart';
import { SubmissionChart } from './charts/SubmissionChart';

const QUARTER = /-Q[1-4]$/;

/** Figures of a period to compare with, or null when it has none (no plan that year, no report). */
async function figuresIfAny(period: string | null): Promise<Result<PeriodFigures | null>> {
  if (!period) return { ok: true, value: null };
  const r = await api['figures.get']({ period });
  return { ok: true, value: r.ok && r.value.units.length > 0 ? r.value : null };
}

/** The pictures of Tổng quan: the year's submissions, the period's findings, each area's change. */
export function OverviewCharts({ bundle, period, view, figures }: { bundle: PlanBundle; period: string; view: ReconcileView | null; figures: PeriodFigures | null }) {
  const quarters = bundle.periods.filter((p) => QUARTER.test(p.code));
  const year = useResult(async () => {
    const views = await Promise.all(quarters.map((q) => api['reconcile.run']({ period: q.code })));
    return { ok: true as const, value: views.map((v) => (v.ok ? v.value : null)) };
    // Read again after the period's own view changes (an import, a settled finding).
  }, [quarters.map((q) => q.code).join(), view]);
  const { previous, lastYear } = comparedPeriods(period);
  const before = useResult(() => figuresIfAny(previous), [previous, figures]);
  const yearAgo = useResult(() => figuresIfAny(lastYear), [lastYear, figures]);
  const compared: Compared[] = [
    ...(before.data ? [{ figures: before.data, role: 'kỳ trước' }] : []),
    ...(yearAgo.data ? [{ figures: yearAgo.data, role: 'cùng kỳ năm trước' }] : []),
  ];
  return (
    <section className="overview-charts" aria-label="Biểu đồ">
      <div className="overview-grid">
        <Card className="form-card">{year.data ? <SubmissionChart quarters={quarters} views={year.data} /> : null}</Card>
        <Card className="form-card">{view ? <FindingsChart period={period} findings={view.findings} /> : null}</Card>
      </div>
      {figures && figures.units.length > 0 ? (
        compared.length > 0 ? (
          <div className="tab-grid">
            {bundle.areas.map((area) => (
              <Card key={area.no} className="form-card">
                <AreaChange area={area} indicators={bundle.indicators.filter((i) => i.area === area.no)} current={figures} compared={compared} />
              </Card>
            ))}
          </div>
        ) : (
          <p className="muted">Chưa có kỳ trước hay cùng kỳ năm trước có số liệu để so sánh.</p>
        )
      ) : null}
    </section>
  );
}
