import { useMemo } from 'react';
import { localIsoDate } from '../../../../shared/dates';
import { periodName } from '../../../../shared/domain/periods';
import type { Period } from '../../../../shared/domain/plan';
import type { ReconcileView } from '../../../../shared/domain/reconcile';
import { formatNumber } from '../../../format';
import { ChartFigure } from './ChartFigure';
import type { ChartOption } from './echarts';

const SERIES = [
  { key: 'on_time', name: 'Đúng hạn', color: '#238551' },
  { key: 'late', name: 'Gửi muộn', color: '#c87619' },
  { key: 'missing', name: 'Chưa gửi (quá hạn)', color: '#cd4246' },
  { key: 'not_due', name: 'Chưa gửi (chưa đến hạn)', color: '#abb3bf' },
] as const;
type Key = (typeof SERIES)[number]['key'];

/** A unit not in yet is "missing" only once the deadline has passed; before, it is simply not due. */
export function submissionCounts(view: ReconcileView, today: string): Record<Key, number> {
  const c: Record<Key, number> = { on_time: 0, late: 0, missing: 0, not_due: 0 };
  for (const r of view.completeness) c[r.status === 'missing' && r.dueDate >= today ? 'not_due' : r.status]++;
  return c;
}

/** (a) Reports on time, late and missing in each quarter of the plan year: stacked bars. */
export function SubmissionChart({ quarters, views }: { quarters: Period[]; views: (ReconcileView | null)[] }) {
  const today = localIsoDate();
  const counts = views.map((v) => (v ? submissionCounts(v, today) : null));
  const labels = quarters.map((q) => periodName(q.code).replace(/ năm \d{4}$/, ''));
  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      tooltip: { valueFormatter: (v) => `${formatNumber(Number(v))} báo cáo` },
      series: SERIES.map((s) => ({ type: 'bar', stack: 'all', name: s.name, itemStyle: { color: s.color }, data: counts.map((c) => (c ? c[s.key] : 0)) })),
    }),
    // The counts are derived from the views: a new option only when they change.
    [JSON.stringify(counts), labels.join('|')],
  );
  return (
    <ChartFigure
      id="submission"
      caption={`Tình hình gửi báo cáo theo quý (${formatNumber(views[0]?.completeness.length ?? 0)} đơn vị báo cáo mỗi quý)`}
      option={option}
      height={240}
      table={{ columns: SERIES.map((s) => s.name), rows: labels.map((l, i) => ({ label: l, cells: SERIES.map((s) => formatNumber(counts[i]?.[s.key] ?? 0)) })) }}
    />
  );
}
