import type { Indicator } from '../../shared/domain/plan';
import { formatMoney, formatNumber, formatPercent, lowerFirst } from './format';

/**
 * Sentences woven from the indicator catalogue. Labels are data the user edits, so nothing here
 * knows a particular indicator: a label of the form "Số <noun phrase>" reads as "<n> <noun phrase>"
 * ("Số buổi tuyên truyền …" + 1234 → "1.234 buổi tuyên truyền …"); any other label reads as
 * "<label> <figure>" ("Giá trị nhà xây mới, bàn giao" + 1200 → "giá trị nhà xây mới, bàn giao 1,2 tỷ đồng").
 */

const COUNT_PREFIX = /^(?:tổng\s+)?số\s+(?:lượng\s+)?/iu;

/** The noun phrase of a "Số …" label ("buổi tuyên truyền …"), or null for other labels. */
export function countedNoun(label: string): string | null {
  const m = COUNT_PREFIX.exec(label.trim());
  if (!m) return null;
  const rest = label.trim().slice(m[0].length);
  return rest === '' ? null : rest;
}

/** The figure with its unit, for labels that do not carry the unit themselves. */
export function figureWithUnit(ind: Indicator, value: number): string {
  if (ind.kind === 'money') return formatMoney(value);
  return ind.unit.trim() === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${ind.unit.trim()}`;
}

/** One indicator and its value as a fragment of a sentence, e.g. "1.234 buổi tuyên truyền …". */
export function figurePhrase(ind: Indicator, value: number): string {
  const noun = ind.kind === 'money' ? null : countedNoun(ind.label);
  if (noun !== null) return `${formatNumber(value)} ${noun}`;
  return `${lowerFirst(ind.label.trim())} ${figureWithUnit(ind, value)}`;
}

/** What a zero reads as in "chưa có: …": the thing that did not happen. */
export function absentPhrase(ind: Indicator): string {
  return (ind.kind === 'money' ? null : countedNoun(ind.label)) ?? lowerFirst(ind.label.trim());
}

/**
 * "tăng 12%", "giảm 5,3%", "bằng"; null when there is nothing to compare with (no previous figure,
 * or a previous zero, from which no percentage can be taken).
 */
export function changePhrase(current: number, previous: number | null | undefined): string | null {
  if (previous === null || previous === undefined || previous <= 0) return null;
  const change = ((current - previous) / previous) * 100;
  if (Math.abs(change) < 0.05) return 'bằng';
  return `${change > 0 ? 'tăng' : 'giảm'} ${formatPercent(Math.abs(change))}`;
}

/** "tăng 12% so với năm 2020", "bằng năm 2020". */
export function comparisonPhrase(current: number, previous: number | null | undefined, previousName: string): string | null {
  const change = changePhrase(current, previous);
  if (change === null) return null;
  return change === 'bằng' ? `bằng ${previousName}` : `${change} so với ${previousName}`;
}

export interface AreaFigures {
  /**
   * Fragments for the non-zero figures, in catalogue order, comparisons appended in brackets: the
   * first names the previous period ("tăng 7% so với năm 2020"), the later ones only the change.
   */
  done: string[];
  /** Noun phrases of the indicators whose total is zero. */
  none: string[];
}

/**
 * The figures of one content area as fragments. Null totals (nobody reported the indicator) are
 * left out rather than printed as zero: a document must not claim an activity did not happen when
 * it was only not reported.
 */
export function areaFigures(
  indicators: readonly Indicator[],
  totals: Record<string, number | null | undefined>,
  previous: { totals: Record<string, number | null | undefined>; name: string } | null,
): AreaFigures {
  const done: string[] = [];
  const none: string[] = [];
  let named = false;
  for (const ind of indicators) {
    const value = totals[ind.code];
    if (value === null || value === undefined) continue;
    if (value === 0) {
      none.push(absentPhrase(ind));
      continue;
    }
    const compared = !previous ? null : named ? changePhrase(value, previous.totals[ind.code]) : comparisonPhrase(value, previous.totals[ind.code], previous.name);
    if (compared) named = true;
    done.push(compared ? `${figurePhrase(ind, value)} (${compared})` : figurePhrase(ind, value));
  }
  return { done, none };
}

/** The sentences of one area: "Trong <kỳ>, toàn tỉnh đã thực hiện: a; b; c." and "Trong kỳ chưa có: …". */
export function areaSentences(figures: AreaFigures, periodName: string): string[] {
  const out: string[] = [];
  if (figures.done.length > 0) out.push(`Trong ${periodName}, toàn tỉnh đã thực hiện: ${figures.done.join('; ')}.`);
  if (figures.none.length > 0) out.push(`${figures.done.length > 0 ? 'Trong kỳ chưa có' : `Trong ${periodName}, toàn tỉnh chưa có`}: ${figures.none.join('; ')}.`);
  if (out.length === 0) out.push(`Chưa có số liệu tổng hợp của nội dung này trong ${periodName}.`);
  return out;
}
