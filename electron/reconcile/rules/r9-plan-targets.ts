import type { Finding } from '../../../shared/domain/reconcile';
import { amount, findingKey, indicatorName, num, periodName } from '../format';
import type { ReconcileInput } from '../input';
import { lookup, quartersToDate, reports } from '../lookup';
import { roundSum, sourceValue, unitSource } from '../settle';
import { planTargets } from '../targets';

/**
 * R9: the province total of a target indicator since the start of the year, against the plan's
 * range. The total is what the documents will print: the quarters' thực hiện summed (a separately
 * filed H1/Y report stands in for incomplete quarters). Falling short is only final at the end of
 * the year (Q4, Y: error); earlier it is a warning that the plan is behind. Exceeding the range is
 * a warning at any time: more than planned may be real, or counted twice.
 */
export function r9PlanTargets(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period;
  const quarters = quartersToDate(input.planYear, p.kind);
  const summary = lk.isSummary ? p.code : null;
  const yearEnd = p.kind === 'Q4' || p.kind === 'Y';
  const out: Finding[] = [];
  for (const t of planTargets(input.settings)) {
    const ind = lk.indicators.get(t.indicator);
    if (!ind) continue;
    let total = 0;
    let missingUnits = 0;
    for (const u of lk.units) {
      if (!reports(ind, u.unitType) || (t.unitType !== null && u.unitType !== t.unitType)) continue;
      const src = unitSource(lk, quarters, summary, u.districtCode, u.unitType);
      if (src.kind === 'quarters' && src.missing.length > 0) missingUnits++;
      total = roundSum(total + (sourceValue(src, ind.code) ?? 0));
    }
    const range = t.min !== null && t.max !== null ? `${num(t.min)}–${amount(t.max, ind)}` : t.min !== null ? `ít nhất ${amount(t.min, ind)}` : `nhiều nhất ${amount(t.max ?? 0, ind)}`;
    const partial = missingUnits > 0 ? ` (còn ${missingUnits} đơn vị chưa đủ báo cáo)` : '';
    const head = `Tính đến hết ${periodName(p.code)}, tổng toàn tỉnh của chỉ tiêu ${indicatorName(ind)} là ${amount(total, ind)}${partial}`;
    const values = { 'Tổng toàn tỉnh': total, 'Tối thiểu': t.min, 'Tối đa': t.max, 'Đơn vị chưa đủ báo cáo': missingUnits };
    const common = { rule: 'R9' as const, period: p.code, districtCode: null, unitType: t.unitType, indicator: ind.code, values };
    if (t.min !== null && total < t.min) {
      out.push({
        ...common,
        key: findingKey('R9', p.code, null, t.unitType, ind.code, 'min'),
        message: `${head}, ${yearEnd ? 'không đạt' : 'chưa đạt'} mức tối thiểu mà ${t.source} đề ra (${range}).`,
        severity: yearEnd ? 'error' : 'warning',
      });
    }
    if (t.max !== null && total > t.max) {
      out.push({
        ...common,
        key: findingKey('R9', p.code, null, t.unitType, ind.code, 'max'),
        message: `${head}, vượt mức ${t.source} đề ra (${range}); đề nghị kiểm tra có mô hình nào được tính hai lần không.`,
        severity: 'warning',
      });
    }
  }
  return out;
}
