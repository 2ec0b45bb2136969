import { Card } from '@blueprintjs/core';
import { comparedPeriods } from '../../../shared/domain/period-compare';
import type { PlanBundle } from '../../../shared/domain/plan';
import type { PeriodFigures, ReconcileView } from '../../../shared/domain/reconcile';
import { useQueries, useQuery } from '../../api/use-query';
import { AreaChange, type Compared } from './charts/AreaChanges';
import { FindingsChart } from './charts/FindingsChart';
import { SubmissionChart } from './charts/SubmissionChart';

const QUARTER = /-Q[1-4]$/;

/** Figures of a period to compare with, or null when it has none (no plan that year, no report). */
function useFiguresIfAny(period: string | null): PeriodFigures | null {
  const r = useQuery('figures.get', { period: period ?? '' }, { enabled: period !== null });
  return r.data && r.data.units.length > 0 ? r.data : null;
}

/** The pictures of Tổng quan: the year's submissions, the period's findings, each area's change. */
export function OverviewCharts({ bundle, period, view, figures }: { bundle: PlanBundle; period: string; view: ReconcileView | null; figures: PeriodFigures | null }) {
  const quarters = bundle.periods.filter((p) => QUARTER.test(p.code));
  const year = useQueries(
    'reconcile.run',
    quarters.map((q) => ({ period: q.code })),
  );
  // The chart waits for every quarter's first answer; a quarter that failed to load is drawn as having no view.
  const views = year.some((q) => q.data === null && q.error === null) ? null : year.map((q) => q.data);
  const { previous, lastYear } = comparedPeriods(period);
  const before = useFiguresIfAny(previous);
  const yearAgo = useFiguresIfAny(lastYear);
  const compared: Compared[] = [
    ...(before ? [{ figures: before, role: 'kỳ trước' }] : []),
    ...(yearAgo ? [{ figures: yearAgo, role: 'cùng kỳ năm trước' }] : []),
  ];
  return (
    <section className="overview-charts" aria-label="Biểu đồ">
      <div className="overview-grid">
        <Card className="form-card">{views ? <SubmissionChart quarters={quarters} views={views} /> : null}</Card>
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
