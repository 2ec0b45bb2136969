import type { District, UnitType } from '../../shared/domain/plan';
import { parsePeriodCode, periodName } from '../../shared/domain/periods';
import type { PeriodFigures } from '../../shared/domain/reconcile';
import { unitOfficialName } from '../../shared/domain/units';

/** Names of reporting units and of the periods they missed, as the documents write them. */

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function unitName(districts: readonly District[], districtCode: string, unitType: UnitType): string {
  const d = districts.find((x) => x.code === districtCode);
  if (!d) return `${unitType === 'BDV' ? 'Ban Dân vận' : 'Ban Chỉ huy Quân sự'} (mã ${districtCode})`;
  return unitOfficialName(d, unitType);
}

/** "Quý I, II năm 2021" from ["2021-Q1", "2021-Q2"]; other codes are kept as they are. */
export function quartersLabel(codes: readonly string[]): string {
  const byYear = new Map<number, string[]>();
  const other: string[] = [];
  for (const code of codes) {
    const p = parsePeriodCode(code);
    const q = p && /^Q[1-4]$/.test(p.kind) ? ROMAN[Number(p.kind[1]) - 1] : undefined;
    if (!p || !q) other.push(code);
    else byYear.set(p.year, [...(byYear.get(p.year) ?? []), q]);
  }
  return [...[...byYear].map(([year, qs]) => `Quý ${qs.join(', ')} năm ${year}`), ...other].join('; ');
}

export interface MissingUnit {
  districtCode: string;
  unitType: UnitType;
  name: string;
  /** "Quý II năm 2021", "cả 6 tháng đầu năm 2021"; empty when the period is a single quarter. */
  periodsLabel: string;
}

/** The units without a report, in the order of the district list (BDV before QS). */
export function missingUnits(figures: PeriodFigures, districts: readonly District[]): MissingUnit[] {
  const order = (code: string) => {
    const i = districts.findIndex((d) => d.code === code);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...figures.missing]
    .sort((a, b) => order(a.districtCode) - order(b.districtCode) || (a.unitType === b.unitType ? 0 : a.unitType === 'BDV' ? -1 : 1))
    .map((m) => ({
      districtCode: m.districtCode,
      unitType: m.unitType,
      name: unitName(districts, m.districtCode, m.unitType),
      periodsLabel: figures.quarters.length <= 1 ? '' : m.periods.length >= figures.quarters.length ? `cả ${periodName(figures.period)}` : quartersLabel(m.periods),
    }));
}

/** "Ban Dân vận Huyện ủy Ba Tơ (Quý II năm 2021)". */
export const missingUnitText = (m: MissingUnit): string => (m.periodsLabel ? `${m.name} (${m.periodsLabel})` : m.name);

/** The sentence the documents print instead of hiding the gaps; null when every unit reported. */
export function missingUnitsSentence(figures: PeriodFigures, districts: readonly District[]): string | null {
  const list = missingUnits(figures, districts);
  if (list.length === 0) return null;
  return `Còn ${list.length} đơn vị chưa gửi báo cáo: ${list.map(missingUnitText).join('; ')}. Số liệu của các kỳ còn thiếu chưa được tổng hợp trong báo cáo này.`;
}

const TYPE_ORDER = ['huyện', 'thị xã', 'thành phố'];

/** "13 huyện, thị xã, thành phố": the count and the kinds of district-level units, from the district list. */
export function districtsPhrase(districts: readonly District[]): string {
  const types = [...new Set(districts.map((d) => d.type.trim().toLocaleLowerCase('vi')))];
  const rank = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  types.sort((a, b) => rank(a) - rank(b));
  return `${districts.length} ${types.join(', ')}`;
}
