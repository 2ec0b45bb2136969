import type { Finding } from '../../../shared/domain/reconcile';
import { dateVi, findingKey, periodName, unitName } from '../format';
import type { ReconcileInput } from '../input';
import { lookup } from '../lookup';
import { arrivals, daysBetween } from './r1-completeness';

/** R2: a report received after the period's due date, with the number of days late. */
export function r2Timeliness(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period;
  const out: Finding[] = [];
  for (const a of arrivals(lk)) {
    if (a.receivedDate === null) continue;
    const late = daysBetween(p.dueDate, a.receivedDate);
    const d = lk.districts.get(a.districtCode);
    if (late <= 0 || !d) continue;
    const what = lk.isSummary && a.version === null ? `Số liệu ${periodName(p.code)} (đủ các quý)` : `Báo cáo ${periodName(p.code)}`;
    out.push({
      key: findingKey('R2', p.code, a.districtCode, a.unitType, null, 'late'),
      rule: 'R2',
      period: p.code,
      districtCode: a.districtCode,
      unitType: a.unitType,
      indicator: null,
      values: { 'Hạn gửi': dateVi(p.dueDate), 'Ngày nhận': dateVi(a.receivedDate), 'Số ngày muộn': late },
      message: `${what} của ${unitName(d, a.unitType)} nhận ngày ${dateVi(a.receivedDate)}, muộn ${late} ngày so với hạn ${dateVi(p.dueDate)}.`,
      severity: 'warning',
      reportIds: a.reportIds,
    });
  }
  return out;
}
