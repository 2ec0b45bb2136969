import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { annexModel, cellText, INCOMPLETE_MARK, isJoint, JOINT_MARK, NO_FIGURE } from '../../../electron/documents/annex-model';
import { ANNEX_SHEET_NAME, codeColumn, FIRST_DATA_ROW, FIRST_DISTRICT_COL, HEADER_FIRST_ROW, LABEL_COL, totalColumn } from '../../../electron/documents/annex-xlsx';
import type { DocumentInput } from '../../../shared/domain/documents';
import type { Indicator } from '../../../shared/domain/plan';
import { DISAGREEMENT, documentInput, UNREPORTED_CODE } from '../../helpers/document-input';
import { attrs, bodyText, readParts, rowXml, sections, tableRows } from './docx-parts';

/**
 * The annex, in Word and in Excel: indicator × district, BDV and QS side by side for joint
 * indicators, the totals column equal to figures.province and the district cells to
 * figures.districts, missing reports marked and explained.
 */

const unitValue = (input: DocumentInput, district: string, unitType: 'BDV' | 'QS', code: string) =>
  input.figures.units.find((u) => u.districtCode === district && u.unitType === unitType)?.values[code] ?? null;
const districtValue = (input: DocumentInput, district: string, code: string) => input.figures.districts.find((d) => d.districtCode === district)?.values[code] ?? null;

/** What the district columns of an indicator's row must show, left to right. */
const expectedDistrictCells = (input: DocumentInput, ind: Indicator): string[] =>
  input.districts.flatMap((d) => (isJoint(ind) ? [cellText(unitValue(input, d.code, 'BDV', ind.code)), cellText(unitValue(input, d.code, 'QS', ind.code))] : [cellText(districtValue(input, d.code, ind.code))]));

describe('the Word annex', () => {
  let input: DocumentInput;
  let doc = '';
  beforeAll(async () => {
    input = documentInput({ kind: 'annex' });
    doc = (await readParts(await buildDocument(input)))['word/document.xml'] ?? '';
  });

  it('is one landscape A4 section with a title naming the period and the report it goes with', () => {
    expect(sections(doc)).toHaveLength(1);
    expect(attrs(sections(doc)[0]!, 'w:pgSz')).toMatchObject({ w: '16838', h: '11906', orient: 'landscape' });
    const text = bodyText(doc);
    expect(text.startsWith('PHỤ LỤC\nSỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHỐI HỢP CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2021\n(Kèm theo Báo cáo số')).toBe(true);
    expect(text).toContain('-BC/BDVTU-BCHQS, ngày 15 tháng 6 năm 2021 của Ban Dân vận Tỉnh ủy Quảng Ngãi và Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi)');
  });

  it('has a two-row header repeated on every page: districts over BDV | QS sub-columns, missing ones marked', () => {
    const rows = rowXml(doc);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('<w:tblHeader/>');
    expect(rows[2]).not.toContain('<w:tblHeader/>');
    const grid = [...doc.matchAll(/<w:gridCol /g)].length;
    expect(grid).toBe(3 + 2 * input.districts.length + 1);
    const [first, second] = tableRows(doc);
    const incomplete = new Set(input.figures.missing.map((m) => m.districtCode));
    expect(first).toEqual(['TT', 'Nội dung', 'Đơn vị tính', ...input.districts.map((d) => (incomplete.has(d.code) ? `${d.name}${INCOMPLETE_MARK}` : d.name)), 'Tổng cộng']);
    // The cells merged down from the first row come back as empty continuation cells.
    expect(second).toEqual(['', '', '', ...input.districts.flatMap(() => ['BDV', 'QS']), '']);
  });

  it('prints each indicator\'s district figures and the province total exactly as the figures give them', () => {
    const rows = tableRows(doc);
    for (const ind of input.indicators) {
      const label = isJoint(ind) ? `${ind.label} ${JOINT_MARK}` : ind.label;
      const row = rows.find((r) => r[1] === label);
      expect(row, ind.code).toBeDefined();
      expect(row!.slice(2, -1), ind.code).toEqual([ind.unit, ...expectedDistrictCells(input, ind)]);
      expect(row!.at(-1), ind.code).toBe(cellText(input.figures.province.byIndicator[ind.code]));
    }
  });

  it('groups the rows under the content areas, in order', () => {
    const rows = tableRows(doc);
    const areaRows = rows.filter((r) => r.length === 2);
    expect(areaRows).toEqual(input.areas.map((a, i) => [['I', 'II', 'III', 'IV', 'V', 'VI'][i], a.title]));
  });

  it('shows both sides of a disagreement, the settled figure in the total, and x where nothing was reported', () => {
    const rows = tableRows(doc);
    const ind = input.indicators.find((i) => i.code === DISAGREEMENT.code)!;
    const row = rows.find((r) => r[1] === `${ind.label} ${JOINT_MARK}`)!;
    const at = 3 + 2 * input.districts.findIndex((d) => d.code === DISAGREEMENT.districtCode);
    expect(Number(row[at]!.replace(/\./g, '')) - Number(row[at + 1]!.replace(/\./g, ''))).toBe(DISAGREEMENT.qsLess * input.figures.quarters.length);
    const unreported = rows.find((r) => r[1] === input.indicators.find((i) => i.code === UNREPORTED_CODE)!.label)!;
    expect(new Set(unreported.slice(3))).toEqual(new Set([NO_FIGURE]));
  });

  it('explains the marks under the table, naming the missing units', () => {
    const text = bodyText(doc);
    expect(text).toContain(`${JOINT_MARK} Chỉ tiêu do hai đơn vị cùng thực hiện`);
    expect(text).toContain(`${NO_FIGURE}: không có số liệu`);
    expect(text).toContain(`${INCOMPLETE_MARK} Đơn vị chưa gửi báo cáo: Ban Chỉ huy Quân sự huyện Mộ Đức (Quý II năm 2021); Ban Dân vận Huyện ủy Ba Tơ (cả 6 tháng đầu năm 2021).`);
  });

  it('marks nothing when every unit reported', async () => {
    const complete = documentInput({ kind: 'annex', missing: [] });
    const text = bodyText((await readParts(await buildDocument(complete)))['word/document.xml'] ?? '');
    expect(text).not.toContain(INCOMPLETE_MARK);
    expect(annexModel(complete).districts.every((d) => !d.incomplete)).toBe(true);
  });
});

describe('the Excel annex', () => {
  let input: DocumentInput;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    input = documentInput({ kind: 'annex-xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildDocument(input)).buffer as ArrayBuffer);
    ws = wb.getWorksheet(ANNEX_SHEET_NAME)!;
  });

  const rowOf = (code: string) => {
    for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) if (ws.getCell(r, codeColumn(input.districts.length)).value === code) return r;
    throw new Error(`no row for ${code}`);
  };
  const value = (v: number | null) => (v === null ? NO_FIGURE : v);

  it('has the same title and the two header rows, frozen, printed A4 landscape one page wide with the header repeated', () => {
    expect(ws.getCell(1, 1).value).toBe('PHỤ LỤC');
    expect(String(ws.getCell(2, 1).value)).toContain('6 THÁNG ĐẦU NĂM 2021');
    expect(ws.getCell(HEADER_FIRST_ROW, FIRST_DISTRICT_COL).value).toBe(input.districts[0]!.name);
    expect(ws.getCell(HEADER_FIRST_ROW + 1, FIRST_DISTRICT_COL).value).toBe('BDV');
    expect(ws.getCell(HEADER_FIRST_ROW + 1, FIRST_DISTRICT_COL + 1).value).toBe('QS');
    expect(ws.getCell(HEADER_FIRST_ROW, totalColumn(input.districts.length)).value).toBe('Tổng cộng');
    // Frozen: the header rows and the indicator columns (TT, Nội dung, Đơn vị tính).
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: FIRST_DATA_ROW - 1 });
    expect(ws.getCell(HEADER_FIRST_ROW, LABEL_COL).value).toBe('Nội dung');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_FIRST_ROW}:${FIRST_DATA_ROW - 1}` });
    expect(ws.getCell(rowOf('TT01'), LABEL_COL).font?.name).toBe(input.settings.page.fontFamily);
  });

  it('holds real numbers: the totals column is figures.province, district cells figures.districts, joint rows the units\' figures', () => {
    const total = totalColumn(input.districts.length);
    for (const ind of input.indicators) {
      const r = rowOf(ind.code);
      expect(ws.getCell(r, total).value, ind.code).toEqual(value(input.figures.province.byIndicator[ind.code] ?? null));
      input.districts.forEach((d, i) => {
        const col = FIRST_DISTRICT_COL + 2 * i;
        if (isJoint(ind)) {
          expect(ws.getCell(r, col).value, `${ind.code} ${d.code} BDV`).toEqual(value(unitValue(input, d.code, 'BDV', ind.code)));
          expect(ws.getCell(r, col + 1).value, `${ind.code} ${d.code} QS`).toEqual(value(unitValue(input, d.code, 'QS', ind.code)));
        } else {
          expect(ws.getCell(r, col).value, `${ind.code} ${d.code}`).toEqual(value(districtValue(input, d.code, ind.code)));
          expect(ws.getCell(r, col + 1).isMerged).toBe(true);
        }
      });
    }
    expect(typeof ws.getCell(rowOf('TT01'), total).value).toBe('number');
    expect(ws.getCell(rowOf('GN02'), total).numFmt).toMatch(/^#,##0/);
  });

  it('marks the districts with a missing report and explains it below the table', () => {
    const col = FIRST_DISTRICT_COL + 2 * input.districts.findIndex((d) => d.code === '535');
    expect(ws.getCell(HEADER_FIRST_ROW, col).value).toBe(`Ba Tơ ${INCOMPLETE_MARK}`);
    const notes: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith(INCOMPLETE_MARK)) notes.push(v);
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Ban Dân vận Huyện ủy Ba Tơ');
  });
});
