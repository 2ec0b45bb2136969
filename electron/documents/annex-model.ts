import { dateVi } from '../../shared/dates';
import type { DocumentInput } from '../../shared/domain/documents';
import type { Indicator, UnitType } from '../../shared/domain/plan';
import { periodName } from '../../shared/domain/periods';
import { fillNumberPattern, formatNumber, longDate } from './format';
import { missingUnits, missingUnitText } from './units';

/**
 * The annex table (indicator × district) as data, shared by the Word and the Excel annex so both
 * print the same figures, marks and notes. Figures come from input.figures only: a district's cell
 * is figures.districts, the total is figures.province, the two sides of a joint indicator are the
 * units' own figures.
 */

/** What a cell without a figure shows; the legend says what it means. */
export const NO_FIGURE = 'x';
/** After the label of an indicator both units report for one joint activity. */
export const JOINT_MARK = '(*)';
/** After the name of a district with a missing report. */
export const INCOMPLETE_MARK = '(**)';

export const UNIT_COLUMN_LABELS: Record<UnitType, string> = { BDV: 'BDV', QS: 'QS' };
/** Left to right inside a district's column. */
export const UNIT_COLUMN_ORDER: readonly UnitType[] = ['BDV', 'QS'];

export interface AnnexDistrict {
  code: string;
  name: string;
  /** One of its two units has no report for (part of) the period. */
  incomplete: boolean;
}

export type DistrictCell = { joint: false; value: number | null } | { joint: true; bdv: number | null; qs: number | null };

export interface AnnexIndicatorRow {
  kind: 'indicator';
  /** Running number inside the area. */
  stt: string;
  indicator: Indicator;
  joint: boolean;
  cells: DistrictCell[];
  total: number | null;
}

export interface AnnexAreaRow {
  kind: 'area';
  /** "I", "II" … */
  stt: string;
  title: string;
}

export type AnnexRow = AnnexAreaRow | AnnexIndicatorRow;

export interface AnnexModel {
  title: string;
  subtitle: string;
  attachedTo: string;
  districts: AnnexDistrict[];
  rows: AnnexRow[];
  notes: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** A joint activity: cross-checked and reported by both unit types (as the figures service counts it). */
export const isJoint = (ind: Indicator): boolean => ind.crossCheck && ind.reportedBy === 'both';

/** A figure as the annex prints it: "1.234", "12,5", or the no-figure mark. */
export const cellText = (value: number | null | undefined): string => (value === null || value === undefined ? NO_FIGURE : formatNumber(value));

export function annexModel(input: DocumentInput): AnnexModel {
  const { figures } = input;
  const unitValue = (districtCode: string, unitType: UnitType, code: string): number | null =>
    figures.units.find((u) => u.districtCode === districtCode && u.unitType === unitType)?.values[code] ?? null;
  const districtValue = (districtCode: string, code: string): number | null => figures.districts.find((d) => d.districtCode === districtCode)?.values[code] ?? null;

  const missing = missingUnits(figures, input.districts);
  const districts = [...input.districts]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((d) => ({ code: d.code, name: d.name, incomplete: missing.some((m) => m.districtCode === d.code) }));

  const rows: AnnexRow[] = [];
  for (const area of [...input.areas].sort((a, b) => a.no - b.no)) {
    rows.push({ kind: 'area', stt: ROMAN[area.no - 1] ?? String(area.no), title: area.title });
    const indicators = input.indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder);
    indicators.forEach((ind, i) => {
      const joint = isJoint(ind);
      rows.push({
        kind: 'indicator',
        stt: String(i + 1),
        indicator: ind,
        joint,
        cells: districts.map((d): DistrictCell => (joint ? { joint: true, bdv: unitValue(d.code, 'BDV', ind.code), qs: unitValue(d.code, 'QS', ind.code) } : { joint: false, value: districtValue(d.code, ind.code) })),
        total: figures.province.byIndicator[ind.code] ?? null,
      });
    });
  }

  const notes: string[] = [];
  if (rows.some((r) => r.kind === 'indicator' && r.joint)) {
    notes.push(
      `${JOINT_MARK} Chỉ tiêu do hai đơn vị cùng thực hiện: ghi song song số liệu của Ban Dân vận (${UNIT_COLUMN_LABELS.BDV}) và Ban Chỉ huy Quân sự (${UNIT_COLUMN_LABELS.QS}); cột Tổng cộng tính mỗi đơn vị cấp huyện một lần theo số liệu đã thống nhất. Các chỉ tiêu khác: số liệu của huyện là tổng số liệu của hai đơn vị.`,
    );
  }
  notes.push(`${NO_FIGURE}: không có số liệu (đơn vị chưa báo cáo chỉ tiêu này).`);
  if (missing.length > 0) notes.push(`${INCOMPLETE_MARK} Đơn vị chưa gửi báo cáo: ${missing.map(missingUnitText).join('; ')}.`);
  if (input.figuresAsOf) notes.push(`Số liệu tính đến ngày ${dateVi(input.figuresAsOf)}.`);

  const reportNumber = fillNumberPattern(input.settings.numbers.joint, input.issueDate).replace(/^[ \t]*Số[ \t]*:?[ \t]*/iu, '');
  return {
    title: 'PHỤ LỤC',
    subtitle: `SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHỐI HỢP CÔNG TÁC DÂN VẬN ${periodName(figures.period).toLocaleUpperCase('vi')}`,
    attachedTo: `(Kèm theo Báo cáo số ${reportNumber}, ${longDate(input.issueDate)} của ${input.plan.bodyBdv} và ${input.plan.bodyQs})`,
    districts,
    rows,
    notes,
  };
}
