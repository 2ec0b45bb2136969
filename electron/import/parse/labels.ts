import type { Indicator } from '../../../shared/domain/plan';
import { fold } from '../../../shared/text/fold';
import type { PreparedCatalogue } from './catalogue';

/**
 * Matching a typed row label to the catalogue. Exact and folded equality first; otherwise a
 * weighted word-overlap score (Dice over word sets, weighted by how rare a word is in the
 * catalogue), so that "Điểm nóng, vụ việc phức tạp được giải quyết" still finds "… đã giải quyết"
 * and not "… phát sinh".
 */

/** Abbreviations clerks use in labels, expanded before comparing. */
const ABBREVIATIONS = new Map<string, string>(Object.entries({
  nvqs: 'nghia vu quan su',
  dqtv: 'dan quan tu ve',
  dbdv: 'du bi dong vien',
  cssk: 'cham soc suc khoe',
  qcdc: 'quy che dan chu',
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  mttq: 'mat tran to quoc',
  llvt: 'luc luong vu trang',
  cbcs: 'can bo chien si',
  gdcs: 'gia dinh chinh sach',
  pctt: 'phong chong thien tai',
  tkcn: 'tim kiem cuu nan',
  dvk: 'dan van kheo',
}));

export function labelTokens(text: string): string[] {
  const out = new Set<string>();
  for (const t of fold(text).split(' ')) {
    if (!t) continue;
    const expansion = ABBREVIATIONS.get(t);
    if (expansion) for (const e of expansion.split(' ')) out.add(e);
    else out.add(t);
  }
  return [...out];
}

export type LabelMatchKind = 'exact' | 'normalised' | 'reworded';

export interface LabelCandidate {
  indicator: Indicator;
  score: number;
  match: LabelMatchKind;
}

/** Below this a label is not considered at all; assignment uses a higher bar (ACCEPT_SCORE). */
const CANDIDATE_FLOOR = 0.45;
export const ACCEPT_SCORE = 0.6;

export function matchLabel(text: string, cat: PreparedCatalogue, limit = 3): LabelCandidate[] {
  return cat.matchCache.get(`${limit}\u0000${text}`, () => computeMatch(text, cat).slice(0, limit));
}

function computeMatch(text: string, cat: PreparedCatalogue): LabelCandidate[] {
  const label = text.normalize('NFC').trim();
  const folded = fold(label);
  if (folded.length < 4) return [];
  const exact = cat.byLabel.get(label);
  const same = exact ?? cat.byFolded.get(folded);
  const tokens = labelTokens(label);
  if (tokens.length < 2 && same === undefined) return [];
  const w = cat.tokenWeight;
  let own = 0;
  const common = new Map<number, number>();
  for (const t of tokens) {
    const wt = w(t);
    own += wt;
    for (const i of cat.postings.get(t) ?? []) common.set(i, (common.get(i) ?? 0) + wt);
  }
  const found: LabelCandidate[] = [];
  if (same !== undefined) {
    const p = cat.indicators[same];
    if (p) found.push({ indicator: p.indicator, score: exact !== undefined ? 1.2 : 1.1, match: exact !== undefined ? 'exact' : 'normalised' });
  }
  for (const [i, shared] of common) {
    const p = cat.indicators[i];
    if (!p || i === same) continue;
    const score = (2 * shared) / (own + p.weight);
    if (score >= CANDIDATE_FLOOR) found.push({ indicator: p.indicator, score, match: 'reworded' });
  }
  found.sort((a, b) => b.score - a.score);
  return found;
}
