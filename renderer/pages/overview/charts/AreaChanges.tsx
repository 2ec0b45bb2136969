import { useMemo } from 'react';
import { periodName } from '../../../../shared/domain/periods';
import type { ContentArea, Indicator } from '../../../../shared/domain/plan';
import type { PeriodFigures } from '../../../../shared/domain/reconcile';
import { formatNumber } from '../../../format';
import { ChartFigure } from './ChartFigure';
import type { ChartOption } from './echarts';

export interface Compared {
  figures: PeriodFigures;
  /** "kỳ trước" or "cùng kỳ năm trước", for the legend. */
  role: string;
}

/** Change in percent, or null when it cannot be said (no figure, or nothing to compare with). */
export function change(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now === null || now === undefined || before === null || before === undefined || before === 0) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}

const pct = (v: number | null) => (v === null ? 'không so được' : `${v > 0 ? '+' : ''}${formatNumber(v)}%`);

/**
 * (c) One content area: each indicator's province total against the period before and the same
 * period a year earlier, in percent. The indicators of an area count different things (buổi,
 * triệu đồng, lượt người), so their sums are never added or drawn on one scale: the change is.
 */
export function AreaChange({ area, indicators, current, compared }: { area: ContentArea; indicators: Indicator[]; current: PeriodFigures; compared: Compared[] }) {
  const now = (i: Indicator) => current.province.byIndicator[i.code] ?? null;
  const rows = indicators.map((i) => ({ i, v: now(i), changes: compared.map((c) => change(now(i), c.figures.province.byIndicator[i.code])) }));
  const key = JSON.stringify(rows.map((r) => r.changes)) + compared.map((c) => c.figures.period).join();
  const option = useMemo<ChartOption>(
    () => ({
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 32, bottom: 24 },
      yAxis: { type: 'category', data: rows.map((r) => r.i.code), inverse: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` } },
      tooltip: { valueFormatter: (v) => (v === null || v === undefined || v === '-' ? 'không so được' : pct(Number(v))) },
      series: compared.map((c, n) => ({
        type: 'bar',
        name: `So với ${c.role} (${periodName(c.figures.period)})`,
        itemStyle: { color: n === 0 ? '#2d72d2' : '#7961db' },
        data: rows.map((r) => r.changes[n] ?? '-'),
      })),
    }),
    // A new option only when the numbers change.
    [key],
  );
  const gaps = [current, ...compared.map((c) => c.figures)].filter((f) => f.missing.length > 0);
  return (
    <ChartFigure
      id={`area-${area.no}`}
      caption={`${area.no}. ${area.title}: thay đổi so với ${compared.map((c) => `${c.role} (${periodName(c.figures.period)})`).join(' và ')}`}
      option={option}
      height={rows.length * (compared.length > 1 ? 30 : 22) + 64}
      note={gaps.length ? `Còn thiếu báo cáo: ${gaps.map((f) => `${periodName(f.period)} ${formatNumber(f.missing.length)} đơn vị`).join('; ')} — tỉ lệ thay đổi chỉ tính trên các báo cáo đã nhận.` : undefined}
      table={{
        columns: ['Kỳ này', ...compared.map((c) => `So với ${c.role}`)],
        rows: rows.map((r) => ({ label: `${r.i.code} ${r.i.label}`, cells: [r.v === null ? 'chưa có số liệu' : `${formatNumber(r.v)} ${r.i.unit}`, ...r.changes.map(pct)] })),
      }}
    />
  );
}
