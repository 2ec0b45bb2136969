import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../../../shared/domain/report';
import { parseWorkbook } from '../../../electron/import/parse';
import { prepareCatalogue, type ParseCatalogue } from '../../../electron/import/parse/catalogue';
import { convertLegacyText } from '../../../electron/import/parse/encoding';
import type { GridCell, SheetGrid } from '../../../electron/import/parse/grid';
import { recognize } from '../../../electron/import/parse/identity-text';
import { loadXlsxGrids } from '../../../electron/import/parse/load';
import { firstSegment, parseHeading, segments } from '../../../electron/import/parse/narrative-heading';
import { buildTable, locateTable, outlineTable } from '../../../electron/import/parse/table';
import { periodOfWindow } from '../../../electron/import/parse/window';
import { precheckWorkbook } from '../../../electron/import/precheck';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES, SAMPLES } from './fixtures';

/**
 * The extractor remembers what it read (per catalogue: title lines, label matches, period windows;
 * per module: headings, encodings; per located table: its rows). Whatever it remembers must never
 * make a file read differently from how it reads alone, nor be changed by a caller that keeps it.
 */

const CASES = path.join(FIXTURES, 'cases');
const FILES = [
  path.join(CASES, 'extract-alike-binh-son-bdv-q3.xlsx'),
  path.join(CASES, 'extract-alike-ba-to-qs-q3.xlsx'),
  path.join(CASES, 'extract-alike-binh-son-bdv-q2.xlsx'),
  // "Quý IV" | "Cả năm" in a year report: the draft and the final table take other figure columns.
  path.join(CASES, 'heading-year-report-quy-iv-ca-nam.xlsx'),
  path.join(CASES, 'heading-ca-nam-before-quy.xlsx'),
  path.join(SAMPLES, 'BaTo_BCHQS_Q4_2021.xlsx'),
  path.join(SAMPLES, 'BC quy 3-2021 BDV Son Tay.xlsx'),
];

/** A catalogue object of its own: nothing prepared or remembered for it yet. */
const freshCatalogue = (): ParseCatalogue => ({ ...seedCatalogue() });
const parse = (file: string, cat: ParseCatalogue): Promise<ParseOutcome> => parseWorkbook(new Uint8Array(fs.readFileSync(file)), path.basename(file), cat);

async function alone(): Promise<Map<string, ParseOutcome>> {
  const out = new Map<string, ParseOutcome>();
  for (const f of FILES) out.set(f, await parse(f, freshCatalogue()));
  return out;
}

async function gridsOf(file: string): Promise<SheetGrid[]> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const pre = precheckWorkbook(bytes, undefined, 'full');
  if (!pre.ok) throw new Error(pre.rejection.code);
  return loadXlsxGrids(pre.parts, bytes);
}

describe('extractor caches', () => {
  it('reads files of different districts in a row, either order, as each reads alone', async () => {
    const expected = await alone();
    for (const f of FILES) expect(expected.get(f)?.ok, f).toBe(true);
    const shared = freshCatalogue();
    for (const order of [FILES, [...FILES].reverse(), FILES]) {
      for (const f of order) expect(await parse(f, shared), path.basename(f)).toEqual(expected.get(f));
    }
  });

  it('reads a file again as it read it alone after the caller changed the first report', async () => {
    const file = FILES[0] ?? '';
    const expected = await parse(file, freshCatalogue());
    const shared = freshCatalogue();
    const first = await parse(file, shared);
    if (!first.ok) throw new Error('not a report');
    const r = first.report;
    r.identity.districtCode = '999';
    r.identity.candidates.push({ districtCode: '999', unitType: 'QS', period: '2020-Q1' });
    r.findings.push({ code: 'row_missing', severity: 'warning', sheet: 'x', cell: 'A1', message: 'x' });
    for (const f of r.findings) f.message = 'đổi';
    for (const v of Object.values(r.values)) v.period = 12345;
    for (const c of Object.values(r.cells)) {
      c.label = 'đổi';
      c.row = 0;
    }
    r.narrative.ket_qua_noi_bat = 'đổi';
    expect(await parse(file, shared)).toEqual(expected);
  });

  it('hands out a fresh recognize result each call: one changed by its caller does not leak into the next', () => {
    const text = 'BAN DÂN VẬN HUYỆN ỦY BÌNH SƠN - BÁO CÁO QUÝ III NĂM 2021 (Số liệu tính từ ngày 15/6/2021 đến ngày 14/9/2021)';
    const want = recognize(text, prepareCatalogue(freshCatalogue()), 'content');
    expect([...want.districts]).toEqual(['524']);
    expect(want.windows).toHaveLength(1);
    const cat = prepareCatalogue(freshCatalogue());
    const first = recognize(text, cat, 'content');
    first.districts.add('535');
    first.unitTypes.add('QS');
    first.kinds.clear();
    first.years.add(2020);
    first.periods.add('2020-Q1');
    const window = first.windows[0];
    if (window) window.start = '2000-01-01';
    first.windows.push({ start: '2001-01-01', end: '2001-02-01' });
    first.impliedYear = true;
    const again = recognize(text, cat, 'content');
    expect(again).not.toBe(first);
    expect(again).toEqual(want);
  });

  it('remembers what a text says per catalogue and per source (file name or content)', () => {
    const all = prepareCatalogue(freshCatalogue());
    const withoutBinhSon = prepareCatalogue({ ...seedCatalogue(), districts: seedCatalogue().districts.filter((d) => d.code !== '524') });
    const unit = 'Ban Dân vận Huyện ủy Bình Sơn';
    for (let i = 0; i < 2; i++) {
      expect([...recognize(unit, all, 'content').districts]).toEqual(['524']);
      expect([...recognize(unit, withoutBinhSon, 'content').districts]).toEqual([]);
    }
    // A title naming only a year says "year report" in a workbook, not in a file name.
    const yearOnly = 'BÁO CÁO CÔNG TÁC DÂN VẬN NĂM 2021';
    for (let i = 0; i < 2; i++) {
      expect(recognize(yearOnly, all, 'content').impliedYear).toBe(true);
      expect(recognize(yearOnly, all, 'filename').impliedYear).toBe(false);
    }
  });

  it('gives the table read with the period the same rows as a fresh reading, whatever the caller did to the draft', async () => {
    const file = path.join(CASES, 'heading-year-report-quy-iv-ca-nam.xlsx');
    const cat = prepareCatalogue(freshCatalogue());
    const freshTable = async (period: string | null) => {
      const hits = locateTable(await gridsOf(file), cat);
      if (!hits) throw new Error('no table');
      return buildTable(outlineTable(hits, cat), period);
    };
    const wantDraft = await freshTable(null);
    const wantYear = await freshTable('2021-Y');
    // The period changes which columns hold figures, so both readings are really exercised.
    expect(wantYear.periodCol).not.toBe(wantDraft.periodCol);

    const hits = locateTable(await gridsOf(file), cat);
    if (!hits) throw new Error('no table');
    const outline = outlineTable(hits, cat);
    const draft = buildTable(outline, null);
    expect(draft).toEqual(wantDraft);
    const row = draft.rows[0];
    if (row) row.row = 999;
    draft.rows.pop();
    draft.findings.push({ code: 'row_missing', severity: 'warning', sheet: 'x', cell: null, message: 'x' });
    draft.header.rows.push(99);
    draft.header.roles.set(1, 'period');
    expect(buildTable(outline, '2021-Y')).toEqual(wantYear);
    const year = buildTable(outline, '2021-Y');
    for (const f of year.findings) f.message = 'đổi';
    expect(buildTable(outline, '2021-Y')).toEqual(wantYear);
    expect(buildTable(outline, null)).toEqual(wantDraft);
  });

  it('reads a window per catalogue: another plan\'s periods give another answer', () => {
    const window = { start: '2021-06-15', end: '2021-09-14' };
    const plan = prepareCatalogue(freshCatalogue());
    const none = prepareCatalogue({ ...seedCatalogue(), periods: [] });
    for (let i = 0; i < 2; i++) {
      expect(periodOfWindow(window, plan)).toBe('2021-Q3');
      expect(periodOfWindow(window, none)).toBeNull();
    }
  });

  it('tells a row\'s heading from the first segment alone, as the full segmentation would', () => {
    const texts = [
      '1. Kết quả nổi bật: Tổ chức 5 buổi. 2. Hạn chế: Kinh phí ít.\n3. Đề xuất: Hỗ trợ.',
      'Theo Công văn số 5. Đề nghị các xã thực hiện. 2. Hạn chế còn nhiều.',
      '\n\n   \r\nII. Tồn tại, hạn chế',
      'Kết quả: tốt. a) Ưu điểm: nhiều',
      '   ',
      '',
    ];
    for (const t of texts) expect(firstSegment(t)).toBe(segments(t)[0]);
  });

  it('hands out a fresh heading each call: one changed by its caller does not change the next', () => {
    const line = '2. Hạn chế: Kinh phí còn ít.';
    const first = parseHeading(line);
    expect(first).toEqual({ key: 'han_che', inline: 'Kinh phí còn ít.', numbered: true, colon: true });
    if (first) first.inline = 'đổi';
    expect(parseHeading(line)).toEqual({ key: 'han_che', inline: 'Kinh phí còn ít.', numbered: true, colon: true });
  });

  it('judges a Latin-1 word by its font in each workbook, whatever an earlier workbook held', () => {
    const gridWith = (text: string, font: string | null): SheetGrid => {
      const cell: GridCell = { row: 1, col: 1, address: 'A1', value: { t: 's', v: text }, formula: null, rawText: text, encoding: 'unicode', fontName: font, mergeMaster: null, mergeCols: 1, mergeRows: 1 };
      return { name: 'Sheet1', index: 0, state: 'visible', maxRow: 1, maxCol: 1, rows: new Map([[1, new Map([[1, cell]])]]) };
    };
    const read = (font: string | null) => {
      const grid = gridWith('Ghi chó', font);
      const out = convertLegacyText([grid]);
      return { out, text: grid.rows.get(1)?.get(1)?.value };
    };
    const plain = read(null);
    const legacy = read('.VnTime');
    expect(legacy.out.encoding).toBe('tcvn3');
    expect(legacy.text).toEqual({ t: 's', v: 'Ghi chú' });
    expect(read(null)).toEqual(plain);
    expect(read('.VnTime')).toEqual(legacy);
    expect(plain.text).toEqual({ t: 's', v: 'Ghi chó' });
  });
});
