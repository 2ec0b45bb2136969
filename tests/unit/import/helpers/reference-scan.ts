/**
 * The byte scanners as they were before the precheck was made faster (a49f086), kept verbatim as
 * the oracle the fast ones are compared with: a faster scanner must see every element, text run,
 * merge and prolog exactly as this one did.
 */

import zlib from 'node:zlib';
import type { Tally, TallyOptions, TextTally } from '../../../../electron/import/xml-tally';
import type { InflateResult, ZipEntry } from '../../../../electron/import/zip';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;

/** Bytes that end an element name: whitespace, "/", ">". */
const isNameEnd = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x2f || b === GT;

export function referenceTally(data: Uint8Array, options: TallyOptions): Tally {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const wanted = new Set([...options.count, ...(options.text ?? []), ...(options.groupBy === undefined ? [] : [options.groupBy])]);
  const lengths = new Set([...wanted].map((w) => w.length));
  const elements = new Map<string, number>(options.count.map((name) => [name, 0]));
  const text = new Map<string, TextTally & { group: number; groups: number }>((options.text ?? []).map((name) => [name, { chars: 0, longest: 0, longestAt: 0, group: 0, groups: 0 }]));
  const grouped = options.groupBy !== undefined;
  let groups = 0;
  const close = (t: TextTally & { group: number; groups: number }, number: number) => {
    if (t.group > t.longest) {
      t.longest = t.group;
      t.longestAt = number;
    }
    t.group = 0;
  };
  const n = buf.length;
  let at = buf.indexOf(LT);
  while (at >= 0 && at < n - 1) {
    const first = buf[at + 1] ?? 0;
    // End tags, comments, processing instructions, CDATA: no element opens here.
    if (first === 0x2f || first === 0x21 || first === 0x3f) {
      at = buf.indexOf(LT, at + 1);
      continue;
    }
    let end = at + 1;
    let colon = -1;
    while (end < n && !isNameEnd(buf[end] ?? GT) && buf[end] !== LT) {
      if (buf[end] === 0x3a) colon = end;
      end++;
    }
    const from = colon >= 0 ? colon + 1 : at + 1;
    // Most elements are of no interest: compare lengths before making a string.
    const local = lengths.has(end - from) ? buf.toString('latin1', from, end) : '';
    if (!wanted.has(local)) {
      at = buf.indexOf(LT, end);
      continue;
    }
    if (elements.has(local)) elements.set(local, (elements.get(local) ?? 0) + 1);
    if (grouped && local === options.groupBy) {
      if (groups > 0) for (const t of text.values()) close(t, groups);
      groups++;
    }
    const t = text.get(local);
    const open = t ? buf.indexOf(GT, end) : -1;
    if (!t || open < 0 || buf[open - 1] === 0x2f) {
      at = buf.indexOf(LT, end);
      continue;
    }
    const { chars, next } = measureText(buf, open + 1);
    t.chars += chars;
    t.group += chars;
    if (!grouped) close(t, ++t.groups);
    at = next;
  }
  if (grouped && groups > 0) for (const t of text.values()) close(t, groups);
  const out = new Map<string, TextTally>([...text].map(([name, { chars, longest, longestAt }]) => [name, { chars, longest, longestAt }]));
  return { elements, text: out };
}

const CDATA_OPEN = Buffer.from('<![CDATA[', 'latin1');
const CDATA_CLOSE = Buffer.from(']]>', 'latin1');

/** Characters from `start` up to the next element; CDATA sections are text and counted through. */
function measureText(buf: Buffer, start: number): { chars: number; next: number } {
  let chars = 0;
  let i = start;
  const n = buf.length;
  while (i < n) {
    const b = buf[i] ?? 0;
    if (b === LT) {
      if (buf.subarray(i, i + CDATA_OPEN.length).equals(CDATA_OPEN)) {
        const close = buf.indexOf(CDATA_CLOSE, i + CDATA_OPEN.length);
        const stop = close < 0 ? n : close;
        chars += countChars(buf, i + CDATA_OPEN.length, stop);
        i = close < 0 ? n : close + CDATA_CLOSE.length;
        continue;
      }
      return { chars, next: i };
    }
    if (b === AMP) {
      const semi = buf.indexOf(SEMI, i + 1);
      chars++;
      i = semi >= 0 && semi - i <= 12 ? semi + 1 : i + 1;
      continue;
    }
    // UTF-8 continuation bytes belong to the character before them.
    if ((b & 0xc0) !== 0x80) chars++;
    i++;
  }
  return { chars, next: -1 };
}

function countChars(buf: Buffer, from: number, to: number): number {
  let chars = 0;
  for (let i = from; i < to; i++) if (((buf[i] ?? 0) & 0xc0) !== 0x80) chars++;
  return chars;
}

const PROLOG_WINDOW = 64 * 1024;

type PrologProblem = 'doctype' | 'endless_prolog';

/**
 * A DOCTYPE (and with it any ENTITY) can only stand in the prolog, before the root element, so
 * reading up to the first element is enough to refuse every entity trick (billion laughs, XXE).
 */
export function referenceProlog(data: Uint8Array, truncated = false): PrologProblem | null {
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


const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']/;

/** The refs of a sheet's merged ranges and its dimension, as the old scanSheet read them. */
export function referenceRefs(data: Uint8Array): { merges: string[]; dimension: string | null } {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const merges = buf.includes('mergeCell') ? [...buf.toString('latin1').matchAll(MERGE)].map((m) => m[1] ?? '') : [];
  return { merges, dimension: DIMENSION.exec(buf.subarray(0, 4096).toString('latin1'))?.[1] ?? null };
}

export function referenceRangeArea(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return 0;
  const c1 = columnNumber(m[1] ?? 'A');
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** zip.ts's inflateEntry, which let zlib fill 16 KB chunks one after the other. */
export function referenceInflate(bytes: Uint8Array, entry: ZipEntry): InflateResult {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (raw.length !== entry.uncompressedSize) return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: true, data: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
  }
  if (entry.method !== 8) return { ok: false, problem: 'method', detail: `${entry.name}: phương thức nén ${entry.method}` };
  try {
    const data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    if (data.length !== entry.uncompressedSize) return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: true, data };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: false, problem: 'broken', detail: `${entry.name}: ${(e as Error).message}` };
  }
}
