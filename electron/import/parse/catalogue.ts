import { defaultPeriods } from '../../../shared/domain/periods';
import type { District, Indicator, Period } from '../../../shared/domain/plan';
import { fold, lowerKeepMarks } from '../../../shared/text/fold';
import { TextMemo } from '../../../shared/text/text-memo';
import type { TextIdentity } from './identity-text';
import { labelTokens, type LabelCandidate } from './labels';

/** What the parser needs to know of the plan: its year, indicator catalogue and districts. */
export interface ParseCatalogue {
  planYear: number;
  indicators: Indicator[];
  districts: District[];
  /** Period windows of the plan; the state reporting regime's by default. */
  periods?: Pick<Period, 'code' | 'kind' | 'windowStart' | 'windowEnd'>[];
}

export interface PreparedIndicator {
  indicator: Indicator;
  label: string;
  folded: string;
  tokens: string[];
  weight: number;
}

export interface DistrictKey {
  /** Lowercase with diacritics, for text that has them ("ba tơ" must not match "ba tổ"). */
  marked: string;
  /** Folded, for text typed without diacritics ("Ba To", "BaTo"). */
  folded: string;
  /** The two as whole words (" ba tơ "), looked for in every title line of every file. */
  markedWord: string;
  foldedWord: string;
}

export interface PreparedDistrict {
  district: District;
  keys: DistrictKey[];
}

export interface PreparedCatalogue {
  source: ParseCatalogue;
  byCode: Map<string, Indicator>;
  indicators: PreparedIndicator[];
  /** Indices into `indicators` by exact label, by folded label, and by word. */
  byLabel: Map<string, number>;
  byFolded: Map<string, number>;
  postings: Map<string, number[]>;
  tokenWeight: (token: string) => number;
  /** Label matches already computed: the same labels come back in every district's file. */
  matchCache: TextMemo<LabelCandidate[]>;
  /** What title lines and names say (recognize), for the same reason: values are copied on the way out. */
  identityCache: TextMemo<TextIdentity>;
  districts: PreparedDistrict[];
  periods: NonNullable<ParseCatalogue['periods']>;
}

const cache = new WeakMap<ParseCatalogue, PreparedCatalogue>();

/** Token weights and match keys, computed once per catalogue object (the worker keeps it across files). */
export function prepareCatalogue(catalogue: ParseCatalogue): PreparedCatalogue {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const tokenLists = catalogue.indicators.map((i) => labelTokens(i.label));
  const df = new Map<string, number>();
  for (const list of tokenLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, catalogue.indicators.length);
  // Rare words tell labels apart, "số" tells nothing. A word the catalogue never uses counts as a
  // fairly rare one: a retyped label with extra words should lose some, not all, of its score.
  const tokenWeight = (t: string): number => Math.log(1 + n / (df.get(t) ?? 2));
  const indicators = catalogue.indicators.map((indicator, i) => {
    const tokens = tokenLists[i] ?? [];
    return { indicator, label: indicator.label.normalize('NFC').trim(), folded: fold(indicator.label), tokens, weight: sum(tokens, tokenWeight) };
  });
  const postings = new Map<string, number[]>();
  indicators.forEach((p, i) => {
    for (const t of p.tokens) postings.set(t, [...(postings.get(t) ?? []), i]);
  });
  const prepared: PreparedCatalogue = {
    source: catalogue,
    byCode: new Map(catalogue.indicators.map((i) => [i.code, i])),
    indicators,
    byLabel: new Map(indicators.map((p, i) => [p.label, i])),
    byFolded: new Map(indicators.map((p, i) => [p.folded, i])),
    postings,
    tokenWeight,
    // Keys carry a prefix; the callers bound the texts they keep (labels ≤ 400, titles ≤ 300 characters).
    matchCache: new TextMemo(20_000, Number.POSITIVE_INFINITY),
    identityCache: new TextMemo(10_000, Number.POSITIVE_INFINITY),
    districts: catalogue.districts.map((district) => ({ district, keys: districtKeys(district) })),
    periods: catalogue.periods ?? defaultPeriods(catalogue.planYear),
  };
  cache.set(catalogue, prepared);
  return prepared;
}

function districtKeys(d: District): DistrictKey[] {
  const names = new Set([d.name, ...d.aliases]);
  const keys: DistrictKey[] = [];
  for (const name of names) {
    const marked = lowerKeepMarks(name);
    const folded = fold(name);
    if (marked && !keys.some((k) => k.marked === marked)) keys.push({ marked, folded, markedWord: ` ${marked} `, foldedWord: ` ${folded} ` });
  }
  return keys;
}

export function sum(tokens: readonly string[], weight: (t: string) => number): number {
  let s = 0;
  for (const t of tokens) s += weight(t);
  return s;
}
