import { useMemo } from 'react';
import { periodTitle } from '../../../../shared/domain/periods';
import { RULE_TITLES, RULES, type FindingStatus, type FindingView } from '../../../../shared/domain/reconcile';
import { formatNumber } from '../../../format';
import { ChartFigure } from './ChartFigure';
import type { ChartOption } from './echarts';

const STATES: { key: FindingStatus; name: string; color: string }[] = [
  { key: 'open', name: 'Chưa xử lý', color: '#cd4246' },
  { key: 'accepted', name: 'Đã chấp nhận', color: '#4c90f0' },
  { key: 'corrected', name: 'Đã sửa số liệu', color: '#238551' },
  { key: 'explained', name: 'Đã giải trình', color: '#9d3f9d' },
];

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
  return (
    <ChartFigure
      id="findings"
      caption={`Điểm chênh lệch theo quy tắc và tình trạng xử lý – ${periodTitle(period)} (${formatNumber(counted.length)} điểm)`}
      option={option}
      height={240}
      table={{ columns: STATES.map((s) => s.name), rows: RULES.map((r) => ({ label: `${r} – ${RULE_TITLES[r]}`, cells: STATES.map((s) => formatNumber(n(r, s.key))) })) }}
    />
  );
}
