import { periodCode } from '../../../shared/domain/periods';
import type { PeriodKind } from '../../../shared/domain/plan';
import type { Finding } from '../../../shared/domain/reconcile';
import { amount, findingKey, indicatorName, num, periodName, unitName } from '../format';
import type { ReconcileInput, StoredReport } from '../input';
import { differs, lookup, reportsOfPeriod, tolerance } from '../lookup';
import { roundSum } from '../settle';

/**
 * R5: lũy kế(Qn) = lũy kế(Qn−1) + thực hiện(Qn), and lũy kế(Q1) = thực hiện(Q1). Checked only
 * against a previous quarter that was filed: without it there is nothing to add to. A separately
 * filed H1 or Y report covers the year from its start, so its lũy kế must equal its own figure.
 *
 * The check uses the previous quarter's lũy kế as filed, so a wrong lũy kế in Qn−1 also shows in
 * Qn (the clerk of Qn added to a wrong figure, or copied a right one): both are worth a look.
 */
export function r5YearToDate(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period;
  const n = p.kind.startsWith('Q') ? Number(p.kind.slice(1)) : 0;
  const prevCode = n > 1 ? periodCode(input.planYear, `Q${n - 1}` as PeriodKind) : null;
  const out: Finding[] = [];
  for (const rep of reportsOfPeriod(lk)) {
    const d = lk.districts.get(rep.districtCode);
    if (!d) continue;
    let prev: StoredReport | undefined;
    if (prevCode) {
      prev = lk.current(prevCode, rep.districtCode, rep.unitType);
      if (!prev) continue;
    }
    for (const ind of lk.indicators.values()) {
      const cur = rep.values[ind.code];
      const before = prev ? prev.values[ind.code]?.ytd : 0;
      if (!cur || cur.period === null || cur.ytd === null || before === null || before === undefined) continue;
      const expected = roundSum(before + cur.period);
      if (!differs(cur.ytd, expected, tolerance(lk, ind))) continue;
      const who = unitName(d, rep.unitType);
      const detail = prev
        ? `là ${amount(expected, ind)} (lũy kế ${periodName(prevCode ?? '')} ${num(before)} cộng thực hiện trong kỳ ${num(cur.period)})`
        : `bằng số thực hiện trong kỳ, ${amount(cur.period, ind)}`;
      out.push({
        key: findingKey('R5', p.code, rep.districtCode, rep.unitType, ind.code, 'ytd'),
        rule: 'R5',
        period: p.code,
        districtCode: rep.districtCode,
        unitType: rep.unitType,
        indicator: ind.code,
        values: {
          ...(prev ? { [`Lũy kế ${periodName(prevCode ?? '')}`]: before } : {}),
          'Thực hiện trong kỳ': cur.period,
          'Lũy kế ghi trong báo cáo': cur.ytd,
          'Lũy kế đúng': expected,
        },
        message: `Báo cáo ${periodName(p.code)} của ${who}, chỉ tiêu ${indicatorName(ind)}: lũy kế từ đầu năm ghi ${amount(cur.ytd, ind)}, nhưng phải ${detail}.`,
        severity: 'error',
        cells: [{ reportId: rep.id, indicator: ind.code, field: 'ytd' }, ...(prev ? [{ reportId: prev.id, indicator: ind.code, field: 'ytd' as const }] : [])],
      });
    }
  }
  return out;
}
