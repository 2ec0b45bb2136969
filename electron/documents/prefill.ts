import type { DocumentProse, ProseItem, ProseList, ProsePicks, ProseSource } from '../../shared/domain/documents';
import type { NarrativeKey } from '../../shared/domain/form';
import { periodName } from '../../shared/domain/periods';
import type { ContentArea, District, Indicator, UnitType } from '../../shared/domain/plan';
import { composeProse } from '../../shared/domain/prose-compose';
import { unitName } from '../../shared/domain/units';
import { lowerKeepMarks } from '../../shared/text/fold';
import { lowerFirst } from './format';
import { mergeLines, type MergedLine, type SourcedLine } from './merge-lines';
import { usableLines } from './prose-lines';
import { risingIndicators } from './sentences';
import { isStaleTask } from './stale-tasks';

export interface NarrativeLine {
  districtCode: string;
  unitType: UnitType;
  key: NarrativeKey;
  text: string;
  /** The period of the report the block was read from. */
  period?: string;
}

/** The default number of highlights chosen per content area (document setting `highlightsPerArea`). */
export const DEFAULT_HIGHLIGHTS = 5;
/** Items offered per part: more than a clerk would read through. */
const MAX_OFFERED = 30;

/** Syllable pairs keep Vietnamese words ("tuyên truyền", "giảm nghèo") whole, which single syllables do not. */
function bigrams(text: string): Set<string> {
  const w = lowerKeepMarks(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** The content area a highlight most likely belongs to, by the words it shares with the area's title and indicators. */
export function areaOf(line: string, vocab: Map<number, Set<string>>): number | null {
  const mine = bigrams(line);
  let best: number | null = null;
  let bestScore = 0;
  for (const [area, words] of vocab) {
    let score = 0;
    for (const b of mine) if (words.has(b)) score++;
    if (score > bestScore) {
      best = area;
      bestScore = score;
    }
  }
  return best;
}

/** A "hạn chế" line that gives a cause ("Do ảnh hưởng của dịch …", "Nguyên nhân: …") goes under "Nguyên nhân:". */
const CAUSE = /^(?:nguyên nhân|do\s)/iu;

export interface PrefillInput {
  areas: ContentArea[];
  indicators: Indicator[];
  districts: District[];
  narratives: NarrativeLine[];
  /** The document's period: tasks past its end are left out. Without it no task is judged stale. */
  period?: string;
  /** Highlights chosen per area; the others are offered unticked. */
  highlightsPerArea?: number;
  /** Province totals of the period and of the previous period of the same kind, for the strengths. */
  totals?: Record<string, number | null | undefined>;
  previous?: { totals: Record<string, number | null | undefined>; period: string } | null;
}

function unitNameOf(districts: readonly District[]) {
  return (code: string, type: UnitType) => {
    const d = districts.find((x) => x.code === code);
    return d ? unitName(d, type) : `${code}-${type}`;
  };
}

function item(m: MergedLine, chosen: boolean, unitName: (c: string, t: UnitType) => string): ProseItem {
  const sources: ProseSource[] = [];
  for (const l of m.lines) {
    const s = { unit: unitName(l.districtCode, l.unitType), period: l.period };
    if (!sources.some((x) => x.unit === s.unit && x.period === s.period)) sources.push(s);
  }
  return { text: m.text, chosen, sources };
}

/** Said by more districts first, then lines with figures; otherwise in the order received. */
const rank = (xs: MergedLine[]) =>
  xs
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.districts - a.m.districts || Number(/\d/.test(b.m.text)) - Number(/\d/.test(a.m.text)) || a.i - b.i)
    .map((x) => x.m);

/** The strengths the figures show: each area whose totals rose against the previous period. */
function risingAreas(input: PrefillInput): ProseItem[] {
  if (!input.totals || !input.previous) return [];
  const name = periodName(input.previous.period);
  const out: ProseItem[] = [];
  for (const area of [...input.areas].sort((a, b) => a.no - b.no)) {
    const rising = risingIndicators(
      input.indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder),
      input.totals,
      input.previous.totals,
    ).slice(0, 3);
    if (!rising.length) continue;
    const what = rising.map((r) => `${lowerFirst(r.ind.label.trim())} ${r.change}`).join(', ');
    out.push({ text: `${area.title}: kết quả cao hơn ${name}, ${what}.`, chosen: true, sources: [{ unit: 'Số liệu tổng hợp toàn tỉnh', period: input.period ?? '' }] });
  }
  return out;
}

/**
 * The prose prefilled from the districts' narratives, as items the clerk ticks, edits and orders:
 * highlights per content area (near-duplicates of several districts merged into one sentence
 * naming them, the first N ticked), strengths (areas whose totals rose, and highlights of no area),
 * shortcomings, causes, tasks (without those already past) and proposals, each merged and
 * deduplicated and keeping its sources. The printed text is composed from the ticked items.
 */
export function prefillProse(input: PrefillInput): DocumentProse {
  const vocab = new Map<number, Set<string>>();
  for (const a of input.areas) {
    const words = bigrams(a.title);
    for (const i of input.indicators.filter((x) => x.area === a.no)) for (const b of bigrams(i.label)) words.add(b);
    vocab.set(a.no, words);
  }
  const unitName = unitNameOf(input.districts);
  const seen = new Set<string>();
  const raw = { highlights: new Map<number, SourcedLine[]>(), strengths: [] as SourcedLine[], shortcomings: [] as SourcedLine[], causes: [] as SourcedLine[], tasks: [] as SourcedLine[], proposals: [] as SourcedLine[] };
  for (const n of input.narratives) {
    for (const text of usableLines(n.text)) {
      const period = n.period ?? input.period ?? '';
      // The same unit sending the same line for the same period twice is one line, not two.
      const key = `${n.key}|${n.districtCode}|${n.unitType}|${period}|${lowerKeepMarks(text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const line: SourcedLine = { text, districtCode: n.districtCode, unitType: n.unitType, period };
      if (n.key === 'ket_qua_noi_bat') {
        const area = areaOf(text, vocab);
        if (area === null) raw.strengths.push(line);
        else raw.highlights.set(area, [...(raw.highlights.get(area) ?? []), line]);
      } else if (n.key === 'han_che') (CAUSE.test(text) ? raw.causes : raw.shortcomings).push(line);
      else if (n.key === 'de_xuat') raw.proposals.push(line);
      else if (!input.period || !isStaleTask(text, input.period)) raw.tasks.push(line);
    }
  }
  const perArea = input.highlightsPerArea ?? DEFAULT_HIGHLIGHTS;
  const list = (lines: SourcedLine[], nameDistricts: boolean, chosenCount = MAX_OFFERED) =>
    rank(mergeLines(lines, input.districts, { nameDistricts }))
      .slice(0, MAX_OFFERED)
      .map((m, i) => item(m, i < chosenCount, unitName));
  const lists: Record<ProseList, ProseItem[]> = {
    strengths: [...risingAreas(input), ...list(raw.strengths, true)],
    shortcomings: list(raw.shortcomings, false),
    causes: list(raw.causes, false),
    tasks: list(raw.tasks, false),
    proposals: list(raw.proposals, false),
  };
  const picks: ProsePicks = { ...lists, highlights: Object.fromEntries(input.areas.map((a) => [a.no, list(raw.highlights.get(a.no) ?? [], true, perArea)])) };
  return { ...composeProse(picks), picks };
}
