import { useMemo } from 'react';
import { periodTitle } from '../../../../shared/domain/periods';
import { FINDING_STATUS_LABELS, RULE_TITLES, RULES, type FindingStatus, type FindingView } from '../../../../shared/domain/reconcile';
import { formatNumber } from '../../../format';
import { ChartFigure } from './ChartFigure';
import type { ChartOption } from './echarts';

// The names are the table's and the CLI's (one label map in shared/), only the colours are the chart's.
const STATES: { key: FindingStatus; name: string; color: string }[] = (
  [
    ['open', '#cd4246'],
    ['accepted', '#4c90f0'],
    ['corrected', '#238551'],
    ['explained', '#9d3f9d'],
  ] as const
).map(([key, color]) => ({ key, name: FINDING_STATUS_LABELS[key], color }));

/** (b) The period's findings per rule and their state: open ones red, settled ones by how. */
export function FindingsChart({ period, findings }: { period: string; findings: FindingView[] }) {
  // Notes (severity info) ask nothing of the clerk: the chart counts what needs a decision.
  const counted = findings.filter((f) => f.severity !== 'info');
  const n = (rule: string, state: FindingStatus) => counted.filter((f) => f.rule === rule && f.status === state).length;
  const key = JSON.stringify(RULES.map((r) => STATES.map((s) => n(r, s.key))));
  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: [...RULES] },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      tooltip: { valueFormatter: (v) => `${formatNumber(Number(v))} điểm` },
      series: STATES.map((s) => ({ type: 'bar', stack: 'all', name: s.name, itemStyle: { color: s.color }, data: RULES.map((r) => n(r, s.key)) })),
    }),
    [key],
  );
  const caption = `Điểm chênh lệch theo quy tắc và tình trạng xử lý – ${periodTitle(period)} (${formatNumber(counted.length)} điểm)`;
  // An empty axis reads as "not loaded" or "broken": with nothing to draw, say so in words.
  if (counted.length === 0) {
    return (
      <figure className="chart-figure" data-chart="findings">
        <figcaption>{caption}</figcaption>
        <p className="muted">Kỳ này không có điểm chênh lệch.</p>
      </figure>
    );
  }
  return (
    <ChartFigure
      id="findings"
      caption={caption}
      option={option}
      height={240}
      table={{ columns: STATES.map((s) => s.name), rows: RULES.map((r) => ({ label: `${r} – ${RULE_TITLES[r]}`, cells: STATES.map((s) => formatNumber(n(r, s.key))) })) }}
    />
  );
}
