import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SHEET } from '../../../electron/forms/layout';
import { IDENTITY_KEYS, IDENTITY_SHEET, NARRATIVE_KEYS, NARRATIVE_TITLES } from '../../../shared/domain/form';
import { indicatorsFor, type UnitType } from '../../../shared/domain/plan';
import { buildFor, district, load, rowWhere, seed, tableRows, text } from './form-fixture';

const forms = new Map<UnitType, ExcelJS.Workbook>();
beforeAll(async () => {
  for (const t of ['BDV', 'QS'] as const) forms.set(t, await load(await buildFor(t)));
});

const report = (t: UnitType): ExcelJS.Worksheet => {
  const ws = forms.get(t)?.getWorksheet(REPORT_SHEET);
  if (!ws) throw new Error(`no "${REPORT_SHEET}" sheet in the ${t} form`);
  return ws;
};

const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
/** Excel's default for a cell with no protection element is locked. */
const isLocked = (ws: ExcelJS.Worksheet, address: string) => ws.getCell(address).protection?.locked !== false;

describe.each(['BDV', 'QS'] as const)('blank form for 524-%s, 2021-Q2', (unitType) => {
  const unitName = unitType === 'BDV' ? district('524').boardUnit : district('524').militaryUnit;
  const expectedCodes = indicatorsFor(seed.indicators, unitType).map((i) => i.code);

  it('has the visible report sheet first and the identity sheet very hidden, protected, with its six values', () => {
    const wb = forms.get(unitType)!;
    expect(wb.worksheets.map((w) => w.name)).toEqual([REPORT_SHEET, IDENTITY_SHEET]);
    expect(report(unitType).state).toBe('visible');
    const id = wb.getWorksheet(IDENTITY_SHEET)!;
    expect(id.state).toBe('veryHidden');
    expect(protectionOf(id)?.sheet).toBe(true);
    expect(IDENTITY_KEYS.map((_, i) => id.getCell(`A${i + 1}`).value)).toEqual([...IDENTITY_KEYS]);
    expect(IDENTITY_KEYS.map((_, i) => id.getCell(`B${i + 1}`).value)).toEqual(['PHDV-BCQ', 1, 2021, '524', unitType, '2021-Q2']);
  });

  it('names the unit and the period in the title and identification block, leaving the clerk fields empty', () => {
    const ws = report(unitType);
    expect(text(ws, 'A1')).toBe(unitName.toLocaleUpperCase('vi'));
    expect(rowWhere(ws, 'A', (s) => s === 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHỐI HỢP CÔNG TÁC DÂN VẬN')).not.toBeNull();
    const value = (label: string) => {
      const row = rowWhere(ws, 'A', (s) => s === label);
      if (row === null) throw new Error(`no "${label}" line`);
      return ws.getCell(`C${row}`).value;
    };
    expect(value('Đơn vị báo cáo:')).toBe(unitName);
    expect(value('Loại đơn vị:')).toContain(`(${unitType})`);
    expect(value('Kỳ báo cáo:')).toBe('Quý II năm 2021');
    for (const clerk of ['Ngày báo cáo:', 'Người lập:', 'Điện thoại:']) expect(value(clerk)).toBeNull();
  });

  it('lists exactly the indicators this unit type reports, in catalogue order, under headings I … VI', () => {
    const ws = report(unitType);
    const codes = tableRows(ws).map((r) => r.code);
    expect(codes).toEqual(expectedCodes);
    const qsOnly = seed.indicators.filter((i) => i.reportedBy === 'QS').map((i) => i.code);
    expect(qsOnly).toEqual(expect.arrayContaining(['LV01', 'GN08', 'DK03']));
    for (const code of qsOnly) expect(codes.includes(code)).toBe(unitType === 'QS');

    const header = rowWhere(ws, 'B', (s) => s === 'Mã chỉ tiêu')!;
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => text(ws, `${c}${header}`))).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Nội dung',
      'Đơn vị tính',
      'Thực hiện trong kỳ',
      'Lũy kế từ đầu năm',
      'Ghi chú',
    ]);
    const numerals: string[] = [];
    for (let r = header + 1; r <= ws.rowCount; r++) if (/^[IVX]+$/.test(text(ws, `A${r}`))) numerals.push(text(ws, `A${r}`));
    expect(numerals).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const first = rowWhere(ws, 'A', (s) => s === 'I')!;
    expect(text(ws, `B${first}`)).toBe(seed.areas[0]!.title);
    // Label and unit come from the catalogue, STT restarts in each area.
    const tt01 = tableRows(ws)[0]!;
    expect([ws.getCell(`A${tt01.row}`).value, text(ws, `C${tt01.row}`), text(ws, `D${tt01.row}`)]).toEqual([1, seed.indicators[0]!.label, 'buổi']);
    const gn01 = tableRows(ws).find((r) => r.code === 'GN01')!;
    expect(ws.getCell(`A${gn01.row}`).value).toBe(1);
  });

  it('validates figure cells: whole numbers ≥ 0, decimals ≥ 0 for money, blank allowed, Vietnamese messages', () => {
    const ws = report(unitType);
    for (const { code, row } of tableRows(ws)) {
      const kind = seed.indicators.find((i) => i.code === code)!.kind;
      for (const c of ['E', 'F']) {
        const dv = ws.getCell(`${c}${row}`).dataValidation;
        expect(dv, `${code} ${c}${row}`).toMatchObject({
          type: kind === 'money' ? 'decimal' : 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: 'stop',
        });
        expect(dv.error).toMatch(kind === 'money' ? /triệu đồng/ : /số nguyên không âm/);
        expect(dv.errorTitle!.length).toBeLessThanOrEqual(32);
        expect(dv.promptTitle!.length).toBeLessThanOrEqual(32);
        expect(ws.getCell(`${c}${row}`).numFmt).toBe(kind === 'money' ? '#,##0.0##' : '#,##0');
        expect(ws.getCell(`${c}${row}`).value).toBeNull();
      }
    }
    const moneyRows = tableRows(ws).filter((r) => seed.indicators.find((i) => i.code === r.code)!.kind === 'money');
    expect(moneyRows.map((r) => r.code)).toEqual(['GN02', 'GN06', 'GN09', 'LV07']);
  });

  it('locks labels and headings, unlocks the cells to fill in, and protects the sheet without a password', () => {
    const ws = report(unitType);
    const prot = protectionOf(ws);
    expect(prot?.sheet).toBe(true);
    expect(prot?.hashValue).toBeUndefined();
    // exceljs reads an allowed action as true and a forbidden one (the file's default) as undefined.
    expect([prot?.insertRows, prot?.deleteRows, prot?.insertColumns, prot?.deleteColumns, prot?.formatCells]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(prot?.formatRows).toBe(true);

    const header = rowWhere(ws, 'B', (s) => s === 'Mã chỉ tiêu')!;
    const locked: string[] = ['A1', `A${header}`, `C${header}`, `E${header}`];
    const unlocked: string[] = [];
    for (const { row } of tableRows(ws)) {
      locked.push(`A${row}`, `B${row}`, `C${row}`, `D${row}`);
      unlocked.push(`E${row}`, `F${row}`, `G${row}`);
    }
    locked.push(`B${rowWhere(ws, 'A', (s) => s === 'I')!}`);
    for (const label of ['Đơn vị báo cáo:', 'Loại đơn vị:', 'Kỳ báo cáo:']) {
      const r = rowWhere(ws, 'A', (s) => s === label)!;
      locked.push(`A${r}`, `C${r}`);
    }
    for (const label of ['Ngày báo cáo:', 'Người lập:', 'Điện thoại:']) {
      const r = rowWhere(ws, 'A', (s) => s === label)!;
      locked.push(`A${r}`);
      unlocked.push(`C${r}`);
    }
    NARRATIVE_KEYS.forEach((key, i) => {
      const r = rowWhere(ws, 'A', (s) => s === `${i + 1}. ${NARRATIVE_TITLES[key]}:`)!;
      locked.push(`A${r}`);
      unlocked.push(`A${r + 1}`);
    });
    expect(locked.filter((a) => !isLocked(ws, a))).toEqual([]);
    expect(unlocked.filter((a) => isLocked(ws, a))).toEqual([]);
  });

  it('has the four narrative headings, each over a tall empty input merged across the table width', () => {
    const ws = report(unitType);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    let previous = rowWhere(ws, 'B', (s) => s === 'BD04')!;
    NARRATIVE_KEYS.forEach((key, i) => {
      const heading = `${i + 1}. ${NARRATIVE_TITLES[key]}:`;
      const r = rowWhere(ws, 'A', (s) => s === heading);
      expect(r, heading).not.toBeNull();
      expect(r!).toBeGreaterThan(previous);
      expect(ws.getCell(`A${r! + 1}`).value).toBeNull();
      expect(merges).toContain(`A${r! + 1}:G${r! + 1}`);
      expect(ws.getRow(r! + 1).height).toBeGreaterThanOrEqual(100);
      expect(ws.getCell(`A${r! + 1}`).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      previous = r! + 1;
    });
  });

  it('prints on A4 portrait, one page wide, repeating the table header row, with Times New Roman text', () => {
    const ws = report(unitType);
    const header = rowWhere(ws, 'B', (s) => s === 'Mã chỉ tiêu')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    for (const m of ['left', 'right', 'top', 'bottom'] as const) {
      expect(ws.pageSetup.margins![m]).toBeGreaterThanOrEqual(0.3);
      expect(ws.pageSetup.margins![m]).toBeLessThanOrEqual(1.2);
    }
    const lastCode = tableRows(ws).at(-1)!;
    for (const a of ['A1', `C${header}`, `C${lastCode.row}`, `E${lastCode.row}`]) expect(ws.getCell(a).font?.name, a).toBe('Times New Roman');
    expect(ws.getCell(`C${lastCode.row}`).alignment?.wrapText).toBe(true);
    expect(ws.getColumn('C').width).toBeGreaterThanOrEqual(40);
  });

  it('gives wrapped labels taller rows, since a protected sheet cannot grow them when printed', () => {
    const ws = report(unitType);
    const heights = tableRows(ws).map(({ code, row }) => ({ code, height: ws.getRow(row).height }));
    expect(heights.every((h) => typeof h.height === 'number' && h.height >= 15)).toBe(true);
    const of = (code: string) => heights.find((h) => h.code === code)!.height;
    // TT05's label is over a hundred characters, TT02's about thirty.
    expect(of('TT05')).toBeGreaterThan(of('TT02'));
  });
});

describe('blank form periods', () => {
  it('names six-month and year periods the way documents do', async () => {
    const h1 = (await load(await buildFor('BDV', '531', '2021-H1'))).getWorksheet(REPORT_SHEET)!;
    expect(text(h1, 'A3')).toBe('6 tháng đầu năm 2021');
    const y = (await load(await buildFor('QS', '531', '2021-Y'))).getWorksheet(REPORT_SHEET)!;
    expect(text(y, 'A3')).toBe('Năm 2021');
    expect(text(y, 'A1')).toBe('BAN CHỈ HUY QUÂN SỰ HUYỆN MINH LONG');
  });
});
