import type { Borders, Font, Worksheet } from 'exceljs';
import type { DocumentInput } from '../../shared/domain/documents';
import { annexModel, INCOMPLETE_MARK, JOINT_MARK, NO_FIGURE, UNIT_COLUMN_LABELS, UNIT_COLUMN_ORDER, type AnnexIndicatorRow, type AnnexModel } from './annex-model';
import { DRAFT_MARK, draftNoteLines } from './draft-mark';
import { nfc } from './format';
import { landscapeBox } from './page';
import { loadExcelJs } from '../lazy-exceljs';

/**
 * The annex as an Excel workbook: the same table as the Word annex (annex-model.ts), with real
 * numbers in the cells so the sections can go on calculating, the header frozen and repeated on
 * every printed page, A4 landscape one page wide.
 */

/** Excel's paperSize code for A4. */
const PAPER_A4 = 9;
export const ANNEX_SHEET_NAME = 'Phụ lục';
/** Rows of the two-row table header. */
export const HEADER_FIRST_ROW = 5;
export const FIRST_DATA_ROW = HEADER_FIRST_ROW + 2;
/** Columns: TT, Mã, Nội dung, Đơn vị tính, then two per district, then Tổng cộng. */
export const FIRST_DISTRICT_COL = 5;

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** The separators are placeholders Excel fills from the reader's locale: 1.250 and 12,5 on a Vietnamese Windows. */
const WHOLE = '#,##0';
const DECIMAL = '#,##0.0##';
const inches = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

export const totalColumn = (districtCount: number): number => FIRST_DISTRICT_COL + 2 * districtCount;

function put(ws: Worksheet, row: number, col: number, value: string | number | null, font: Partial<Font>, align: 'left' | 'center' = 'center'): void {
  const c = ws.getCell(row, col);
  c.value = typeof value === 'string' ? nfc(value) : value;
  c.font = font;
  c.border = BOX;
  c.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  if (typeof value === 'number') c.numFmt = Number.isInteger(value) ? WHOLE : DECIMAL;
}

function title(ws: Worksheet, row: number, lastCol: number, text: string, font: Partial<Font>): void {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = nfc(text);
  c.font = font;
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function header(ws: Worksheet, model: AnnexModel, f: (extra?: Partial<Font>) => Partial<Font>): void {
  const r = HEADER_FIRST_ROW;
  const last = totalColumn(model.districts.length);
  const spanDown = (col: number, text: string) => {
    ws.mergeCells(r, col, r + 1, col);
    put(ws, r, col, text, f({ bold: true }));
  };
  spanDown(1, 'TT');
  spanDown(2, 'Mã');
  spanDown(3, 'Nội dung');
  spanDown(4, 'Đơn vị tính');
  model.districts.forEach((d, i) => {
    const col = FIRST_DISTRICT_COL + 2 * i;
    ws.mergeCells(r, col, r, col + 1);
    put(ws, r, col, d.incomplete ? `${d.name} ${INCOMPLETE_MARK}` : d.name, f({ bold: true }));
    UNIT_COLUMN_ORDER.forEach((u, k) => put(ws, r + 1, col + k, UNIT_COLUMN_LABELS[u], f({ bold: true })));
  });
  spanDown(last, 'Tổng cộng');
  ws.getRow(r).height = 30;
}

const figure = (v: number | null): number | string => (v === null ? NO_FIGURE : v);

function indicatorRow(ws: Worksheet, row: number, r: AnnexIndicatorRow, f: (extra?: Partial<Font>) => Partial<Font>): void {
  put(ws, row, 1, r.stt, f());
  put(ws, row, 2, r.indicator.code, f());
  put(ws, row, 3, r.joint ? `${r.indicator.label} ${JOINT_MARK}` : r.indicator.label, f(), 'left');
  put(ws, row, 4, r.indicator.unit, f());
  r.cells.forEach((c, i) => {
    const col = FIRST_DISTRICT_COL + 2 * i;
    if (c.joint) {
      put(ws, row, col, figure(c.bdv), f());
      put(ws, row, col + 1, figure(c.qs), f());
    } else {
      ws.mergeCells(row, col, row, col + 1);
      put(ws, row, col, figure(c.value), f());
    }
  });
  put(ws, row, totalColumn(r.cells.length), figure(r.total), f({ bold: true }));
}

export async function buildAnnexWorkbook(input: DocumentInput): Promise<Uint8Array> {
  const model = annexModel(input);
  const fontName = input.settings.page.fontFamily;
  const f = (extra: Partial<Font> = {}): Partial<Font> => ({ name: fontName, size: 11, ...extra });
  const Excel = await loadExcelJs();
  const wb = new Excel.Workbook();
  wb.creator = nfc(`${input.settings.bdv.name} – ${input.settings.qs.name}`);
  const ws = wb.addWorksheet(ANNEX_SHEET_NAME);
  const last = totalColumn(model.districts.length);

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 7;
  ws.getColumn(3).width = 48;
  ws.getColumn(4).width = 11;
  for (let c = FIRST_DISTRICT_COL; c < last; c++) ws.getColumn(c).width = 8;
  ws.getColumn(last).width = 12;

  title(ws, 1, last, model.title, f({ bold: true, size: 13 }));
  title(ws, 2, last, model.subtitle, f({ bold: true, size: 12 }));
  title(ws, 3, last, model.attachedTo, f({ italic: true }));
  // Row 4 is the gap above the table: a draft says so there, and in the header of every printed page.
  if (input.draft) title(ws, 4, last, DRAFT_MARK, f({ bold: true, size: 13, color: { argb: 'FFC00000' } }));
  header(ws, model, f);

  let row = FIRST_DATA_ROW;
  for (const r of model.rows) {
    if (r.kind === 'area') {
      put(ws, row, 1, r.stt, f({ bold: true }));
      ws.mergeCells(row, 2, row, last);
      put(ws, row, 2, r.title, f({ bold: true }), 'left');
    } else indicatorRow(ws, row, r, f);
    row++;
  }
  row++;
  for (const note of [...model.notes, ...(input.draft ? draftNoteLines(input.draft) : [])]) {
    ws.mergeCells(row, 1, row, last);
    const c = ws.getCell(row, 1);
    c.value = nfc(note);
    c.font = f({ italic: true, size: 10 });
    c.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 28;
    row++;
  }

  const box = landscapeBox(input.settings.page);
  ws.views = [{ state: 'frozen', xSplit: 4, ySplit: FIRST_DATA_ROW - 1 }];
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: inches(box.top), right: inches(box.right), bottom: inches(box.bottom), left: inches(box.left), header: inches(box.top / 2), footer: inches(box.bottom / 2) },
    printTitlesRow: `${HEADER_FIRST_ROW}:${FIRST_DATA_ROW - 1}`,
    printArea: `A1:${ws.getColumn(last).letter}${row - 1}`,
  };
  ws.headerFooter = { ...(input.draft ? { oddHeader: `&R&"${fontName},Bold"&12${DRAFT_MARK}` } : {}), oddFooter: `&C&"${fontName},Regular"&10Trang &P/&N` };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
