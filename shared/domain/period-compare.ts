import { parsePeriodCode, periodCode } from './periods';

/**
 * The periods a period's figures are compared with on Tổng quan: the quarter before (Quý I with
 * Quý IV of the year before), and the same period a year earlier. A half year or a year has no
 * "period before" of its own kind inside the plan, only the year before.
 */
export function comparedPeriods(code: string): { previous: string | null; lastYear: string | null } {
  const p = parsePeriodCode(code);
  if (!p) return { previous: null, lastYear: null };
  const lastYear = periodCode(p.year - 1, p.kind);
  const q = /^Q([1-4])$/.exec(p.kind);
  if (!q) return { previous: null, lastYear };
  const n = Number(q[1]);
  return { previous: n === 1 ? periodCode(p.year - 1, 'Q4') : periodCode(p.year, `Q${n - 1}` as 'Q1'), lastYear };
}
