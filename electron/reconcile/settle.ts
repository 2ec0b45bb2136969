import type { UnitType } from '../../shared/domain/plan';
import type { StoredReport } from './input';
import type { Lookup } from './lookup';

/**
 * Where a unit's figure for a period comes from. Quarters are the source of truth (the plan asks
 * for quarterly reports; six-month and year figures are their sums). A separately filed H1/Y
 * report is used only when the quarters are incomplete, because then it is the only complete
 * account of the period; when both exist, R7 checks that they agree.
 */
export type UnitSource =
  | { kind: 'quarters'; reports: StoredReport[]; missing: string[] }
  | { kind: 'filed'; report: StoredReport };

/**
 * @param quarters the quarter codes the figure sums
 * @param summaryCode the H1/Y period whose separately filed report may stand in (null for a quarter or a running total)
 */
export function unitSource(lk: Lookup, quarters: readonly string[], summaryCode: string | null, districtCode: string, unitType: UnitType): UnitSource {
  const reports: StoredReport[] = [];
  const missing: string[] = [];
  for (const q of quarters) {
    const r = lk.current(q, districtCode, unitType);
    if (r) reports.push(r);
    else missing.push(q);
  }
  if (missing.length > 0 && summaryCode) {
    const filed = lk.current(summaryCode, districtCode, unitType);
    if (filed) return { kind: 'filed', report: filed };
  }
  return { kind: 'quarters', reports, missing };
}

/** Sum of the reported figures; null only when none is reported (a not-reported quarter is not a zero, but neither does it void the others). */
export function sumReported(values: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null && v !== undefined) total = (total ?? 0) + v;
  return total === null ? null : roundSum(total);
}

/**
 * Drops binary floating-point dust from a sum (0,1 + 0,2 = 0,30000000000000004) at the
 * millionth, which is one đồng in a triệu đồng column: finer than any figure a report carries.
 */
export const roundSum = (v: number): number => Math.round(v * 1e6) / 1e6;

/** The unit's period figure for an indicator from its source. */
export function sourceValue(src: UnitSource, indicator: string): number | null {
  if (src.kind === 'filed') return src.report.values[indicator]?.period ?? null;
  return sumReported(src.reports.map((r) => r.values[indicator]?.period));
}
