import type { Indicator } from '../../shared/domain/plan';
import { formatMoney, formatNumber, formatPercent, lowerFirst } from './format';
import { countedNoun, incidentNoun, indicatorRole, type IndicatorRole } from './indicator-roles';

export { countedNoun } from './indicator-roles';

/**
 * Sentences woven from the indicator catalogue. Labels are data the user edits, so nothing here
 * knows a particular indicator: a label of the form "Số <noun phrase>" reads as "<n> <noun phrase>"
 * ("Số buổi tuyên truyền …" + 1234 → "1.234 buổi tuyên truyền …"); any other label reads as
 * "<label> <figure>" ("Giá trị nhà xây mới, bàn giao" + 1200 → "giá trị nhà xây mới, bàn giao 1,2 tỷ đồng").
 * The verb comes from the indicator's role (indicator-roles.ts): activities are "tổ chức", people
 * go "cho" the activity before them, incidents "phát sinh" and are never among what was done.
 */

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
  const role = indicatorRole(ind);
  if (role === 'incident' || role === 'resolved') return incidentNoun(ind);
  return (ind.kind === 'money' ? null : countedNoun(ind.label)) ?? lowerFirst(ind.label.trim());
}

/** "lượt người" of "lượt người được tuyên truyền": what follows "cho" after the activity that reached them. */
const PEOPLE_PASSIVE = /^(.+?)\s+được\s+/u;

/** The fragment of one figure with the verb its role needs, and whether it joins the activity before it. */
export function rolePhrase(ind: Indicator, value: number): { text: string; joins: boolean } {
  const role = indicatorRole(ind);
  const n = formatNumber(value);
  const noun = countedNoun(ind.label);
  if (role === 'activity') return { text: `tổ chức ${figurePhrase(ind, value)}`, joins: false };
  if (role === 'people' && noun !== null) {
    const passive = PEOPLE_PASSIVE.exec(noun);
    if (passive) return { text: `cho ${n} ${passive[1]}`, joins: true };
    return { text: `huy động ${n} ${noun}`, joins: false };
  }
  if (role === 'incident') return { text: `${n} ${incidentNoun(ind)}`, joins: false };
  if (role === 'resolved') return { text: `đã giải quyết ${n} ${ind.unit.trim()}`, joins: true };
  return { text: figurePhrase(ind, value), joins: false };
}

/** The words of a figure found in Part I wherever its sentence puts it: "78.903 lượt người", "10 vụ". */
export function wovenFigure(ind: Indicator, value: number): string {
  const role = indicatorRole(ind);
  const n = formatNumber(value);
  if (role === 'resolved') return `${n} ${ind.unit.trim()}`;
  if (role === 'incident') return `${n} ${incidentNoun(ind)}`;
  const passive = role === 'people' ? PEOPLE_PASSIVE.exec(countedNoun(ind.label) ?? '') : null;
  return passive ? `${n} ${passive[1]}` : figurePhrase(ind, value);
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
  /** "tổ chức 12 buổi … cho 500 lượt người", comparisons in brackets (the first names the previous period). */
  done: string[];
  /** "12 điểm nóng, vụ việc phức tạp, đã giải quyết 10 vụ": what happened, apart from what was done. */
  incidents: string[];
  /** "10 điểm nóng, vụ việc phức tạp" settled, when the catalogue has no count of them arising just before. */
  resolved: string[];
  /** Noun phrases of the activities and results whose total is zero. */
  none: string[];
  /** Noun phrases of the incidents whose total is zero: "không phát sinh …". */
  noIncidents: string[];
}

type Previous = { totals: Record<string, number | null | undefined>; name: string } | null;

/**
 * The figures of one content area as fragments. Null totals (nobody reported the indicator) are
 * left out rather than printed as zero: a document must not claim an activity did not happen when
 * it was only not reported.
 */
export function areaFigures(indicators: readonly Indicator[], totals: Record<string, number | null | undefined>, previous: Previous): AreaFigures {
  const out: AreaFigures = { done: [], incidents: [], resolved: [], none: [], noIncidents: [] };
  let named = false;
  // The fragment the indicator just before wrote, which people and settled counts join.
  let last: { role: IndicatorRole; list: string[] } | null = null;
  for (const ind of indicators) {
    const value = totals[ind.code];
    const before = last;
    last = null;
    if (value === null || value === undefined) continue;
    const role = indicatorRole(ind);
    const happened = role === 'incident' || role === 'resolved';
    if (value === 0) {
      // A zero "đã giải quyết" says nothing on its own: the incidents' own line tells what is open.
      if (role !== 'resolved') (happened ? out.noIncidents : out.none).push(absentPhrase(ind));
      continue;
    }
    const compared = !previous ? null : named ? changePhrase(value, previous.totals[ind.code]) : comparisonPhrase(value, previous.totals[ind.code], previous.name);
    if (compared) named = true;
    const bracket = compared ? ` (${compared})` : '';
    const { text, joins } = rolePhrase(ind, value);
    const joinsBefore = joins && before !== null && (role === 'resolved' ? before.role === 'incident' : before.role === 'activity');
    if (joinsBefore) {
      const list = before.list;
      list[list.length - 1] = `${list[list.length - 1]}${role === 'resolved' ? ',' : ''} ${text}${bracket}`;
      continue;
    }
    const list = role === 'incident' ? out.incidents : role === 'resolved' ? out.resolved : out.done;
    // Alone, "cho 500 lượt người" has nothing to follow: the full label says who was reached.
    const alone = role === 'resolved' ? `${formatNumber(value)} ${ind.unit.trim()} ${incidentNoun(ind)}` : joins ? figurePhrase(ind, value) : text;
    list.push(`${alone}${bracket}`);
    last = { role, list };
  }
  return out;
}

/**
 * The sentences of one area: what the province did ("đã thực hiện: tổ chức …; …"), what happened
 * there ("phát sinh … vụ, đã giải quyết … vụ"), and what did not happen.
 */
export function areaSentences(figures: AreaFigures, periodName: string): string[] {
  const out: string[] = [];
  if (figures.done.length > 0) out.push(`Trong ${periodName}, toàn tỉnh đã thực hiện: ${figures.done.join('; ')}.`);
  if (figures.none.length > 0) out.push(`${out.length > 0 ? 'Trong kỳ chưa có' : `Trong ${periodName}, toàn tỉnh chưa có`}: ${figures.none.join('; ')}.`);
  if (figures.incidents.length > 0) out.push(`${out.length > 0 ? 'Trên địa bàn tỉnh' : `Trong ${periodName}, trên địa bàn tỉnh`} phát sinh ${figures.incidents.join('; ')}.`);
  if (figures.resolved.length > 0) out.push(`Đã giải quyết ${figures.resolved.join('; ')}.`);
  if (figures.noIncidents.length > 0) out.push(`${out.length > 0 ? 'Không phát sinh' : `Trong ${periodName}, trên địa bàn tỉnh không phát sinh`} ${figures.noIncidents.join(', ')}.`);
  if (out.length === 0) out.push(`Chưa có số liệu tổng hợp của nội dung này trong ${periodName}.`);
  return out;
}

/**
 * The same fragments as short clauses with no period named, for a summary that says the period
 * once above its areas. Kept beside areaSentences so that a new kind of fragment reaches both.
 */
export function areaClauses(figures: AreaFigures): string[] {
  return [
    figures.done.length > 0 ? `${figures.done.join('; ')}.` : '',
    figures.none.length > 0 ? `Chưa có: ${figures.none.join('; ')}.` : '',
    figures.incidents.length > 0 ? `Phát sinh ${figures.incidents.join('; ')}.` : '',
    figures.resolved.length > 0 ? `Đã giải quyết ${figures.resolved.join('; ')}.` : '',
    figures.noIncidents.length > 0 ? `Không phát sinh ${figures.noIncidents.join(', ')}.` : '',
  ].filter(Boolean);
}

/** The areas whose summed totals rose against the previous period, with the indicators that rose most first. */
export function risingIndicators(indicators: readonly Indicator[], totals: Record<string, number | null | undefined>, previous: Record<string, number | null | undefined>): { ind: Indicator; change: string }[] {
  const out: { ind: Indicator; change: string; ratio: number }[] = [];
  for (const ind of indicators) {
    const role = indicatorRole(ind);
    if (role === 'incident' || role === 'resolved') continue;
    const now = totals[ind.code];
    const before = previous[ind.code];
    if (now === null || now === undefined || before === null || before === undefined || before <= 0 || now <= before) continue;
    const change = changePhrase(now, before);
    if (change && change !== 'bằng') out.push({ ind, change, ratio: now / before });
  }
  return out.sort((a, b) => b.ratio - a.ratio).map(({ ind, change }) => ({ ind, change }));
}
