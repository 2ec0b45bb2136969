import type { Indicator } from '../../shared/domain/plan';
import { lowerKeepMarks } from '../../shared/text/fold';

/**
 * How an indicator reads in a sentence, told from the catalogue: its `kind`, and for counts the
 * words of its label. The word lists are data: a label the user edits keeps its role as long as it
 * keeps the words that say what it counts.
 */
export type IndicatorRole = 'activity' | 'people' | 'money' | 'days' | 'result' | 'incident' | 'resolved';

/** Words of a count label that make it an incident: something that happened to the province, not something it did. */
export const INCIDENT_WORDS = ['khiếu kiện', 'khiếu nại', 'tố cáo', 'vụ việc', 'điểm nóng', 'tranh chấp', 'trái pháp luật', 'gây rối', 'biểu tình'] as const;
/** Words of an incident label that make it the count of the ones settled. */
export const RESOLVED_WORDS = ['đã giải quyết', 'được giải quyết', 'đã xử lý'] as const;
/** What an incident label may end with that the sentence says itself ("phát sinh … vụ"). */
const INCIDENT_TAIL = /\s+(?:mới\s+)?phát sinh$/u;
const RESOLVED_TAIL = /\s+(?:đã|được)\s+(?:giải quyết|xử lý)(?:\s+dứt điểm)?$/u;
/** First words of the counted noun of an activity the province organises ("buổi tuyên truyền", "đợt khám bệnh"). */
export const ACTIVITY_NOUNS = ['buổi', 'hội nghị', 'hội thảo', 'hoạt động', 'đợt', 'lớp', 'cuộc', 'chương trình', 'hội thi'] as const;

const COUNT_PREFIX = /^(?:tổng\s+)?số\s+(?:lượng\s+)?/iu;

const words = (text: string) => ` ${lowerKeepMarks(text)} `;
/** `spaced` is words(text), folded once for all the words of the list. */
const hasWord = (spaced: string, list: readonly string[]) => list.some((w) => spaced.includes(` ${w} `));

/** The noun phrase of a "Số …" label ("buổi tuyên truyền …"), or null for other labels. */
export function countedNoun(label: string): string | null {
  const m = COUNT_PREFIX.exec(label.trim());
  if (!m) return null;
  const rest = label.trim().slice(m[0].length);
  return rest === '' ? null : rest;
}

/**
 * A report asks the role of each indicator for every sentence, every district and the annex: it is
 * worked out once per kind and label (the catalogue's, not a user's choice of the moment).
 */
const roles = new Map<string, IndicatorRole>();

export function indicatorRole(ind: Pick<Indicator, 'kind' | 'label'>): IndicatorRole {
  const key = `${ind.kind}\u0000${ind.label}`;
  let role = roles.get(key);
  if (role === undefined) {
    role = roleOf(ind);
    if (roles.size > 10_000) roles.clear();
    roles.set(key, role);
  }
  return role;
}

function roleOf(ind: Pick<Indicator, 'kind' | 'label'>): IndicatorRole {
  if (ind.kind === 'money') return 'money';
  if (ind.kind === 'days') return 'days';
  if (ind.kind === 'people') return 'people';
  const label = words(ind.label);
  if (hasWord(label, INCIDENT_WORDS)) return hasWord(label, RESOLVED_WORDS) ? 'resolved' : 'incident';
  const noun = countedNoun(ind.label);
  if (noun !== null && ACTIVITY_NOUNS.some((a) => words(noun).startsWith(` ${a} `))) return 'activity';
  return 'result';
}

/** "điểm nóng, vụ việc phức tạp" from "Số điểm nóng, vụ việc phức tạp phát sinh" (and from its "… đã giải quyết"). */
export function incidentNoun(ind: Indicator): string {
  const noun = countedNoun(ind.label) ?? ind.label.trim();
  return noun.replace(RESOLVED_TAIL, '').replace(INCIDENT_TAIL, '').trim();
}
