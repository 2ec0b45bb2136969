import type { Finding } from '../../../shared/domain/reconcile';
import { amount, findingKey, indicatorName, num, periodName, unitName } from '../format';
import type { ReconcileInput } from '../input';
import { differs, lookup, tolerance } from '../lookup';
import { sumReported, unitSource } from '../settle';

/**
 * R7, on the H1 and Y periods only (a quarter has nothing to add up), per unit with all its
 * quarters filed:
 * - a separately filed H1/Y report must agree with the sum of the quarters' thực hiện;
 * - the last quarter's lũy kế (Q2 for H1, Q4 for Y) must equal that sum. R5 checks lũy kế step by
 *   step; this catches a chain that is consistent from quarter to quarter but started wrong.
 * Not-reported cells are left out of the sum (the H1/Y figure is the sum of what was reported),
 * and a comparison is skipped when nothing was reported at all.
 */
export function r7SixMonthYear(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  if (!lk.isSummary) return [];
  const p = lk.period.code;
  const lastQuarter = lk.quarters.at(-1) ?? p;
  const out: Finding[] = [];
  for (const u of lk.units) {
    const d = lk.districts.get(u.districtCode);
    const src = unitSource(lk, lk.quarters, null, u.districtCode, u.unitType);
    if (!d || src.kind !== 'quarters' || src.missing.length > 0) continue;
    const filed = lk.current(p, u.districtCode, u.unitType);
    const last = src.reports.at(-1);
    const who = unitName(d, u.unitType);
    const quarterNames = lk.quarters.map(periodName).join(', ');
    for (const ind of lk.indicators.values()) {
      const sum = sumReported(src.reports.map((r) => r.values[ind.code]?.period));
      if (sum === null) continue;
      const tol = tolerance(lk, ind);
      const filedValue = filed?.values[ind.code]?.period;
      if (filed && filedValue !== null && filedValue !== undefined && differs(filedValue, sum, tol)) {
        out.push({
          key: findingKey('R7', p, u.districtCode, u.unitType, ind.code, 'period'),
          rule: 'R7',
          period: p,
          districtCode: u.districtCode,
          unitType: u.unitType,
          indicator: ind.code,
          values: { [`Báo cáo ${periodName(p)}`]: filedValue, 'Tổng các quý': sum },
          message: `Báo cáo ${periodName(p)} của ${who} ghi chỉ tiêu ${indicatorName(ind)} là ${amount(filedValue, ind)}, nhưng cộng các báo cáo ${quarterNames} được ${amount(sum, ind)}.`,
          severity: 'error',
          cells: [{ reportId: filed.id, indicator: ind.code, field: 'period' }],
        });
      }
      const ytd = last?.values[ind.code]?.ytd;
      if (last && ytd !== null && ytd !== undefined && differs(ytd, sum, tol)) {
        out.push({
          key: findingKey('R7', p, u.districtCode, u.unitType, ind.code, 'ytd'),
          rule: 'R7',
          period: p,
          districtCode: u.districtCode,
          unitType: u.unitType,
          indicator: ind.code,
          values: { [`Lũy kế ${periodName(lastQuarter)}`]: ytd, 'Tổng các quý': sum },
          message:
            `${who}, chỉ tiêu ${indicatorName(ind)}: lũy kế từ đầu năm trong báo cáo ${periodName(lastQuarter)} là ${amount(ytd, ind)}, ` +
            `nhưng tổng số thực hiện các quý (${quarterNames}) là ${num(sum)}, tức số liệu ${periodName(p)} phải là ${amount(sum, ind)}.`,
          severity: 'error',
          cells: [{ reportId: last.id, indicator: ind.code, field: 'ytd' }],
        });
      }
    }
  }
  return out;
}
