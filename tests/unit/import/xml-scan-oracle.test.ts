import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prologProblem, rangeArea, scanSheet } from '../../../electron/import/xml-scan';
import { tallyXml, type TallyOptions } from '../../../electron/import/xml-tally';
import { inflateEntry, readZipDirectory } from '../../../electron/import/zip';
import { FIXTURES } from './fixtures';
import { referenceInflate, referenceProlog, referenceRangeArea, referenceRefs, referenceTally } from './helpers/reference-scan';

/**
 * The fast scanners against the ones they replaced (helpers/reference-scan.ts), on generated
 * markup built to trip a scanner that takes shortcuts, and on every part of every workbook the
 * tests hold. Any difference is a budget or a DOCTYPE the precheck would judge differently.
 */

/** The option sets precheck.ts uses, and one where a name plays every role at once. */
const OPTION_SETS: Record<string, TallyOptions> = {
  sheet: { count: ['c', 'row'], text: ['f', 't'] },
  sharedStrings: { count: ['si'], text: ['t'], groupBy: 'si' },
  styles: { count: ['xf', 'font', 'fill', 'border', 'numFmt', 'dxf', 'cellStyle'] },
  everyRole: { count: ['t', 'r', 'c'], text: ['t', 'r'], groupBy: 'r' },
};

/** Deterministic, so a failure names a variant that fails again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['c', 'row', 'f', 't', 'v', 'is', 'si', 'r', 'x:c', 'x:row', 'main:f', 'x:t', 'a:b:c', ':c', 'c:', 'cx', 'rowBreaks', 'xf', 'font', 'fill', 'numFmt', 'cellStyle', 'cellStyles', 'mergeCell', 'mergeCells', 'x:mergeCell', 'mergeCell.x', 'dimension', 'x:dimension'];
const GAPS = ['', ' ', '\t', '\n', '\r\n', '/'];
const ATTRIBUTES = ['', ' r="A1"', ' a=">"', " r='A1/>'", ' a="</c><c>"', ' ref="A1:B2"', " ref = 'C3:D40'", ' xref="A1:A2"', ' ref="$A$1:$B$9"', ' ref="a1:b2"', ' ref=" A1:B2 "', ' ref="A1:XFD1048576"', ' ref="A1:"', ' ref="ABCD1:A2"', ' ref="A12345678"', ' ref="B6"', ' ref="A1>B2"', ' t="s"', ' xml:space="preserve"'];
const ENDS = ['>', '/>', ' />', '', '\t>'];
const TEXTS = ['abc', 'ệ', 'Tuyên truyền', '😀', '&amp;', '&#x1F600;', '&', '&nosemicolon here', `&${'x'.repeat(11)};`, `&${'x'.repeat(12)};`, ';', '>', ']]>', '<![CDATA[<c><t>x</t>]]>', '<![CDATA[ệ]]', '<![CDATA[', '<![CDAT', '<!-- <c><row> -->', '<?pi <c>?>', '<!DOCTYPE x>', '<', '< c>', '<<c>', '\u00a0', ' '];

function fragment(next: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.45) parts.push(`<${pick(NAMES)}${pick(GAPS)}${pick(ATTRIBUTES)}${pick(ENDS)}`);
    else if (roll < 0.7) parts.push(`</${pick(NAMES)}>`);
    else parts.push(pick(TEXTS));
  }
  return parts.join('');
}

const variants = (seed: number, count: number) => {
  const next = random(seed);
  return Array.from({ length: count }, () => fragment(next));
};

const expectSameTally = (bytes: Uint8Array, label: string) => {
  for (const [set, options] of Object.entries(OPTION_SETS)) {
    expect(tallyXml(bytes, options), `${set}: ${label}`).toEqual(referenceTally(bytes, options));
  }
};

const expectSameSheet = (bytes: Uint8Array, label: string) => {
  const fast = scanSheet(bytes);
  const refs = referenceRefs(bytes);
  let mergedCells = 0;
  let largest = 0;
  let largestMerge: string | null = null;
  for (const ref of refs.merges) {
    const area = referenceRangeArea(ref);
    mergedCells += area;
    if (area > largest) {
      largest = area;
      largestMerge = ref;
    }
  }
  expect({ mergedCells: fast.mergedCells, largestMerge: fast.largestMerge, dimension: fast.dimension, merges: fast.merges }, label).toEqual({ mergedCells, largestMerge, dimension: refs.dimension, merges: refs.merges.length });
};

describe('the element tally gives what the old one gave', () => {
  it('on generated markup: prefixes, tabs and newlines after names, ">" inside quotes, CDATA, comments, entities, broken tags', () => {
    for (const xml of variants(14, 3000)) expectSameTally(Buffer.from(xml, 'utf8'), JSON.stringify(xml));
  });

  it('on a document cut at every byte: a tag, an entity, a UTF-8 letter or a CDATA section split anywhere', () => {
    const xml = Buffer.from('<sst><si><t xml:space="preserve">Nội &amp; dung</t></si><si><r><x:t a=">">ệ<![CDATA[<c>]]>&#x1F600;</x:t></r></si><si><t/></si></sst><c r="A1"><f>SUM(A2:A9)</f></c><row/>', 'utf8');
    for (let cut = 0; cut <= xml.length; cut++) expectSameTally(xml.subarray(0, cut), `cut at ${cut}`);
    for (let from = 0; from <= xml.length; from++) expectSameTally(xml.subarray(from), `from ${from}`);
  });

  it('counts self-closed and opened elements alike, and text only in opened ones', () => {
    const xml = Buffer.from('<c/><c></c><x:c r="A1"/><c\tr="B1"><f>1+1</f><f/><f a="/"/><t>ab</t></c>', 'utf8');
    const tally = tallyXml(xml, OPTION_SETS.sheet as TallyOptions);
    expect(tally.elements.get('c')).toBe(4);
    expect(tally.text.get('f')).toEqual({ chars: 3, longest: 3, longestAt: 1 });
    expect(tally.text.get('t')).toEqual({ chars: 2, longest: 2, longestAt: 1 });
    expectSameTally(xml, 'self-closed');
  });
});

describe('merged ranges and the dimension are read as the old regex over the whole part read them', () => {
  it('on generated sheets, merges anywhere (also inside text, CDATA and attribute values)', () => {
    for (const xml of variants(1402, 3000)) expectSameSheet(Buffer.from(xml, 'utf8'), JSON.stringify(xml));
  });

  it('wherever the first mention of mergeCell stands, and when a "<" comes just before it', () => {
    const tail = '<mergeCells count="2"><mergeCell ref="A1:G1"/><x:mergeCell ref=\'A2:XFD1048576\'/></mergeCells>';
    for (const head of ['', 'mergeCell', '<', '<<', '<x:', '<x:y:', '<mergeCellmergeCell ref="B2:C3"', '<t>mergeCell</t>', '<a b="<mergeCell ref=\'D4:E5\'">', `<sheetData>${'<c r="A1"><v>1</v></c>'.repeat(200)}</sheetData>`]) {
      expectSameSheet(Buffer.from(head + tail, 'utf8'), head.slice(0, 40));
    }
  });

  it('reads merge refs as the old regex did, written plainly or not', () => {
    const next = random(7);
    const letters = ['', 'A', 'Z', 'AA', 'XFD', 'ZZZ', 'ABCD', 'a', 'xfd'];
    const digits = ['', '0', '1', '007', '1048576', '9999999', '12345678'];
    const refs = ['A1:XFD1048576', 'B6:G6', 'A1', ' A1:B2', 'A1:B2 ', '$A$1:$B$2', 'A1::B2', 'A1:B', ':A1', 'A1:B2:C3', 'é1', 'A1\u00a0'];
    for (let i = 0; i < 3000; i++) {
      const cell = () => `${letters[Math.floor(next() * letters.length)] ?? ''}${digits[Math.floor(next() * digits.length)] ?? ''}`;
      refs.push(next() < 0.3 ? cell() : `${cell()}:${cell()}`);
    }
    for (const ref of refs) expect(rangeArea(ref), ref).toBe(referenceRangeArea(ref));
  });
});

describe('the prolog is judged as the old decoder judged it (but for a UTF-8 byte-order mark, now skipped)', () => {
  const encodings: Record<string, (s: string) => Uint8Array> = {
    utf8: (s) => Buffer.from(s, 'utf8'),
    utf8Bom: (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
    utf16le: (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
    utf16be: (s) => Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]).swap16()),
  };
  const heads = ['', ' \t\r\n', '<?xml version="1.0"?>', '<?xml version="1.0"', '<!-- a -->', '<!-- a', '<!---->', '<!-->', '<!DOCTYPE x>', '<!ENTITY x "y">', '<!-', '<!', '<', '<root/>', 'text', '\ufeff', `<!--${' '.repeat(70_000)}-->`, ' '.repeat(70_000), '<?pi ?>'];

  it('for every run of prolog pieces, in UTF-8 with and without a byte-order mark and in UTF-16, cut short or not', () => {
    const next = random(64);
    for (let i = 0; i < 1500; i++) {
      const count = 1 + Math.floor(next() * 4);
      const text = Array.from({ length: count }, () => heads[Math.floor(next() * heads.length)] ?? '').join('');
      for (const [name, encode] of Object.entries(encodings)) {
        const bytes = encode(text);
        for (const truncated of [false, true]) {
          // The old check took a UTF-8 mark for text before the markup and let a DOCTYPE behind it pass.
          const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
          const expected = referenceProlog(bom ? bytes.subarray(3) : bytes, truncated);
          expect(prologProblem(bytes, truncated), `${name} ${truncated} ${JSON.stringify(text.slice(0, 80))}`).toBe(expected);
        }
      }
    }
  });

  it('refuses a DOCTYPE after comments and processing instructions, and lets a long comment run into the window edge be endless', () => {
    expect(prologProblem(Buffer.from('<?xml version="1.0"?><!-- note --><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><s/>'))).toBe('doctype');
    expect(prologProblem(Buffer.from(`<?xml version="1.0"?><!--${' '.repeat(70_000)}--><s/>`))).toBe('endless_prolog');
    expect(prologProblem(Buffer.from('<?xml version="1.0"?><s/>'))).toBeNull();
  });
});

describe('inflating a part gives what 16 KB chunks gave', () => {
  const entry = (raw: Uint8Array, declared: number) => ({ name: 'xl/worksheets/sheet1.xml', method: 8, encrypted: false, compressedSize: raw.length, uncompressedSize: declared, dataOffset: 0 });
  const expectSame = (raw: Uint8Array, declared: number, label: string) => {
    const fast = inflateEntry(raw, entry(raw, declared));
    const old = referenceInflate(raw, entry(raw, declared));
    if (fast.ok && old.ok) expect(fast.data.equals(old.data), label).toBe(true);
    else expect(fast, label).toEqual(old);
  };

  it('around every chunk edge, for honest, lying and broken streams', () => {
    const next = random(16);
    const words = ['<c r="A1">', '<v>', '12', '</v>', 'Tuyên truyền', '</c>', ' '];
    for (const size of [0, 1, 100, 16_383, 16_384, 16_385, 32_767, 32_768, 32_769, 50_000, 65_536]) {
      for (const kind of ['text', 'noise']) {
        const data = Buffer.alloc(size);
        if (kind === 'noise') for (let i = 0; i < size; i++) data[i] = Math.floor(next() * 256);
        else {
          let at = 0;
          while (at < size) at += data.write(words[Math.floor(next() * words.length)] ?? ' ', at, 'utf8');
        }
        const raw = zlib.deflateRawSync(data);
        for (const declared of [0, 1, size - 16_385, size - 16_384, size - 1, size, size + 1, size + 16_384]) {
          if (declared < 0) continue;
          expectSame(raw, declared, `${kind} ${size} declared ${declared}`);
          for (const cut of [1, Math.floor(raw.length / 2), raw.length - 1]) expectSame(raw.subarray(0, cut), declared, `${kind} ${size} declared ${declared} cut ${cut}`);
          for (const at of [0, 2, Math.floor(raw.length / 3), Math.floor((raw.length * 2) / 3)]) {
            const broken = Buffer.from(raw);
            broken[at] = (broken[at] ?? 0) ^ 0xa5;
            expectSame(broken, declared, `${kind} ${size} declared ${declared} flipped ${at}`);
          }
        }
      }
    }
  });
});

describe('every part of every workbook the tests hold scans as before', () => {
  const zips: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(xlsx|xlsm|ods|zip|docx)$/i.test(e.name)) zips.push(p);
    }
  };
  walk(FIXTURES);

  it('inflates, judges the prolog and tallies each part identically', () => {
    let parts = 0;
    for (const file of zips) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const dir = readZipDirectory(bytes);
      if (!dir.ok) continue;
      for (const e of dir.entries) {
        // A declared gigabyte is refused by its size before anything inflates it.
        if (e.uncompressedSize > 16 * 1024 * 1024 || e.uncompressedSize < 0) continue;
        const label = `${path.relative(FIXTURES, file)}: ${e.name}`;
        const fast = inflateEntry(bytes, e);
        const old = referenceInflate(bytes, e);
        if (!fast.ok || !old.ok) {
          expect(fast, label).toEqual(old);
          continue;
        }
        expect(fast.data.equals(old.data), label).toBe(true);
        if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
        parts++;
        expect(prologProblem(fast.data), label).toBe(referenceProlog(old.data));
        expectSameTally(fast.data, label);
        expectSameSheet(fast.data, label);
      }
    }
    expect(parts).toBeGreaterThan(1000);
  });
});
