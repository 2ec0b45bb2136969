import type { PeriodKind } from '../../../shared/domain/plan';
import { parsePeriodCode } from '../../../shared/domain/periods';

/**
 * What one heading cell says its column holds. The figure roles depend on the report's own
 * period: "Cả năm" is the year-to-date of a quarter report but the period figure of a year
 * report, "6 tháng" is the period of a six-month report, and "Quý III" in a Quý IV report is
 * another period's figure, not one of this report.
 */

export type ColumnRole = 'stt' | 'code' | 'label' | 'unit' | 'period' | 'ytd' | 'prior' | 'foreign' | 'figure' | 'note' | 'other';

export interface ReportPeriod {
  year: number;
  kind: PeriodKind;
}

export function reportPeriodOf(code: string | null): ReportPeriod | null {
  return code ? parsePeriodCode(code) : null;
}

const PRIOR = /\b(quy truoc|ky truoc|het quy|den het|cung ky|nam truoc|ky bao cao truoc)\b/;
const CUMULATIVE = /\b(luy ke|cong don|tu dau nam|luy tich|don tich)\b/;
const WHOLE_YEAR = /\b(ca nam|trong nam|thuc hien nam|ket qua nam)\b|^nam\b|\bnam (19|20)\d\d\b/;
const PERIOD_WORDS = /\b(trong ky|ky nay|ky bao cao|trong quy|quy nay|thuc hien quy|ket qua quy|trong thang|phat sinh)\b|^quy$/;
const QUARTER = /\bquy (i|ii|iii|iv|1|2|3|4)\b/;
const MONTHS = /\b(\d{1,2}) thang\b/;
const YEAR = /\b((?:19|20)\d\d)\b/;
/** Headings that say "figures" without saying which: they settle nothing on their own. */
const GENERIC = /\b(thuc hien|ket qua|so lieu|so luong|gia tri)\b/;

const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/** Months from 1 January to the end of the report's period, and the quarter it ends with. */
const MONTHS_TO_DATE: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, Y: 12 };
const LAST_QUARTER: Record<PeriodKind, number> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4, H1: 2, Y: 4 };

export function roleOf(folded: string, period: ReportPeriod | null = null): ColumnRole {
  if (/^(stt|tt|so tt|so thu tu)$/.test(folded)) return 'stt';
  if (/^(ma|ma so|ma chi tieu|ma ct)\b/.test(folded)) return 'code';
  if (/\b(ghi chu|ke hoach|chi tieu giao|ty le|so sanh)\b/.test(folded) || folded.includes('%')) return 'note';
  if (/^(dvt|don vi tinh|don vi|dv tinh|dv)$/.test(folded) || /\b(dvt|don vi tinh)\b/.test(folded)) return 'unit';
  // A label heading may name the year ("Nội dung chỉ tiêu năm 2021"): it is still the label.
  if (/^(noi dung|chi tieu|ten chi tieu)\b/.test(folded)) return 'label';
  const figure = figureRole(folded, period);
  if (figure) return figure;
  if (/\b(noi dung|chi tieu|ten chi tieu)\b/.test(folded)) return 'label';
  return 'other';
}

/** Period or year-to-date, for a heading that names either; null when it names neither. */
function figureRole(f: string, period: ReportPeriod | null): ColumnRole | null {
  if (PRIOR.test(f)) return 'prior';
  const cumulative = CUMULATIVE.test(f);
  const year = YEAR.exec(f);
  const months = MONTHS.exec(f);
  const quarter = QUARTER.exec(f);
  const wholeYear = WHOLE_YEAR.test(f);
  if (period) {
    if (year && Number(year[1]) !== period.year) return 'foreign';
    if (months && Number(months[1]) !== MONTHS_TO_DATE[period.kind]) return 'foreign';
    if (quarter) {
      const q = QUARTER_NUMBER[quarter[1] ?? ''];
      const quarterReport = period.kind.startsWith('Q');
      // "Lũy kế quý II" ends with the quarter; "Quý II" alone is that quarter's own figure.
      if (cumulative ? q !== LAST_QUARTER[period.kind] : !quarterReport || q !== LAST_QUARTER[period.kind]) return 'foreign';
    }
  }
  const wholeReport = period?.kind === 'H1' || period?.kind === 'Y';
  if (cumulative) return 'ytd';
  if (months) return wholeReport ? 'period' : 'ytd';
  if (wholeYear) return period?.kind === 'Y' ? 'period' : 'ytd';
  if (quarter || PERIOD_WORDS.test(f)) return 'period';
  if (GENERIC.test(f)) return 'figure';
  return null;
}

/** Roles that tell the two figure columns apart; 'figure' does not. */
export const isFigureRole = (r: ColumnRole): r is 'period' | 'ytd' => r === 'period' || r === 'ytd';
