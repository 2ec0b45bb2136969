import type { Worksheet } from 'exceljs';
import { COLUMNS, FIRST_COL, LAST_COL, type FormLayout } from './layout';
import { FONT_NAME, font } from './styles';

/** Excel's paperSize code for A4. */
export const PAPER_A4 = 9;

const mm = (v: number) => Math.round((v / 25.4) * 100) / 100;

/**
 * Column widths and a Times New Roman default for the columns, so that whatever the clerk types
 * outside our cells still matches. Called before any cell is written: new cells start from the
 * column style.
 */
export function setColumns(ws: Worksheet): void {
  COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    column.font = font();
  });
}

/**
 * A4 portrait, one page wide and as many pages tall as needed, the table header repeated on every
 * page, page numbers in the footer. Margins follow the usual Vietnamese administrative forms:
 * 20 mm on the binding side, 10 mm on the right, 15 mm top and bottom.
 */
export function setPrintLayout(ws: Worksheet, layout: FormLayout): void {
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: mm(20), right: mm(10), top: mm(15), bottom: mm(15), header: mm(7), footer: mm(7) },
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
    printArea: `${FIRST_COL}1:${LAST_COL}${layout.lastRow}`,
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&10Trang &P/&N` };
}

/**
 * Protects the report sheet WITHOUT a password: labels, codes and headings cannot be overwritten
 * by accident, yet a clerk who really needs to (or a colleague helping on the phone) can lift the
 * protection from the Review menu with no secret to share. The importer does not rely on the
 * protection; it reads codes and labels whatever happened to them. Formatting rows and columns
 * stays allowed so long answers can be given a taller row.
 */
export async function protectReportSheet(ws: Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: true,
    formatColumns: true,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    insertColumns: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
}
