import { IsoDate } from '../date-schema';
import { z } from '../zod';

// Kept exported from here for the plan's own schemas and their existing importers.
export { IsoDate };

/** Reference data of one plan year. Zod schemas double as the input schemas of the edit channels. */

export const UNIT_TYPES = ['BDV', 'QS'] as const;
export const UnitType = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof UnitType>;

export const INDICATOR_KINDS = ['count', 'people', 'money', 'days'] as const;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const ReportedBy = z.enum(['both', 'BDV', 'QS']);
export type ReportedBy = z.infer<typeof ReportedBy>;

const text = (max: number) => z.string().trim().min(1, 'Không được để trống').max(max, `Tối đa ${max} ký tự`);
const optionalText = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự`);
export const Year = z.number().int().min(2000).max(2100);

export const PlanInfo = z.object({
  year: Year,
  number: optionalText(60),
  title: text(300),
  issuedDate: IsoDate.nullable(),
  startDate: IsoDate,
  endDate: IsoDate,
  bodyBdv: text(200),
  bodyQs: text(200),
  formVersion: z.number().int().min(1).max(999),
});
export type PlanInfo = z.infer<typeof PlanInfo>;

export const ContentArea = z.object({
  no: z.number().int().min(1).max(20),
  title: text(300),
});
export type ContentArea = z.infer<typeof ContentArea>;

export const INDICATOR_CODE = /^[A-Z]{2}\d{2}$/;
export const RULE = /^(<=|>=|<|>|=)\s*[A-Z]{2}\d{2}$/;

export const Indicator = z.object({
  code: z.string().regex(INDICATOR_CODE, 'Mã chỉ tiêu gồm 2 chữ in hoa và 2 chữ số, ví dụ TT01'),
  area: z.number().int().min(1).max(20),
  label: text(400),
  unit: text(40),
  reportedBy: ReportedBy,
  kind: IndicatorKind,
  crossCheck: z.boolean(),
  rule: z.string().trim().regex(RULE, 'Quy tắc có dạng "<= TT01"').nullable(),
  sortOrder: z.number().int().min(0).max(100_000),
});
export type Indicator = z.infer<typeof Indicator>;

export const District = z.object({
  code: z.string().regex(/^\d{3}$/, 'Mã đơn vị hành chính gồm 3 chữ số'),
  name: text(100),
  type: text(40),
  partyCommittee: text(200),
  boardUnit: text(200),
  militaryUnit: text(200),
  aliases: z.array(text(100)).max(50),
  sortOrder: z.number().int().min(0).max(100_000),
});
export type District = z.infer<typeof District>;

export interface ReportingUnit {
  /** "524-BDV": district code and unit type, the id used in the CLI and file names. */
  id: string;
  districtCode: string;
  unitType: UnitType;
  name: string;
}

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const Period = z.object({
  code: z.string().regex(/^\d{4}-(Q[1-4]|H1|Y)$/),
  kind: PeriodKind,
  windowStart: IsoDate,
  windowEnd: IsoDate,
  dueDate: IsoDate,
});
export type Period = z.infer<typeof Period>;

export interface PlanBundle {
  plan: PlanInfo;
  areas: ContentArea[];
  indicators: Indicator[];
  districts: District[];
  units: ReportingUnit[];
  periods: Period[];
}

export interface PlanSummary {
  year: number;
  title: string;
  number: string;
}

export const unitId = (districtCode: string, unitType: UnitType): string => `${districtCode}-${unitType}`;

/** The indicators a unit type fills in: those reported by both, or by that type only. */
export const indicatorsFor = (indicators: readonly Indicator[], unitType: UnitType): Indicator[] =>
  indicators.filter((i) => i.reportedBy === 'both' || i.reportedBy === unitType);

export const unitsOf = (districts: readonly District[]): ReportingUnit[] =>
  districts.flatMap((d) => [
    { id: unitId(d.code, 'BDV'), districtCode: d.code, unitType: 'BDV' as const, name: d.boardUnit },
    { id: unitId(d.code, 'QS'), districtCode: d.code, unitType: 'QS' as const, name: d.militaryUnit },
  ]);
