import type { DocumentInput } from '../../shared/domain/documents';
import type { Indicator } from '../../shared/domain/plan';
import { parsePeriodCode, periodName } from '../../shared/domain/periods';
import type { PeriodFigures } from '../../shared/domain/reconcile';
import { absentPhrase, changePhrase, figurePhrase } from './sentences';

/**
 * The year review set against the previous plan year: for each content area how many of its
 * indicators rose and fell, for the key indicators (the first of each area that both years
 * report) the figure and its "tăng/giảm … %", and plainly where there is nothing to compare with
 * (no data of that year in the product, or an indicator it did not report). A comparison with a
 * year whose reports are incomplete says so. Only input.figures and input.previous are read.
 */

/**
 * Whether a period's figures hold anything to compare with. A half-year or year is summed from the
 * quarters, its units carry no report id of their own: a figure, not a report id, is the test.
 */
export const hasFigures = (f: PeriodFigures): boolean => f.units.some((u) => Object.values(u.values).some((v) => v !== null && v !== undefined));

export interface YearOverYear {
  /** The paragraphs that open Part I: what the comparison covers, the key indicators. */
  lead: string[];
  /** One sentence per content area (area number → sentence); empty when there is no previous year. */
  byArea: Record<number, string>;
}

const value = (f: PeriodFigures, code: string): number | null => {
  const v = f.province.byIndicator[code];
  return v === null || v === undefined ? null : v;
};

/** "năm 2020", from the previous period's code, or from the current year when there is none. */
function previousYearName(input: DocumentInput): string {
  const year = parsePeriodCode(input.figures.period)?.year ?? input.plan.year;
  return input.previous ? periodName(input.previous.period) : `năm ${year - 1}`;
}

export function yearOverYear(input: DocumentInput): YearOverYear {
  const before = previousYearName(input);
  const previous = input.previous;
  if (!previous) return { lead: [`Chưa có số liệu ${before} trong phần mềm để so sánh.`], byArea: {} };

  const lead: string[] = [];
  if (previous.missing.length > 0) {
    lead.push(`Số liệu ${before} trong phần mềm còn thiếu báo cáo của ${previous.missing.length} đơn vị, nên mức tăng, giảm so với ${before} chỉ có giá trị tham khảo.`);
  }
  const areas = [...input.areas].sort((a, b) => a.no - b.no);
  const comparable = (ind: Indicator) => {
    const now = value(input.figures, ind.code);
    const then = value(previous, ind.code);
    return now !== null && then !== null ? { now, then } : null;
  };

  const key: string[] = [];
  const byArea: Record<number, string> = {};
  for (const area of areas) {
    const indicators = input.indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder);
    let up = 0;
    let down = 0;
    let same = 0;
    const missing: string[] = [];
    let first: string | null = null;
    for (const ind of indicators) {
      if (value(input.figures, ind.code) === null) continue;
      const pair = comparable(ind);
      if (!pair) {
        missing.push(absentPhrase(ind));
        continue;
      }
      // From a previous zero no percentage can be taken: it still counts as a rise (or as the same).
      const change = pair.then > 0 ? changePhrase(pair.now, pair.then) : pair.now > 0 ? `tăng (${before} không có)` : 'bằng';
      if (change === 'bằng') same++;
      else if (change?.startsWith('tăng')) up++;
      else down++;
      if (first === null && pair.now > 0 && pair.then > 0) first = `${figurePhrase(ind, pair.now)} (${change === 'bằng' ? `bằng ${before}` : change})`;
    }
    if (first) key.push(first);
    const counted = [up > 0 ? `${up} chỉ tiêu tăng` : '', down > 0 ? `${down} chỉ tiêu giảm` : '', same > 0 ? `${same} chỉ tiêu bằng` : ''].filter(Boolean);
    const parts = [counted.length > 0 ? `So với ${before}, nội dung này có ${counted.join(', ')}.` : `Chưa có số liệu ${before} của nội dung này trong phần mềm để so sánh.`];
    if (counted.length > 0 && missing.length > 0) parts.push(`Chưa có số liệu ${before} để so sánh: ${missing.join('; ')}.`);
    byArea[area.no] = parts.join(' ');
  }
  lead.unshift(key.length > 0 ? `So với ${before}, một số chỉ tiêu chính: ${key.join('; ')}.` : `Chưa có số liệu ${before} của các chỉ tiêu trong phần mềm để so sánh.`);
  return { lead, byArea };
}
