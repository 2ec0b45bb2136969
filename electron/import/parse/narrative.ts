import { NARRATIVE_KEYS, type NarrativeKey } from '../../../shared/domain/form';
import { fold } from '../../../shared/text/fold';
import { ownText, type Scalar, type SheetGrid } from './grid';

const hasText = (v: Scalar) => (v.t === 's' ? /\S/.test(v.v) : v.t !== 'none');
/** A narrative line longer than this is cut: no district writes one, a hostile file might. */
const MAX_LINE = 5000;

/**
 * The free-text blocks (kết quả nổi bật, hạn chế, đề xuất, phương hướng): a heading line, then
 * the text lines under it, below the table or on a sheet of their own ("Thuyết minh"). Headings
 * are numbered or starred ("1.", "I.", "*") and start with the block's key words; a bullet line
 * ("- …") is never a heading, even when it mentions "khó khăn".
 */

const HEADING_STARTS: Record<NarrativeKey, RegExp> = {
  ket_qua_noi_bat: /^(nhung |cac )?(ket qua noi bat|uu diem|ket qua dat duoc|nhung ket qua|ket qua chu yeu)/,
  han_che: /^(nhung |cac )?(han che|ton tai|kho khan|vuong mac|khuyet diem)/,
  de_xuat: /^(de xuat|kien nghi|de nghi)/,
  phuong_huong: /^(phuong huong|nhiem vu|ke hoach (quy|ky|thoi gian) toi)/,
};

const NUMBERING = /^\s*(?:[*•]\s*|(?:\d{1,2}|[ivx]{1,4}|[a-dđ])\s*[.)/:-]\s*)/i;

export interface NarrativeHeading {
  key: NarrativeKey;
  /** Text after the heading's colon on the same line, if any. */
  inline: string;
}

export function narrativeHeading(text: string): NarrativeHeading | null {
  if (text.length > 400) return null;
  const trimmed = text.trim();
  if (!trimmed || /^[-+–—]/.test(trimmed) || trimmed.length > 160) return null;
  const body = trimmed.replace(NUMBERING, '');
  const colon = body.indexOf(':');
  const head = colon >= 0 ? body.slice(0, colon) : body;
  const folded = fold(head);
  if (folded.split(' ').length > 14) return null;
  for (const key of NARRATIVE_KEYS) {
    if (HEADING_STARTS[key].test(folded)) return { key, inline: colon >= 0 ? body.slice(colon + 1).trim() : '' };
  }
  return null;
}

/** "Bình Sơn, ngày 14 tháng 9 năm 2021" (or its dotted blank) ends the narrative too. */
const PLACE_DATE = /^.{0,40}\bngay\b.{0,12}\bthang\b.{0,12}\bnam\b.{0,12}$/;

/** Lines that end a block: signatures, recipients, place and date. */
const STOP = /^(nguoi lap|nguoi lap bieu|truong ban|pho truong ban|chi huy truong|chinh tri vien|thu truong|noi nhan|ky ten|ky ghi ro|t m|tm |kt |xac nhan)/;

export interface NarrativeBlock {
  key: NarrativeKey;
  sheet: string;
  cells: string[];
  text: string;
}

/** Blocks found on a sheet from `fromRow` on; the first block of each key wins. */
export function readNarrative(grid: SheetGrid, fromRow: number): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  const state: { current: { key: NarrativeKey; lines: string[]; cells: string[] } | null } = { current: null };
  let blank = 0;
  const close = () => {
    const c = state.current;
    if (c && !blocks.some((b) => b.key === c.key)) blocks.push({ key: c.key, sheet: grid.name, cells: c.cells, text: c.lines.join('\n').trim() });
    state.current = null;
  };
  for (let r = Math.max(1, fromRow); r <= grid.maxRow; r++) {
    const row = grid.rows.get(r);
    const texts = row ? [...row.values()].filter((c) => !c.mergeMaster && hasText(c.value)) : [];
    if (texts.length === 0) {
      blank++;
      if (blank >= 2) close();
      continue;
    }
    blank = 0;
    const first = texts[0];
    if (!first) continue;
    const text = ownText(grid, r, first.col).slice(0, MAX_LINE).trim();
    const heading = narrativeHeading(text);
    if (heading && heading.key !== state.current?.key) {
      close();
      state.current = { key: heading.key, lines: heading.inline ? [heading.inline] : [], cells: heading.inline ? [first.address] : [] };
      continue;
    }
    const current = state.current;
    if (!current) continue;
    if (texts.length >= 2 || STOP.test(fold(text)) || PLACE_DATE.test(fold(text))) {
      close();
      continue;
    }
    current.lines.push(text);
    current.cells.push(first.address);
  }
  close();
  return blocks;
}

/** First row at or after `fromRow` that holds a narrative heading, if any. */
export function firstHeadingRow(grid: SheetGrid, fromRow: number): number | null {
  for (let r = fromRow; r <= grid.maxRow; r++) {
    const row = grid.rows.get(r);
    if (!row) continue;
    for (const c of row.values()) {
      if (c.mergeMaster || c.value.t !== 's') continue;
      if (narrativeHeading(c.value.v)) return r;
      break;
    }
  }
  return null;
}
