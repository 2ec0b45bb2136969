import { NARRATIVE_KEYS, type NarrativeKey } from '../../../shared/domain/form';
import { TextMemo } from '../../../shared/text/text-memo';
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

const STARTS: [NarrativeKey | null, RegExp][] = [...NARRATIVE_KEYS.map((k) => [k, HEADING_STARTS[k]] as [NarrativeKey, RegExp]), [null, OTHER_STARTS]];

/** Where the heading ends and its text begins: a colon, else a dash between spaces ("Hạn chế – Kinh phí …"). */
function separator(body: string): { at: number; length: number; colon: boolean } | null {
  const colon = body.indexOf(':');
  if (colon >= 0) return { at: colon, length: 1, colon: true };
  const dash = /\s[-–—]\s/.exec(body);
  return dash ? { at: dash.index, length: dash[0].length, colon: false } : null;
}

interface Candidate {
  key: NarrativeKey | null;
  body: string;
  numbered: boolean;
  sep: ReturnType<typeof separator>;
  /** Words of the heading that are no heading vocabulary. */
  others: number;
}

/**
 * A line is judged several times (is it a heading, does it look like one, where does the table
 * end) and the same lines come back in every district's file: short lines are judged once.
 * Candidates stay inside this module and are never changed, so one value may serve every call.
 */
const JUDGED_MAX_CHARS = 300;
const judged = new TextMemo<Readonly<Candidate> | null>(4096, JUDGED_MAX_CHARS);

/** The last long line judged: a paragraph is asked about three times in a row, then never again. */
let lastLong: { line: string; found: Readonly<Candidate> | null } | null = null;

function candidate(line: string): Readonly<Candidate> | null {
  if (line.length <= JUDGED_MAX_CHARS) return judged.get(line, frozenCandidate);
  if (lastLong?.line !== line) lastLong = { line, found: frozenCandidate(line) };
  return lastLong.found;
}

function frozenCandidate(line: string): Readonly<Candidate> | null {
  const read = readCandidate(line);
  return read && Object.freeze({ ...read, sep: read.sep && Object.freeze(read.sep) });
}

function readCandidate(line: string): Candidate | null {
  const trimmed = line.trim();
  if (!trimmed || /^[-+–—]/.test(trimmed)) return null;
  const numbering = NUMBERING.exec(trimmed);
  const body = numbering ? trimmed.slice(numbering[0].length) : trimmed;
  const sep = separator(body);
  const head = sep ? body.slice(0, sep.at) : body;
  if (head.length > 150) return null;
  const folded = fold(head);
  for (const [key, start] of STARTS) {
    const m = start.exec(folded);
    if (!m) continue;
    const others = folded
      .slice(m[0].length)
      .split(' ')
      .filter((w) => w && !HEADING_WORDS.has(w) && !/^\d+$/.test(w)).length;
    return { key, body, numbered: !!numbering, sep, others };
  }
  return null;
}

export function parseHeading(line: string): NarrativeHeading | null {
  const c = candidate(line);
  if (!c) return null;
  // A dash is also punctuation inside sentences: only a heading made of heading words alone may use it.
  if (c.others > (c.sep?.colon ? MAX_OTHER_WORDS_BEFORE_COLON : 0)) return null;
  // An unnumbered "Nguyên nhân" line without a colon is too likely a sentence to end a block on.
  if (c.key === null && !c.numbered && !c.sep?.colon) return null;
  let inline = c.sep ? c.body.slice(c.sep.at + c.sep.length).trim() : '';
  // "Phương hướng - nhiệm vụ quý tới": the dash joins two heading words, no text follows it.
  if (c.sep && !c.sep.colon && fold(inline).split(' ').every((w) => HEADING_WORDS.has(w) || /^\d+$/.test(w))) inline = '';
  return { key: c.key, inline, numbered: c.numbered, colon: !!c.sep?.colon };
}

/**
 * A numbered line that starts with a block's key words but reads as a sentence ("2. Khó khăn về
 * nhà ở của 12 hộ đã được giải quyết"): kept as text of the block it stands in, and told to the
 * clerk, since it may also be a heading typed without its colon.
 */
export function lookalikeHeading(line: string): NarrativeKey | null {
  const c = candidate(line);
  return c?.key && c.numbered && !parseHeading(line) ? c.key : null;
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

/**
 * The first of a cell's segments, without cutting the rest: a row's heading is told by its first
 * line, and a long cell of text has many lines and sentences to cut that nobody asked for.
 */
export function firstSegment(text: string): string | undefined {
  for (const raw of text.normalize('NFC').split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (!line) continue;
    for (const m of line.matchAll(MID_LINE_NUMBER)) {
      const at = m.index + m[0].length;
      const h = parseHeading(line.slice(at));
      // What comes before holds at least the sentence's closing mark: never an empty segment.
      if (h?.numbered && h.colon) return line.slice(0, at).trim();
    }
    return line;
  }
  return undefined;
}

/** "1", "II", "a)", "3." alone in a cell: the block's number typed in its own column. */
export const isNumberOnly = (text: string): boolean => /^\s*(?:\d{1,2}|[ivx]{1,4}|[a-dđ])\s*[.)]?\s*$/i.test(text);
