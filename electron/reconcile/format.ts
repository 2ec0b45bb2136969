import { periodName } from '../../shared/domain/periods';
import { dateVi } from '../../shared/dates';
import type { Indicator, UnitType } from '../../shared/domain/plan';
import type { RuleId } from '../../shared/domain/reconcile';
import { placeName, unitName } from '../../shared/domain/units';
import { formatNumberVi } from '../../shared/text/numbers';

/** Texts of the findings: what a clerk reads, in the words of the reports themselves. */

/**
 * The key a settlement is stored under. It names what the finding is about, never the figures,
 * so that recomputing after an unrelated import finds the same key and the settlement sticks.
 */
export function findingKey(rule: RuleId, period: string, districtCode: string | null, unitType: UnitType | null, indicator: string | null, sub: string): string {
  return `${rule}|${period}|${districtCode ?? '*'}|${unitType ?? '*'}|${indicator ?? '*'}|${sub}`;
}

/** 1234.5 → "1.234,5"; three decimals so that a slip such as 1,25 shows as typed. */
export const num = (v: number): string => formatNumberVi(v, 3);

/** A figure with the indicator's unit: "1.250 lượt người", "350 triệu đồng". */
export const amount = (v: number, indicator: Indicator): string => `${num(v)} ${indicator.unit}`;


/** Code and label, as the row appears on the form: TT03 (Số buổi tuyên truyền …). */
export const indicatorName = (i: Indicator): string => `${i.code} (${i.label})`;

export const FIELD_NAMES = { period: 'thực hiện trong kỳ', ytd: 'lũy kế từ đầu năm' } as const;

export { dateVi, periodName, placeName, unitName };

/** Upper-cases the first letter, for a sentence that starts with a lower-case name. */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
