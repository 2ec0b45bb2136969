import type { DocumentProse } from '../../shared/domain/documents';
import type { NarrativeKey } from '../../shared/domain/form';
import type { ContentArea, District, Indicator, UnitType } from '../../shared/domain/plan';
import { fold, lowerKeepMarks } from '../../shared/text/fold';

export interface NarrativeLine {
  districtCode: string;
  unitType: UnitType;
  key: NarrativeKey;
  text: string;
}

const MAX_LINES_PER_PART = 15;

/** Bullet lines of a narrative block, without their "- " / "+ " / "1." markers. */
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-–+•*]|\d+[.)])\s*/, '').trim())
    .filter((l) => l.length > 3);

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

/**
 * The prose parts prefilled from the districts' narratives: highlights sorted into the six content
 * areas, shortcomings, next tasks and proposals, each line attributed to its unit and duplicates
 * dropped. The user edits all of it before the document is issued.
 */
export function prefillProse(input: { areas: ContentArea[]; indicators: Indicator[]; districts: District[]; narratives: NarrativeLine[] }): DocumentProse {
  const vocab = new Map<number, Set<string>>();
  for (const a of input.areas) {
    const words = bigrams(a.title);
    for (const i of input.indicators.filter((x) => x.area === a.no)) for (const b of bigrams(i.label)) words.add(b);
    vocab.set(a.no, words);
  }
  const unitName = (code: string, type: UnitType) => {
    const d = input.districts.find((x) => x.code === code);
    return d ? `${type === 'BDV' ? 'Ban Dân vận' : 'Ban CHQS'} ${d.type} ${d.name}` : `${code}-${type}`;
  };
  const seen = new Set<string>();
  const parts: Record<'strengths' | NarrativeKey, string[]> = { strengths: [], ket_qua_noi_bat: [], han_che: [], de_xuat: [], phuong_huong: [] };
  const highlights = new Map<number, string[]>();
  for (const n of input.narratives) {
    for (const line of lines(n.text)) {
      const key = `${n.key}|${fold(line)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const attributed = `- ${line.replace(/[.;,]+$/, '')} (${unitName(n.districtCode, n.unitType)}).`;
      if (n.key === 'ket_qua_noi_bat') {
        const area = areaOf(line, vocab);
        if (area === null) parts.strengths.push(attributed);
        else highlights.set(area, [...(highlights.get(area) ?? []), attributed]);
      } else parts[n.key].push(attributed);
    }
  }
  const cap = (xs: string[]) => xs.slice(0, MAX_LINES_PER_PART).join('\n');
  // Headings stay even when empty: they show the clerk what the section still needs.
  const assessment = [
    parts.strengths.length ? `Ưu điểm:\n${cap(parts.strengths)}` : 'Ưu điểm:',
    parts.han_che.length ? `Hạn chế, khó khăn:\n${cap(parts.han_che)}` : 'Hạn chế, khó khăn:',
    'Nguyên nhân:',
  ].join('\n');
  return {
    highlights: Object.fromEntries(input.areas.map((a) => [a.no, cap(highlights.get(a.no) ?? [])])),
    assessment,
    tasks: cap(parts.phuong_huong),
    proposals: cap(parts.de_xuat),
  };
}
