import type { CompletenessRow, Finding } from '../../../shared/domain/reconcile';
import { findingKey, periodName, unitName } from '../format';
import type { ReconcileInput } from '../input';
import { lookup, type Lookup, type UnitRef } from '../lookup';

/** When a unit's data for the period was in hand, and what is still missing. */
export interface Arrival extends UnitRef {
  receivedDate: string | null;
  version: number | null;
  /** Quarter (or period) codes with no current report; empty when the unit is complete. */
  missing: string[];
  reportIds: number[];
}

/**
 * For a quarter: the unit's current report. For H1/Y: the unit is complete with all its quarters
 * or with a separately filed H1/Y report; its data arrived at the earlier of the two (the last
 * quarter in, or the filed report), since either is enough to compile the period.
 */
export function arrivals(lk: Lookup): Arrival[] {
  const p = lk.period;
  return lk.units.map((u) => {
    const filed = lk.current(p.code, u.districtCode, u.unitType);
    if (!lk.isSummary) {
      return filed
        ? { ...u, receivedDate: filed.receivedDate, version: filed.version, missing: [], reportIds: [filed.id] }
        : { ...u, receivedDate: null, version: null, missing: [p.code], reportIds: [] };
    }
    const quarters = lk.quarters.map((q) => lk.current(q, u.districtCode, u.unitType));
    const missing = lk.quarters.filter((_, i) => !quarters[i]);
    const present = quarters.filter((r) => r !== undefined);
    const lastQuarter = missing.length === 0 ? present.map((r) => r.receivedDate).reduce((a, b) => (b > a ? b : a)) : null;
    if (filed && (lastQuarter === null || filed.receivedDate <= lastQuarter)) {
      return { ...u, receivedDate: filed.receivedDate, version: filed.version, missing: [], reportIds: [filed.id] };
    }
    if (lastQuarter !== null) return { ...u, receivedDate: lastQuarter, version: null, missing: [], reportIds: present.map((r) => r.id) };
    return { ...u, receivedDate: null, version: null, missing, reportIds: [] };
  });
}

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** R1 + R2 per reporting unit: on time, late (days) or missing. */
export function completeness(input: ReconcileInput): CompletenessRow[] {
  const lk = lookup(input);
  const due = lk.period.dueDate;
  return arrivals(lk).map((a) => {
    if (a.receivedDate === null) return { districtCode: a.districtCode, unitType: a.unitType, status: 'missing', daysLate: null, receivedDate: null, dueDate: due, version: null };
    const late = Math.max(0, daysBetween(due, a.receivedDate));
    return { districtCode: a.districtCode, unitType: a.unitType, status: late > 0 ? 'late' : 'on_time', daysLate: late, receivedDate: a.receivedDate, dueDate: due, version: a.version };
  });
}

/**
 * Whether a missing report of a period is news yet. Before anything of the plan year arrived (a
 * freshly seeded database) every unit is "missing" from every period, which says nothing: the
 * period is simply not reported on yet. A report is called missing once another unit's report for
 * that period is in, or once its due date is behind today and the year's reporting has begun.
 */
export function isOpen(input: ReconcileInput, periodCode: string): boolean {
  if (input.reports.some((r) => r.period === periodCode)) return true;
  const due = input.periods.find((x) => x.code === periodCode)?.dueDate;
  return input.reports.length > 0 && due !== undefined && input.today > due;
}

/** R1: every reporting unit has a current report for the period; the missing ones are listed. */
export function r1Completeness(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period.code;
  const out: Finding[] = [];
  const open = new Map([p, ...lk.quarters].map((c) => [c, isOpen(input, c)]));
  for (const a of arrivals(lk)) {
    if (a.receivedDate !== null) continue;
    // H1/Y: missing only for a quarter (or the filed summary) that is itself due or under way.
    if (!open.get(p) && !a.missing.some((q) => open.get(q))) continue;
    const d = lk.districts.get(a.districtCode);
    if (!d) continue;
    const who = unitName(d, a.unitType);
    const lacking = a.missing.map(periodName).join(', ');
    const message = lk.isSummary
      ? `Chưa đủ số liệu ${periodName(p)} của ${who}: còn thiếu báo cáo ${lacking} (hoặc một báo cáo ${periodName(p)} gửi riêng).`
      : `Chưa nhận được báo cáo ${periodName(p)} của ${who}.`;
    out.push({
      key: findingKey('R1', p, a.districtCode, a.unitType, null, 'missing'),
      rule: 'R1',
      period: p,
      districtCode: a.districtCode,
      unitType: a.unitType,
      indicator: null,
      values: { 'Kỳ còn thiếu': lacking },
      message,
      severity: 'error',
    });
  }
  return out;
}
