import { TextMemo } from './text-memo';

/**
 * Label folding for matching what clerks typed against the catalogue: case, Vietnamese diacritics,
 * punctuation and spacing carry no meaning when a row label was retyped, so they are folded away.
 * Never used for display: only as a key.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

const NON_ASCII = /[^\p{ASCII}]/u;

export function stripDiacritics(text: string): string {
  // Most cells of a workbook are numbers and codes: nothing to strip, and normalising costs.
  if (!NON_ASCII.test(text)) return text;
  // NFD splits "ậ" into "a" + marks; "đ" has no decomposition and needs its own rule.
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The parser folds the same headings, labels and titles many times per workbook: short texts are
 * remembered (bounded, cleared when full) so that each is folded once.
 */
const folded = new TextMemo<string>(8192);

/** "Số tin, bài tuyên truyền:" → "so tin bai tuyen truyen". */
export function fold(text: string): string {
  return folded.get(text, foldOnce);
}

const foldOnce = (text: string): string => stripDiacritics(text.normalize('NFC').toLowerCase()).replace(NOT_ALNUM, ' ').trim();

export function foldTokens(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Lowercase and whitespace-collapsed, diacritics kept: "Ba Tơ" must not match "ba tổ". */
export function lowerKeepMarks(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text carries Vietnamese letters beyond ASCII, i.e. diacritics are meaningful in it. */
export function hasDiacritics(text: string): boolean {
  // Plain ASCII (most words of a cell) has nothing to normalise or strip.
  if (!NON_ASCII.test(text)) return false;
  const nfc = text.normalize('NFC');
  return stripDiacritics(nfc) !== nfc;
}

/** Collapses runs of whitespace (including line breaks) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
