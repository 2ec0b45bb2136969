import { RULES, type Finding, type FindingSettlement, type FindingView, type RuleId, type SettleAction } from '../../shared/domain/reconcile';
import type { UnitType } from '../../shared/domain/plan';
import type { FindingCorrectionRow, ResolutionRow } from '../db/queries/reconcile';
import { FIELD_NAMES } from './format';

const ACTION_OF: Record<ResolutionRow['status'], SettleAction> = { accepted: 'accept', corrected: 'correct', explained: 'explain' };

export function settlementOf(r: ResolutionRow, corrections: readonly FindingCorrectionRow[]): FindingSettlement {
  const own = r.status === 'corrected' ? corrections.filter((c) => c.findingKey === r.key) : [];
  return {
    action: ACTION_OF[r.status],
    chosenValue: r.chosenValue,
    corrections: own.map(({ reportId, indicator, field, oldValue, newValue }) => ({ reportId, indicator, field, oldValue, newValue })),
    note: r.note,
    by: r.settledBy,
    at: r.settledAt,
  };
}

export function toView(f: Finding, r: ResolutionRow | undefined, corrections: readonly FindingCorrectionRow[]): FindingView {
  return {
    ...f,
    status: r ? r.status : 'open',
    note: r?.note ?? null,
    settledBy: r?.settledBy ?? null,
    settledAt: r?.settledAt ?? null,
    settlement: r ? settlementOf(r, corrections) : null,
    gone: false,
  };
}

const part = (s: string | undefined): string | null => (s && s !== '*' ? s : null);

/**
 * A settled finding the rules no longer raise, rebuilt from its key (see findingKey): a
 * correction that made two figures agree must not make the finding, and who settled it, vanish
 * from the list. Its figures are in the settlement (the corrected cells, old → new).
 */
export function goneView(r: ResolutionRow, corrections: readonly FindingCorrectionRow[]): FindingView {
  const [rule, period, district, unit, indicator, sub] = r.key.split('|');
  const column = sub === 'period' || sub === 'ytd' ? ` (cột ${FIELD_NAMES[sub]})` : '';
  const settlement = settlementOf(r, corrections);
  return {
    key: r.key,
    rule: (RULES as readonly string[]).includes(rule ?? '') ? (rule as RuleId) : (r.rule as RuleId),
    period: period ?? r.period,
    districtCode: part(district),
    unitType: part(unit) as UnitType | null,
    indicator: part(indicator),
    values: {},
    message:
      r.status === 'corrected'
        ? `Sau khi sửa số liệu${column}, quy tắc không còn thấy chênh lệch ở điểm này.`
        : `Số liệu đã thay đổi${column} (báo cáo mới hoặc sửa số liệu), quy tắc không còn thấy chênh lệch ở điểm này.`,
    severity: 'warning',
    status: r.status,
    note: r.note,
    settledBy: r.settledBy,
    settledAt: r.settledAt,
    settlement,
    gone: true,
  };
}
