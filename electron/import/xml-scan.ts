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
  const head = decodeHead(data.subarray(0, PROLOG_WINDOW));
  let i = 0;
  const n = head.length;
  while (i < n) {
    const c = head[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c !== '<') return null; // not XML markup at all: the XML reader will say so
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i + 2);
      if (end < 0) return truncated || data.length > PROLOG_WINDOW ? 'endless_prolog' : null;
      i = end + 2;
    } else if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end < 0) return truncated || data.length > PROLOG_WINDOW ? 'endless_prolog' : null;
      i = end + 3;
    } else if (head.startsWith('<!', i)) {
      return 'doctype';
    } else {
      return null;
    }
  }
  // Ran out of text inside the prolog: only a part that is really that short may end there.
  return truncated || data.length > PROLOG_WINDOW ? 'endless_prolog' : null;
}

function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // Markup is ASCII; latin1 keeps one character per byte whatever the text encoding.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
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
}

const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']/;

export function scanSheet(data: Uint8Array): SheetScan {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tally = tallyXml(buf, { count: ['c', 'row'], text: ['f', 't'] });
  const hasMerges = buf.includes('mergeCell');
  const text = hasMerges ? buf.toString('latin1') : '';
  let mergedCells = 0;
  let largest = 0;
  let largestMerge: string | null = null;
  for (const m of hasMerges ? text.matchAll(MERGE) : []) {
    const area = rangeArea(m[1] ?? '');
    mergedCells += area;
    if (area > largest) {
      largest = area;
      largestMerge = m[1] ?? null;
    }
  }
  const head = buf.subarray(0, 4096).toString('latin1');
  return {
    mergedCells,
    largestMerge,
    cells: tally.elements.get('c') ?? 0,
    rows: tally.elements.get('row') ?? 0,
    longestFormula: tally.text.get('f')?.longest ?? 0,
    longestInlineString: tally.text.get('t')?.longest ?? 0,
    dimension: DIMENSION.exec(head)?.[1] ?? null,
  };
}

/** Cells in "A1:XFD1048576" (absurd sizes stay finite: at most 2^34). */
export function rangeArea(ref: string): number {
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
