/**
 * Counting the work an XML part will cost before any parser sees it: elements by local name,
 * whatever their namespace prefix and whatever whitespace (space, tab, newline) or "/" follows the
 * name, so `<c\tr="A1">`, `<x:c r=…>` and `<row/>` all count as what exceljs' parser will make of
 * them. The text of chosen elements is measured in characters (an entity is one, UTF-8 sequences
 * are one) without decoding it. One forward pass over the bytes, no XML parser, no entities, and
 * no string made of any of it: names are compared byte by byte, because a sheet holds thousands of
 * one-letter elements (<c>, <v>) and a string for each cost more than all the scanning. The next
 * "<" is looked for by a plain loop: in markup it is a few dozen bytes on, nearer than a native
 * indexOf call pays off.
 */

export interface TextTally {
  /** Characters of text inside these elements, summed. */
  chars: number;
  /** The longest text of one group (see `groupBy`), or of one element without a group. */
  longest: number;
  /** 1-based number, among the groups (or these elements), of the longest one. */
  longestAt: number;
}

export interface Tally {
  /** Elements opened, by local name (only the names asked for). */
  elements: Map<string, number>;
  /** By text element's local name. */
  text: Map<string, TextTally>;
}

export interface TallyOptions {
  /** Local names to count. */
  count: readonly string[];
  /** Local names whose text content is measured (they must hold text only, as <t>, <f>, <v>). */
  text?: readonly string[];
  /** A local name that groups text elements: the text of one <si> is all its <t> runs together. */
  groupBy?: string;
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** An entity's ";" is looked for this far: `&#x1F600;` and every named one fit. */
const ENTITY_REACH = 12;

/** Bytes that end an element name (1): whitespace, "/", ">"; "<" too, as a broken tag. */
const NAME_END = new Uint8Array(256);
for (const b of [0x20, 0x09, 0x0a, 0x0d, SLASH, GT, LT]) NAME_END[b] = 1;

interface Running extends TextTally {
  group: number;
  groups: number;
}

/** One local name asked for, with what is done when it opens. */
interface Wanted {
  name: string;
  bytes: Uint8Array;
  counted: boolean;
  groups: boolean;
  text: Running | null;
}

export function tallyXml(buf: Uint8Array, options: TallyOptions): Tally {
  const text = new Map<string, Running>((options.text ?? []).map((name) => [name, { chars: 0, longest: 0, longestAt: 0, group: 0, groups: 0 }]));
  const counts = new Map<string, number>(options.count.map((name) => [name, 0]));
  const names = [...new Set([...options.count, ...(options.text ?? []), ...(options.groupBy === undefined ? [] : [options.groupBy])])];
  const wanted: Wanted[] = names.map((name) => ({
    name,
    bytes: Buffer.from(name, 'latin1'),
    counted: counts.has(name),
    groups: name === options.groupBy,
    text: text.get(name) ?? null,
  }));
  const tallies = [...text.values()];
  const opened = new Array<number>(wanted.length).fill(0);
  const grouped = options.groupBy !== undefined;
  let groups = 0;
  const n = buf.length;
  let at = 0;
  while (at < n && buf[at] !== LT) at++;
  while (at < n - 1) {
    const first = buf[at + 1] as number;
    // End tags, comments, processing instructions, CDATA: no element opens here.
    if (first === SLASH || first === BANG || first === QUESTION) {
      at += 2;
      while (at < n && buf[at] !== LT) at++;
      continue;
    }
    let end = at + 1;
    let from = end;
    while (end < n) {
      const b = buf[end] as number;
      if (NAME_END[b] === 1) break;
      if (b === COLON) from = end + 1;
      end++;
    }
    const which = match(wanted, buf, from, end);
    const w = which < 0 ? null : (wanted[which] as Wanted);
    const t = w === null ? null : w.text;
    if (w !== null) {
      if (w.counted) opened[which] = (opened[which] as number) + 1;
      if (grouped && w.groups) {
        if (groups > 0) for (const g of tallies) close(g, groups);
        groups++;
      }
    }
    let open = -1;
    if (t !== null) {
      open = end;
      while (open < n && buf[open] !== GT) open++;
      if (open === n) open = -1;
    }
    if (t === null || open < 0 || buf[open - 1] === SLASH) {
      at = end;
      while (at < n && buf[at] !== LT) at++;
      continue;
    }
    at = measureText(buf, open + 1, t);
    if (at < 0) at = n;
    if (!grouped) close(t, ++t.groups);
  }
  if (grouped && groups > 0) for (const t of tallies) close(t, groups);
  wanted.forEach((w, i) => { if (w.counted) counts.set(w.name, opened[i] ?? 0); });
  const out = new Map<string, TextTally>([...text].map(([name, { chars, longest, longestAt }]) => [name, { chars, longest, longestAt }]));
  return { elements: counts, text: out };
}

function close(t: Running, number: number): void {
  if (t.group > t.longest) {
    t.longest = t.group;
    t.longestAt = number;
  }
  t.group = 0;
}

/** Index of the wanted name buf[from, end) is, or -1. */
function match(wanted: readonly Wanted[], buf: Uint8Array, from: number, end: number): number {
  const length = end - from;
  for (let w = 0; w < wanted.length; w++) {
    const bytes = (wanted[w] as Wanted).bytes;
    if (bytes.length !== length) continue;
    let i = 0;
    while (i < length && buf[from + i] === bytes[i]) i++;
    if (i === length) return w;
  }
  return -1;
}

const isCdataOpen = (buf: Uint8Array, i: number) =>
  buf[i + 1] === BANG && buf[i + 2] === LBRACKET && buf[i + 3] === 0x43 && buf[i + 4] === 0x44 && buf[i + 5] === 0x41 && buf[i + 6] === 0x54 && buf[i + 7] === 0x41 && buf[i + 8] === LBRACKET;
const CDATA_OPEN_LENGTH = 9;

/**
 * Adds the characters from `start` up to the next element to `t` and gives where that element
 * starts (-1 at the end of the part); CDATA sections are text and counted through.
 */
function measureText(buf: Uint8Array, start: number, t: Running): number {
  let chars = 0;
  let i = start;
  const n = buf.length;
  let next = -1;
  while (i < n) {
    const b = buf[i] ?? 0;
    if (b === LT) {
      if (isCdataOpen(buf, i)) {
        i += CDATA_OPEN_LENGTH;
        for (; i < n; i++) {
          const c = buf[i] ?? 0;
          if (c === RBRACKET && buf[i + 1] === RBRACKET && buf[i + 2] === GT) break;
          if ((c & 0xc0) !== 0x80) chars++;
        }
        i = Math.min(n, i + 3);
        continue;
      }
      next = i;
      break;
    }
    if (b === AMP) {
      chars++;
      i = entityEnd(buf, i);
      continue;
    }
    // UTF-8 continuation bytes belong to the character before them.
    if ((b & 0xc0) !== 0x80) chars++;
    i++;
  }
  t.chars += chars;
  t.group += chars;
  return next;
}

/** Past the entity at `amp` when its ";" is near, else past the "&" alone. */
function entityEnd(buf: Uint8Array, amp: number): number {
  const reach = Math.min(buf.length - 1, amp + ENTITY_REACH);
  for (let j = amp + 1; j <= reach; j++) if (buf[j] === SEMI) return j + 1;
  return amp + 1;
}
