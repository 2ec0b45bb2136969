import type { Alignment, Borders, CellValue, Fill, Font, Style, Worksheet } from 'exceljs';
import { font } from './styles';

export interface Look {
  font?: Partial<Font>;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
  fill?: Fill;
  numFmt?: string;
  /** A cell the clerk types into: left unlocked when the sheet is protected. Everything else stays locked. */
  input?: boolean;
}

/**
 * Every cell gets a fresh, complete style object. exceljs shares style objects between cells
 * (a merge copies the master's by reference, new cells start from the column's), and its setters
 * such as `cell.border = …` mutate that shared object, so piecemeal edits leak into other cells.
 */
function styleOf(look: Look): Partial<Style> {
  const style: Partial<Style> = {
    font: look.font ?? font(),
    alignment: { vertical: 'middle', wrapText: true, ...look.alignment },
    protection: { locked: !look.input },
  };
  if (look.border) style.border = look.border;
  if (look.fill) style.fill = look.fill;
  if (look.numFmt) style.numFmt = look.numFmt;
  return style;
}

export function put(ws: Worksheet, address: string, value: CellValue, look: Look = {}): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.style = styleOf(look);
}

/**
 * Writes a value across columns `from`..`to` of one row as a merged cell. Every cell of the range
 * is styled (each draws its own part of the border, and a locked cell hiding under an unlocked
 * merge would still refuse input in some spreadsheets), then the range is merged.
 */
export function putMerged(ws: Worksheet, row: number, from: string, to: string, value: CellValue, look: Look = {}): void {
  const first = ws.getColumn(from).number;
  const last = ws.getColumn(to).number;
  for (let c = first; c <= last; c++) ws.getCell(row, c).style = styleOf(look);
  if (first !== last) ws.mergeCells(`${from}${row}:${to}${row}`);
  ws.getCell(`${from}${row}`).value = value;
}
