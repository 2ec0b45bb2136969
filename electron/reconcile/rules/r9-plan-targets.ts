import type { Finding } from '../../../shared/domain/reconcile';
import { amount, findingKey, indicatorName, num, periodName } from '../format';
import type { ReconcileInput } from '../input';
import { lookup, quartersToDate, reports, type Lookup } from '../lookup';
import { roundSum, sourceValue, unitSource } from '../settle';
import { planTargets, type PlanTarget } from '../targets';

/**
 * R9: the province total of a yearly target indicator, against the plan's range. The total is
 * what the documents will print: the quarters' thực hiện summed (a separately filed H1/Y report
 * stands in for incomplete quarters).
 *
 * A yearly commitment is judged at the year period only: short of the minimum there is an error
 * when every unit's figures are in, a warning while some are still missing (the total may yet
 * grow). At the six-month period a shortfall is progress, not a fault: information. A quarter
 * holds no share of it, so quarters are not checked. More than the plan's range is no problem:
 * the plan asks for at least that many models, and no finding is raised for exceeding it.
 * Nothing is said while no unit of the target's type has reported anything for the period.
 */
export function r9PlanTargets(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const kind = lk.period.kind;
  if (kind !== 'Y' && kind !== 'H1') return [];
  return planTargets(input.settings).flatMap((t) => targetFinding(lk, t) ?? []);
}

function targetFinding(lk: Lookup, t: PlanTarget): Finding | null {
  const p = lk.period;
  const ind = lk.indicators.get(t.indicator);
  if (!ind || t.min === null) return null;
  let total = 0;
  let missingUnits = 0;
  let reporting = 0;
  for (const u of lk.units) {
    if (!reports(ind, u.unitType) || (t.unitType !== null && u.unitType !== t.unitType)) continue;
    const src = unitSource(lk, quartersToDate(lk.input.planYear, p.kind), lk.isSummary ? p.code : null, u.districtCode, u.unitType);
    if (src.kind === 'quarters' && src.missing.length > 0) missingUnits++;
    if (src.kind === 'filed' || src.reports.length > 0) reporting++;
    total = roundSum(total + (sourceValue(src, ind.code) ?? 0));
  }
  if (reporting === 0 || total >= t.min) return null;
  const range = t.max !== null && t.max !== t.min ? `${num(t.min)}–${amount(t.max, ind)}` : amount(t.min, ind);
  const partial = missingUnits > 0 ? ` (còn ${missingUnits} đơn vị chưa đủ báo cáo)` : '';
  const head = `Tính đến hết ${periodName(p.code)}, tổng toàn tỉnh của chỉ tiêu ${indicatorName(ind)} mới có ${num(total)}/${range}${partial}`;
  const values = { 'Tổng toàn tỉnh': total, 'Tối thiểu': t.min, 'Tối đa': t.max, 'Đơn vị chưa đủ báo cáo': missingUnits };
  const common = { rule: 'R9' as const, period: p.code, districtCode: null, unitType: t.unitType, indicator: ind.code, values };
  if (p.kind === 'H1') {
    return { ...common, key: findingKey('R9', p.code, null, t.unitType, ind.code, 'progress'), message: `${head}; đây là chỉ tiêu cả năm theo ${t.source}, còn 6 tháng cuối năm để thực hiện.`, severity: 'info' };
  }
  const final = missingUnits === 0;
  return {
    ...common,
    key: findingKey('R9', p.code, null, t.unitType, ind.code, 'min'),
    message: final
      ? `${head}: không đạt mức tối thiểu mà ${t.source} đề ra cho cả năm.`
      : `${head}: chưa đạt mức tối thiểu mà ${t.source} đề ra cho cả năm; cần đủ báo cáo của các đơn vị còn thiếu mới kết luận được.`,
    severity: final ? 'error' : 'warning',
  };
}
