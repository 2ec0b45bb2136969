import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse';
import { cellAt, MAX_COLS, type GridCell, type SheetGrid } from '../../../electron/import/parse/grid';
import { loadXlsxGrids } from '../../../electron/import/parse/load';
import { precheckWorkbook } from '../../../electron/import/precheck';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES } from './fixtures';
import { objectModelGrids } from './helpers/object-model-grids';

/**
 * The .xlsx grids read from exceljs' reconciled model (model-grid.ts) are the grids readGrid read
 * from the Workbook exceljs built from that model, for every .xlsx fixture the precheck accepts
 * (samples, corpora, cases) and for the grid cases (tests/fixtures/cases/build-grid.ts): same
 * sheets in the same order, same cells in the same order, same values (Dates included), fonts,
 * formulas and merges; a file exceljs refused is refused with the same error.
 */

const CASES = path.join(FIXTURES, 'cases');

function xlsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return xlsxFiles(full);
    return /\.xls[xm]$/i.test(e.name) ? [full] : [];
  });
}

/** A grid as plain data in its own order: rows in the order kept, cells in the order kept. */
const ordered = (g: SheetGrid) => ({ ...g, rows: [...g.rows].map(([r, cells]) => [r, [...cells].map(([c, cell]) => [c, cell])]) });

type Read = { ok: true; grids: ReturnType<typeof ordered>[] } | { ok: false; error: string };

async function both(file: string): Promise<{ model: Read; objects: Read } | null> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const pre = precheckWorkbook(bytes, {}, 'full');
  if (!pre.ok || pre.format !== 'xlsx') return null;
  const attempt = async (read: () => Promise<SheetGrid[]>): Promise<Read> => {
    try {
      return { ok: true, grids: (await read()).map(ordered) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  return {
    model: await attempt(() => loadXlsxGrids(pre.parts, bytes)),
    objects: await attempt(() => objectModelGrids(pre.parts, bytes)),
  };
}

const FILES = xlsxFiles(FIXTURES).map((f) => path.relative(FIXTURES, f)).sort();
const compared: string[] = [];

describe('model grids: every .xlsx fixture reads as through exceljs object model', () => {
  it('finds the fixtures (samples, corpora, cases)', () => {
    expect(FILES.length).toBeGreaterThan(300);
    for (const dir of ['samples', 'corpora', 'cases']) expect(FILES.some((f) => f.startsWith(`${dir}/`)), dir).toBe(true);
  });

  it.each(FILES)('%s', async (file) => {
    const r = await both(path.join(FIXTURES, file));
    if (!r) return;
    compared.push(file);
    expect(r.model).toStrictEqual(r.objects);
  });

  it('compared the files the precheck accepts, the refused-by-exceljs ones included', () => {
    expect(compared.length).toBeGreaterThan(300);
    for (const dir of ['samples/', 'corpora/exceljs/', 'corpora/hostile/', 'cases/quarter-q2/']) expect(compared.some((f) => f.startsWith(dir)), dir).toBe(true);
    expect(compared).toEqual(expect.arrayContaining(['cases/grid-overlapping-merges.xlsx', 'cases/grid-sheet-order-differs-from-files.xlsx']));
  });
});

const grids = async (name: string): Promise<SheetGrid[]> => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CASES, name)));
  const pre = precheckWorkbook(bytes, {}, 'full');
  if (!pre.ok) throw new Error(`${name}: ${pre.rejection.code}`);
  return loadXlsxGrids(pre.parts, bytes);
};
const at = (g: SheetGrid | undefined, row: number, col: number): GridCell | undefined => (g ? cellAt(g, row, col) : undefined);

describe('model grids: the grid cases', () => {
  it('a merge whose master is empty: the master is absent, its covered cells (values of their own dropped) point at it', async () => {
    const [g] = await grids('grid-merge-empty-master.xlsx');
    expect(at(g, 1, 1)).toBeUndefined();
    for (const [r, c] of [[1, 2], [1, 3], [2, 1], [2, 2], [2, 3]] as const) expect(at(g, r, c), `${r},${c}`).toMatchObject({ mergeMaster: 'A1', value: { t: 'none' } });
    expect(at(g, 1, 4)).toMatchObject({ value: { t: 's', v: 'Số buổi tuyên truyền' }, mergeCols: 2, mergeRows: 1 });
    expect(at(g, 4, 1)).toMatchObject({ mergeCols: 1, mergeRows: 3 });
  });

  it('merges past the kept region are clipped to it; one starting past it leaves nothing', async () => {
    const [g] = await grids('grid-merge-past-max-cols.xlsx');
    expect(at(g, 3, 57)).toMatchObject({ address: 'BE3', mergeCols: MAX_COLS - 57 + 1, mergeRows: 1 });
    expect(at(g, 3, 60)).toMatchObject({ mergeMaster: 'BE3' });
    expect(g?.rows.get(3)?.has(61)).toBe(false);
    expect(g?.rows.has(5)).toBe(false);
    expect(at(g, 2999, 1)).toMatchObject({ mergeCols: 2, mergeRows: 2 });
    expect(g?.rows.has(3001)).toBe(false);
    expect(g).toMatchObject({ maxRow: 3000, maxCol: MAX_COLS });
  });

  it('merge references other programs write: absolute and reversed ones span, one with a row 0 is the single A1', async () => {
    const [g] = await grids('grid-merge-odd-ranges.xlsx');
    expect(at(g, 7, 2)).toMatchObject({ mergeCols: 2, mergeRows: 2 });
    expect(at(g, 3, 6)).toMatchObject({ mergeCols: 2, mergeRows: 2 });
    expect(at(g, 1, 4)).toMatchObject({ mergeMaster: null, mergeCols: 1, value: { t: 's', v: 'Số buổi tuyên truyền' } });
    expect(at(g, 2, 5)).toBeUndefined();
  });

  it('shared formulas keep a cached 0 as 0 (and an absent result as none), with the formula exceljs gives', async () => {
    const [g] = await grids('grid-shared-formula-cached-zero.xlsx');
    expect(at(g, 5, 4)).toMatchObject({ value: { t: 'n', v: 0 }, formula: 'B5*C5' });
    expect(at(g, 6, 4)).toMatchObject({ value: { t: 'n', v: 6 }, formula: 'D5' });
    expect(at(g, 7, 4)).toMatchObject({ value: { t: 'n', v: 0 }, formula: 'D5' });
    expect(at(g, 8, 4)).toMatchObject({ value: { t: 'none' }, formula: 'D5' });
    expect(at(g, 8, 6)?.value).toEqual({ t: 's', v: 'ab' });
    expect(at(g, 8, 7)?.value).toEqual({ t: 'e', v: '#DIV/0!' });
    expect(at(g, 8, 8)?.value).toEqual({ t: 'b', v: true });
  });

  it('a formula in a date format carries a Date; a quoted word in a number format does not make a date', async () => {
    const [g] = await grids('grid-date-formula-result.xlsx');
    expect(at(g, 2, 1)).toMatchObject({ value: { t: 'd', v: new Date('2021-09-14T00:00:00Z') }, formula: 'DATE(2021,9,14)' });
    expect(at(g, 2, 3)?.value).toEqual({ t: 'd', v: new Date('2021-09-14T18:00:00Z') });
    expect(at(g, 3, 1)?.value).toEqual({ t: 'n', v: 12 });
    expect(at(g, 3, 2)).toMatchObject({ value: { t: 'none' }, formula: 'TODAY()' });
  });

  it('rich text: the first run font wins over the cell font; runs without one leave the cell font', async () => {
    const [g] = await grids('grid-rich-text-run-font.xlsx');
    expect(at(g, 1, 2)).toMatchObject({ value: { t: 's', v: 'Sè buæi tuyªn truyÒn' }, fontName: '.VnTime' });
    expect(at(g, 1, 3)).toMatchObject({ value: { t: 's', v: 'Không có phông riêng, chỉ in nghiêng' }, fontName: '.VnTime' });
    expect(at(g, 1, 5)).toMatchObject({ value: { t: 's', v: ' có khoảng trắng ' }, fontName: null });
    expect(at(g, 2, 1)).toMatchObject({ value: { t: 's', v: 'Vaên baûn' }, fontName: 'VNI-Times' });
    expect(at(g, 2, 3)).toMatchObject({ value: { t: 'n', v: 3 }, fontName: null });
  });

  it('hidden and very hidden sheets keep their state', async () => {
    expect((await grids('grid-hidden-and-very-hidden-sheets.xlsx')).map((g) => [g.name, g.state, g.index])).toEqual([
      ['Báo cáo', 'visible', 0],
      ['_phdv', 'veryHidden', 1],
      ['Nháp', 'hidden', 2],
    ]);
  });

  it('sheets come in workbook.xml order, not in the order of their files, past a sheet whose part is gone', async () => {
    const gs = await grids('grid-sheet-order-differs-from-files.xlsx');
    expect(gs.map((g) => [g.name, at(g, 2, 2)?.value])).toEqual([
      ['Báo cáo', { t: 'n', v: 3 }],
      ['Thuyết minh', { t: 'n', v: 1 }],
      ['Ghi chú', { t: 'n', v: 2 }],
    ]);
  });

  it('a cell without an address is the next column; a repeated row keeps its second', async () => {
    const [g] = await grids('grid-cells-without-address-and-repeated-rows.xlsx');
    expect([...(g?.rows.keys() ?? [])]).toEqual([2, 4, 6]);
    expect([...(g?.rows.get(4)?.keys() ?? [])]).toEqual([2, 3]);
    expect(at(g, 2, 4)?.value).toEqual({ t: 'e', v: 'NaN' });
  });

  for (const [name, message] of [
    ['grid-overlapping-merges.xlsx', 'Cannot merge already merged cells'],
    ['grid-row-without-number.xlsx', 'Invalid row number in model'],
    ['grid-sheet-name-over-31-chars.xlsx', 'Worksheet name already exists'],
  ] as const) {
    it(`${name}: refused as corrupt with exceljs' own reason, as before`, async () => {
      const out = await parseWorkbook(new Uint8Array(fs.readFileSync(path.join(CASES, name))), name, seedCatalogue());
      expect(out).toMatchObject({ ok: false, rejection: { code: 'corrupt', detail: expect.stringContaining(message) } });
    });
  }

  it('files read one after another give what each gives alone (nothing carried over between files)', async () => {
    const alone = await grids('grid-merge-empty-master.xlsx');
    await grids('grid-merge-past-max-cols.xlsx');
    await grids('grid-rich-text-run-font.xlsx');
    expect((await grids('grid-merge-empty-master.xlsx')).map(ordered)).toStrictEqual(alone.map(ordered));
  });
});
