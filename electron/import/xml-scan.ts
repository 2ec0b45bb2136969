import { tallyXml } from './xml-tally';

/**
 * Byte-level looks into XML parts, without an XML parser: a parser is exactly what a hostile part
 * targets. Nothing here expands entities or builds a tree.
 */

const PROLOG_WINDOW = 64 * 1024;

export type PrologProblem = 'doctype' | 'endless_prolog';

/**
 * A DOCTYPE (and with it any ENTITY) can only stand in the prolog, before the root element, so
 * reading up to the first element is enough to refuse every entity trick (billion laughs, XXE).
 */
export function prologProblem(data: Uint8Array, truncated = false): PrologProblem | null {
  const window = data.subarray(0, PROLOG_WINDOW);
  const utf16 = (window[0] === 0xff && window[1] === 0xfe) || (window[0] === 0xfe && window[1] === 0xff);
  const found = utf16 ? prologInText(decodeUtf16(window)) : prologInBytes(Buffer.from(window.buffer, window.byteOffset, window.byteLength));
  if (found !== 'ran_out') return found;
  // Ran out of text inside the prolog: only a part that is really that short may end there.
  return truncated || data.length > PROLOG_WINDOW ? 'endless_prolog' : null;
}

type PrologWalk = 'doctype' | 'ran_out' | null;

/**
 * The prolog read on the bytes themselves: markup is ASCII, so for UTF-8 and every 8-bit encoding a
 * byte is a character here, and nothing needs decoding. A UTF-8 byte-order mark at the start is
 * skipped: the loader's decoder drops it, so a DOCTYPE behind it would reach the XML reader.
 */
function prologInBytes(head: Buffer): PrologWalk {
  const n = head.length;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < n) {
    const c = head[i];
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x3c) return null; // not XML markup at all: the XML reader will say so
    const next = head[i + 1];
    if (next === 0x3f) {
      const end = head.indexOf('?>', i + 2, 'latin1');
      if (end < 0) return 'ran_out';
      i = end + 2;
    } else if (next === 0x21 && head[i + 2] === 0x2d && head[i + 3] === 0x2d) {
      const end = head.indexOf('-->', i + 4, 'latin1');
      if (end < 0) return 'ran_out';
      i = end + 3;
    } else if (next === 0x21) {
      return 'doctype';
    } else {
      return null;
    }
  }
  return 'ran_out';
}

function prologInText(head: string): PrologWalk {
  let i = 0;
  const n = head.length;
  while (i < n) {
    const c = head[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c !== '<') return null;
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i + 2);
      if (end < 0) return 'ran_out';
      i = end + 2;
    } else if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end < 0) return 'ran_out';
      i = end + 3;
    } else if (head.startsWith('<!', i)) {
      return 'doctype';
    } else {
      return null;
    }
  }
  return 'ran_out';
}

function decodeUtf16(bytes: Uint8Array): string {
  return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
}

export interface SheetScan {
  /** Cells covered by merged ranges, summed: exceljs creates an object for each one. */
  mergedCells: number;
  largestMerge: string | null;
  /** <c> elements, however written (`<c\tr=…>`, `<c/>`, prefixed): the cells exceljs will build. */
  cells: number;
  /** <row> elements, empty ones (`<row/>`) included: exceljs builds each. */
  rows: number;
  /** Characters of the longest formula (<f>) and of the longest inline string run (<is><t>). */
  longestFormula: number;
  longestInlineString: number;
  dimension: string | null;
  /** <mergeCell> elements: the merged ranges exceljs checks one against another. */
  merges: number;
}

const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;

export function scanSheet(data: Uint8Array): SheetScan {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tally = tallyXml(buf, { count: ['c', 'row'], text: ['f', 't'] });
  let mergedCells = 0;
  let largest = 0;
  let largestMerge: string | null = null;
  let merges = 0;
  for (const m of matchesFrom(buf, MERGE, 'mergeCell')) {
    merges++;
    const area = rangeArea(m[1] ?? '');
    mergedCells += area;
    if (area > largest) {
      largest = area;
      largestMerge = m[1] ?? null;
    }
  }
  const dimension = matchesFrom(buf.subarray(0, 4096), DIMENSION, 'dimension').next().value?.[1] ?? null;
  return {
    mergedCells,
    largestMerge,
    cells: tally.elements.get('c') ?? 0,
    rows: tally.elements.get('row') ?? 0,
    longestFormula: tally.text.get('f')?.longest ?? 0,
    longestInlineString: tally.text.get('t')?.longest ?? 0,
    dimension,
    merges,
  };
}

/**
 * The regex's matches over the part read as latin1, decoding only from the element around the
 * first `word` on. Every match holds `word` right after "<" and a prefix, and a prefix holds no
 * "<": so no match starts before the last "<" ahead of the first `word`, and the text before it
 * (a whole sheetData, for the merges at a sheet's end) need not become a string at all.
 */
function matchesFrom(buf: Buffer, pattern: RegExp, word: string): IterableIterator<RegExpMatchArray> {
  const first = buf.indexOf(word, 0, 'latin1');
  if (first < 0) return [][Symbol.iterator]();
  const start = Math.max(0, buf.lastIndexOf(0x3c, first));
  return buf.toString('latin1', start).matchAll(pattern);
}

/** Cells in "A1:XFD1048576" (absurd sizes stay finite: at most 2^34). */
export function rangeArea(ref: string): number {
  return plainRangeArea(ref) ?? writtenRangeArea(ref);
}

/**
 * "B6:G6" or "A1", uppercase and nothing else, as every writer puts them: read without the regex,
 * which a sheet with a few hundred merges otherwise runs for each. Anything else is null.
 */
function plainRangeArea(ref: string): number | null {
  const first = plainCell(ref, 0);
  if (first === null) return null;
  if (first.end === ref.length) return 1;
  if (ref.charCodeAt(first.end) !== 0x3a) return null;
  const second = plainCell(ref, first.end + 1);
  if (second === null || second.end !== ref.length) return null;
  return (Math.abs(second.column - first.column) + 1) * (Math.abs(second.row - first.row) + 1);
}

function plainCell(ref: string, from: number): { column: number; row: number; end: number } | null {
  let i = from;
  let column = 0;
  for (; i < ref.length && i - from < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 64);
  }
  const letters = i - from;
  if (letters < 1 || letters > 3) return null;
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length && i - digitsFrom < 8; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    row = row * 10 + (c - 0x30);
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > 7) return null;
  return { column, row, end: i };
}

function writtenRangeArea(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return 0;
  const c1 = columnNumber(m[1] ?? 'A');
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface SharedStringsScan {
  /** <si> elements: one string each, however many cells use it. */
  strings: number;
  /** Characters of all strings together, and of the longest one (all its rich-text runs). */
  chars: number;
  longest: number;
  /** 0-based index of the longest string, as cells refer to it. */
  longestIndex: number;
}

export function scanSharedStrings(data: Uint8Array): SharedStringsScan {
  const tally = tallyXml(data, { count: ['si'], text: ['t'], groupBy: 'si' });
  const t = tally.text.get('t');
  return { strings: tally.elements.get('si') ?? 0, chars: t?.chars ?? 0, longest: t?.longest ?? 0, longestIndex: Math.max(0, (t?.longestAt ?? 1) - 1) };
}

/** The records of styles.xml exceljs builds an object for, each list counted whole. */
const STYLE_RECORDS = ['xf', 'font', 'fill', 'border', 'numFmt', 'dxf', 'cellStyle'] as const;

export function scanStyles(data: Uint8Array): { records: number } {
  const tally = tallyXml(data, { count: STYLE_RECORDS });
  let records = 0;
  for (const n of tally.elements.values()) records += n;
  return { records };
}
