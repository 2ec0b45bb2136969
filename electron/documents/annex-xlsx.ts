import type { Borders, Font, Worksheet } from 'exceljs';
import type { DocumentInput } from '../../shared/domain/documents';
import { annexModel, INCOMPLETE_MARK, JOINT_MARK, NO_FIGURE, UNIT_COLUMN_LABELS, UNIT_COLUMN_ORDER, type AnnexIndicatorRow, type AnnexModel } from './annex-model';
import { DRAFT_MARK, draftNoteLines } from './draft-mark';
import { nfc } from './format';
import JSZip from 'jszip';
import { annexLayout, DEFAULT_FONT_PT, mergedRowHeight, mmToPt } from './annex-print';
import { landscapeBox } from './page';
import { loadExcelJs } from '../lazy-exceljs';

/**
 * The annex as an Excel workbook: the same table as the Word annex (annex-model.ts), with real
 * numbers in the cells so the sections can go on calculating, the header and the indicator
 * columns frozen, the header repeated on every printed page, A4 landscape one page wide at a size
 * that can be read (annex-print.ts sizes the columns for it).
 */

/** Excel's paperSize code for A4. */
const PAPER_A4 = 9;
export const ANNEX_SHEET_NAME = 'Phụ lục';
/** Rows of the two-row table header. */
export const HEADER_FIRST_ROW = 5;
export const FIRST_DATA_ROW = HEADER_FIRST_ROW + 2;
/**
 * Columns: TT, Nội dung, Đơn vị tính, then two per district, then Tổng cộng, and last the
 * indicator's code (Mã), outside the print area: the sections look figures up by it, the printed
 * annex has no room for it (the Word annex has none either).
 */
export const LABEL_COL = 2;
export const FIRST_DISTRICT_COL = 4;

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** The separators are placeholders Excel fills from the reader's locale: 1.250 and 12,5 on a Vietnamese Windows. */
const WHOLE = '#,##0';
const DECIMAL = '#,##0.0##';
const inches = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

export const totalColumn = (districtCount: number): number => FIRST_DISTRICT_COL + 2 * districtCount;
export const codeColumn = (districtCount: number): number => totalColumn(districtCount) + 1;

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

function header(ws: Worksheet, model: AnnexModel, f: (extra?: Partial<Font>) => Partial<Font>, sizePt: number): void {
  const r = HEADER_FIRST_ROW;
  const last = totalColumn(model.districts.length);
  const spanDown = (col: number, text: string) => {
    ws.mergeCells(r, col, r + 1, col);
    put(ws, r, col, text, f({ bold: true }));
  };
  spanDown(1, 'TT');
  spanDown(LABEL_COL, 'Nội dung');
  spanDown(LABEL_COL + 1, 'Đơn vị tính');
  model.districts.forEach((d, i) => {
    const col = FIRST_DISTRICT_COL + 2 * i;
    ws.mergeCells(r, col, r, col + 1);
    put(ws, r, col, d.incomplete ? `${d.name} ${INCOMPLETE_MARK}` : d.name, f({ bold: true }));
    UNIT_COLUMN_ORDER.forEach((u, k) => put(ws, r + 1, col + k, UNIT_COLUMN_LABELS[u], f({ bold: true })));
  });
  spanDown(last, 'Tổng cộng');
  spanDown(last + 1, 'Mã');
  // "Đơn vị tính" wraps to three lines in its narrow column.
  ws.getRow(r).height = Math.ceil(3 * sizePt * 1.3 + 3);
}

const figure = (v: number | null): number | string => (v === null ? NO_FIGURE : v);

function indicatorRow(ws: Worksheet, row: number, r: AnnexIndicatorRow, f: (extra?: Partial<Font>) => Partial<Font>): void {
  put(ws, row, 1, r.stt, f());
  put(ws, row, LABEL_COL, r.joint ? `${r.indicator.label} ${JOINT_MARK}` : r.indicator.label, f(), 'left');
  put(ws, row, LABEL_COL + 1, r.indicator.unit, f());
  put(ws, row, codeColumn(r.cells.length), r.indicator.code, f());
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
  const box = landscapeBox(input.settings.page);
  const layout = annexLayout(model, mmToPt(box.widthMm - box.left - box.right));
  const size = layout.sizePt;
  const f = (extra: Partial<Font> = {}): Partial<Font> => ({ name: fontName, size, ...extra });
  const Excel = await loadExcelJs();
  const wb = new Excel.Workbook();
  wb.creator = nfc(`${input.settings.bdv.name} – ${input.settings.qs.name}`);
  const ws = wb.addWorksheet(ANNEX_SHEET_NAME);
  const last = totalColumn(model.districts.length);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const titles: [string, Partial<Font>][] = [
    [model.title, f({ bold: true, size: size + 3 })],
    [model.subtitle, f({ bold: true, size: size + 2 })],
    [model.attachedTo, f({ italic: true, size: size + 1 })],
  ];
  titles.forEach(([text, font], i) => {
    title(ws, 1 + i, last, text, font);
    ws.getRow(1 + i).height = mergedRowHeight(text, font.size ?? size, layout.totalPt, !!font.bold);
  });
  // Row 4 is the gap above the table: a draft says so there, and in the header of every printed page.
  if (input.draft) title(ws, 4, last, DRAFT_MARK, f({ bold: true, size: size + 3, color: { argb: 'FFC00000' } }));
  header(ws, model, f, size);

  let row = FIRST_DATA_ROW;
  for (const [k, r] of model.rows.entries()) {
    ws.getRow(row).height = layout.rowHeights[k] ?? 15;
    if (r.kind === 'area') {
      put(ws, row, 1, r.stt, f({ bold: true }));
      ws.mergeCells(row, LABEL_COL, row, last);
      put(ws, row, LABEL_COL, r.title, f({ bold: true }), 'left');
    } else indicatorRow(ws, row, r, f);
    row++;
  }
  row++;
  for (const note of [...model.notes, ...(input.draft ? draftNoteLines(input.draft) : [])]) {
    ws.mergeCells(row, 1, row, last);
    const c = ws.getCell(row, 1);
    c.value = nfc(note);
    c.font = f({ italic: true });
    c.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = mergedRowHeight(note, size, layout.totalPt);
    row++;
  }

  // The indicator columns (TT, Nội dung, Đơn vị tính) and the header stay in view while scrolling.
  ws.views = [{ state: 'frozen', xSplit: FIRST_DISTRICT_COL - 1, ySplit: FIRST_DATA_ROW - 1 }];
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: layout.pagesWide,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: inches(box.top), right: inches(box.right), bottom: inches(box.bottom), left: inches(box.left), header: inches(box.top / 2), footer: inches(box.bottom / 2) },
    printTitlesRow: `${HEADER_FIRST_ROW}:${FIRST_DATA_ROW - 1}`,
    // Over two pages across, the second shows again which indicator each row is.
    ...(layout.pagesWide > 1 ? { printTitlesColumn: `A:${ws.getColumn(FIRST_DISTRICT_COL - 1).letter}` } : {}),
    // Rows absolute too: exceljs only adds the "$" of the columns, and LibreOffice reads "$A1" as a relative row.
    printArea: `A$1:${ws.getColumn(last).letter}$${row - 1}`,
  };
  ws.headerFooter = { ...(input.draft ? { oddHeader: `&R&"${fontName},Bold"&12${DRAFT_MARK}` } : {}), oddFooter: `&C&"${fontName},Regular"&${Math.round(size)}Trang &P/&N` };
  return withDefaultFont(new Uint8Array(await wb.xlsx.writeBuffer()), fontName);
}

/**
 * Column widths are counted in digits of the workbook's default font, which exceljs always writes
 * as Calibri 11. Where Calibri is missing (LibreOffice on Linux) a wider font stands in, the table
 * grows and the fit to the page prints it at 5 pt. The default font is set to the annex's own font
 * (Times New Roman, metric-compatible fallbacks everywhere), so the widths mean the same everywhere.
 */
async function withDefaultFont(bytes: Uint8Array, fontName: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('xl/styles.xml');
  if (!file) return bytes;
  const xml = await file.async('string');
  const name = fontName.replace(/[<>&"]/g, '');
  const patched = xml.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1<font><sz val="${DEFAULT_FONT_PT}"/><name val="${name}"/><family val="1"/></font>`);
  zip.file('xl/styles.xml', patched);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
