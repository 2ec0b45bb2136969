import { NARRATIVE_KEYS, type NarrativeKey } from '../../../shared/domain/form';
import { fold } from '../../../shared/text/fold';

/**
 * Recognising a narrative block's heading ("II. Tồn tại, hạn chế:", "a) Ưu điểm", "Kết quả nổi
 * bật" in bold on its own row) in one line of text. The line may carry the block's text after the
 * heading's colon. A bullet line ("- …") is never a heading, even when it mentions "khó khăn".
 */

const HEADING_STARTS: Record<NarrativeKey, RegExp> = {
  ket_qua_noi_bat: /^(nhung |cac )?(ket qua noi bat|uu diem|ket qua dat duoc|nhung ket qua|ket qua chu yeu)\b/,
  han_che: /^(nhung |cac )?(han che|ton tai|kho khan|vuong mac|khuyet diem)\b/,
  de_xuat: /^(de xuat|kien nghi|de nghi)\b/,
  phuong_huong: /^(phuong huong|nhiem vu|ke hoach (quy|ky|thoi gian|nam) toi)\b/,
};

/** Headings of parts the product does not keep ("3. Nguyên nhân:"): they end the block above them. */
const OTHER_STARTS = /^(nguyen nhan|bai hoc kinh nghiem|danh gia chung)\b/;

/**
 * Words a heading adds after its key words ("… trong quý", "… quý tới", "(nếu có)", "và nguyên
 * nhân"). A line with other words and no colon is a sentence that happens to start like a heading:
 * "Khó khăn do mưa lũ kéo dài" is text of the block, not a new block.
 */
const HEADING_WORDS = new Set(
  (
    'trong quy ky nam thang toi tiep theo sau dau cuoi i ii iii iv neu co va cua cong tac phoi hop dat duoc chu yeu ' +
    'noi bat ket qua han che ton tai kho khan vuong mac khuyet diem uu de xuat kien nghi phuong huong nhiem vu ke hoach ' +
    'thoi gian giai phap tam nguyen nhan nhung cac mot so thuc hien dan van can chinh'
  ).split(' '),
);

/** Non-heading words tolerated before a colon: "Hạn chế trong phối hợp nắm tình hình:". */
const MAX_OTHER_WORDS_BEFORE_COLON = 3;

export const NUMBERING = /^\s*(?:[*•]\s*|(?:\d{1,2}|[ivx]{1,4}|[a-dđ])\s*[.)/:-]\s*)/i;

export interface NarrativeHeading {
  /** null for a heading of a part that is not kept ("Nguyên nhân"). */
  key: NarrativeKey | null;
  /** Text after the heading's colon on the same line, if any. */
  inline: string;
  numbered: boolean;
  colon: boolean;
}

export function parseHeading(line: string): NarrativeHeading | null {
  const trimmed = line.trim();
  if (!trimmed || /^[-+–—]/.test(trimmed)) return null;
  const numbering = NUMBERING.exec(trimmed);
  const body = numbering ? trimmed.slice(numbering[0].length) : trimmed;
  const colon = body.indexOf(':');
  const head = colon >= 0 ? body.slice(0, colon) : body;
  if (head.length > 150) return null;
  const folded = fold(head);
  const starts: [NarrativeKey | null, RegExp][] = [...NARRATIVE_KEYS.map((k) => [k, HEADING_STARTS[k]] as [NarrativeKey, RegExp]), [null, OTHER_STARTS]];
  for (const [key, start] of starts) {
    const m = start.exec(folded);
    if (!m) continue;
    const others = folded
      .slice(m[0].length)
      .split(' ')
      .filter((w) => w && !HEADING_WORDS.has(w) && !/^\d+$/.test(w)).length;
    if (others > (colon >= 0 ? MAX_OTHER_WORDS_BEFORE_COLON : 0)) return null;
    // An unnumbered "Nguyên nhân" line without a colon is too likely a sentence to end a block on.
    if (key === null && !numbering && colon < 0) return null;
    return { key, inline: colon >= 0 ? body.slice(colon + 1).trim() : '', numbered: !!numbering, colon: colon >= 0 };
  }
  return null;
}

/** A numbered heading further along a line, after the end of a sentence: "… an toàn. 2. Hạn chế: …". */
const MID_LINE_NUMBER = /[.;!?…]\s+(?=(?:\d{1,2}|[IVX]{1,4}|[a-dA-D])\s*[.)]\s*\S)/g;

/**
 * A cell's text as lines (Alt+Enter breaks), each cut again where a numbered heading with a colon
 * starts inside it, so that one big cell holding every block yields each block apart.
 */
export function segments(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.normalize('NFC').split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (!line) continue;
    let start = 0;
    for (const m of line.matchAll(MID_LINE_NUMBER)) {
      const at = m.index + m[0].length;
      const h = parseHeading(line.slice(at));
      if (!h?.numbered || !h.colon) continue;
      out.push(line.slice(start, at).trim());
      start = at;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter(Boolean);
}

/** "1", "II", "a)", "3." alone in a cell: the block's number typed in its own column. */
export const isNumberOnly = (text: string): boolean => /^\s*(?:\d{1,2}|[ivx]{1,4}|[a-dđ])\s*[.)]?\s*$/i.test(text);
