import { requireExcelJsPart, ValueType, Workbook } from '../../exceljs-core';
import { coveredCell, formulaCell, fromUnknown, GridBuilder, MAX_COLS, MAX_ROWS, richTextFont, sheetStateOf, valueCell, type FormulaModel, type GridCell, type SheetGrid } from './grid';

/**
 * The grids of an .xlsx read straight from exceljs' reconciled model (what XLSX#reconcile leaves),
 * without `wb.model = model`: that builds a Row and a Cell object for every cell and, for every
 * merged range, a Cell for each covered cell, only for readGrid to read them back. What this
 * gives is what readGrid gave from that object model, rule for rule (exceljs 4.4,
 * lib/doc/{workbook,worksheet,row,cell}.js), including the files it refused: a sheet name exceljs
 * rejects, a row without a number, a cell address it cannot place, overlapping merges still fail
 * the load with exceljs' own error. Only the cells of the kept region are materialised.
 */

export interface CellModel extends FormulaModel {
  address?: string;
  type: number;
  value?: unknown;
  text?: unknown;
  style?: { font?: { name?: string } };
}

export interface WorksheetModel {
  id?: number;
  name?: string;
  state?: string;
  rows: { number: number; cells: CellModel[] }[];
  mergeCells?: string[] | Record<string, string>;
}

export interface XlsxModel {
  worksheets: WorksheetModel[];
  sheets?: { id?: number }[];
  definedNames?: unknown;
}

interface Address {
  address: string;
  row: number;
  col: number | undefined;
}

interface ColCache {
  decodeAddress(value: string): Address;
  encodeAddress(row: number, col: number): string;
  getAddress(r: number, c: number): Address;
  validateAddress(value: string): true;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
  intersects(other: Range): boolean;
}

interface SheetLike {
  name: string;
  state: string;
}

interface WorkbookInternals {
  _worksheets: SheetLike[];
  _definedNames: { model: unknown };
  worksheets: SheetLike[];
}

type WorksheetClass = new (options: { id?: number; name?: string; orderNo?: number; state?: string; workbook: unknown }) => SheetLike;

const colCache = requireExcelJsPart('exceljs/lib/utils/col-cache.js') as ColCache;
const RangeClass = requireExcelJsPart('exceljs/lib/doc/range.js') as new (args: unknown[]) => Range;
const Worksheet = requireExcelJsPart('exceljs/lib/doc/worksheet.js') as WorksheetClass;

/**
 * A cell as exceljs would hold it: `address` is the one it was created with (a Cell keeps its
 * first address even when a later <c> of the same column replaces its model), `model` null for a
 * cell that only a merge created, `master` set once a merge covers it.
 */
interface Slot {
  address: string;
  model: CellModel | null;
  master: Slot | null;
}

type Row = Slot[];

export function gridsFromModel(model: XlsxModel): SheetGrid[] {
  // The sheets' names, states and order come from exceljs' own Worksheet and Workbook: its name
  // checks (refused names, duplicates, the 31-character cut) and its sort by workbook.xml order.
  const wb = new Workbook() as unknown as WorkbookInternals;
  const rowsOf = new Map<SheetLike, Map<number, Row>>();
  for (const wm of model.worksheets) {
    const { id, name, state } = wm;
    const orderNo = model.sheets && model.sheets.findIndex((s) => s.id === id);
    const ws = new Worksheet({ id, name, orderNo, state, workbook: wb });
    wb._worksheets[id as number] = ws;
    // Worksheet#set model starts by setting the name again; a truncated name then meets itself.
    ws.name = name as string;
    rowsOf.set(ws, placeCells(wm));
  }
  wb._definedNames.model = model.definedNames;
  return wb.worksheets.map((ws, index) => toGrid(rowsOf.get(ws) ?? new Map(), ws.name, sheetStateOf(ws.state), index));
}

/** Worksheet#_parseRows then #_parseMergeCells, on slots instead of Row and Cell objects. */
function placeCells(wm: WorksheetModel): Map<number, Row> {
  const rows = new Map<number, Row>();
  for (const rm of wm.rows) {
    const number = rm.number;
    // Row#set model compares the model's number with the row's own: NaN (no r attribute) fails.
    if (Number.isNaN(number)) throw new Error('Invalid row number in model');
    const cells: Row = [];
    // Worksheet#_rows is an array indexed by number - 1: other numbers are lost, a repeated one replaces.
    if (number >= 1 && number < 2 ** 32) rows.set(number, cells);
    let previous: Address | undefined;
    for (const cm of rm.cells) {
      if (cm.type === ValueType.Merge) continue;
      let address: Address | undefined;
      if (cm.address) {
        address = colCache.decodeAddress(cm.address);
      } else if (previous) {
        // A <c> without r is the next column of the one before.
        const col = (previous.col ?? 0) + 1;
        address = { row: previous.row, col, address: colCache.encodeAddress(previous.row, col) };
      }
      previous = address;
      if (!address) throw new TypeError("Cannot read properties of undefined (reading 'col')");
      if (address.col === undefined) throw new Error('A Cell needs a Row');
      const existing = cells[address.col];
      if (existing) {
        existing.model = cm;
      } else {
        colCache.validateAddress(address.address);
        cells[address.col] = { address: address.address, model: cm, master: null };
      }
    }
  }
  mergeCells(wm, rows);
  return rows;
}

function mergeCells(wm: WorksheetModel, rows: Map<number, Row>): void {
  const list = Array.isArray(wm.mergeCells) ? wm.mergeCells : wm.mergeCells ? Object.values(wm.mergeCells) : [];
  const merges = new Map<string, Range>();
  const slotAt = (r: number, c: number, address: string): Slot => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = []));
    let slot = row[c];
    if (!slot) row[c] = slot = { address, model: null, master: null };
    return slot;
  };
  for (const text of list) {
    const range = new RangeClass([text]);
    for (const other of merges.values()) if (other.intersects(range)) throw new Error('Cannot merge already merged cells');
    const at = colCache.getAddress(range.top, range.left);
    const master = slotAt(at.row, at.col ?? range.left, at.address);
    // Covered cells outside the kept region are never read: exceljs made them, nothing saw them.
    const bottom = Math.min(range.bottom, MAX_ROWS);
    const right = Math.min(range.right, MAX_COLS);
    for (let r = range.top; r <= bottom; r++) {
      for (let c = range.left; c <= right; c++) {
        if (r === range.top && c === range.left) continue;
        slotAt(r, c, colCache.encodeAddress(r, c)).master = master;
      }
    }
    merges.set(master.address, range);
  }
}

function toGrid(rows: Map<number, Row>, name: string, state: SheetGrid['state'], index: number): SheetGrid {
  const b = new GridBuilder();
  const numbers = [...rows.keys()].filter((r) => r <= MAX_ROWS).sort((x, y) => x - y);
  for (const r of numbers) {
    const row = rows.get(r) ?? [];
    b.beginRow(r);
    const last = Math.min(row.length - 1, MAX_COLS);
    for (let c = 1; c <= last; c++) {
      const slot = row[c];
      const g = slot ? gridCellOf(slot, r, c) : null;
      if (g) b.add(g);
    }
    b.endRow();
  }
  return b.finish(name, index, state);
}

/** What readGrid read through the Cell API, read from the cell's model. */
function gridCellOf(slot: Slot, row: number, col: number): GridCell | null {
  if (slot.master) return coveredCell(row, col, slot.master.address);
  const m = slot.model;
  if (!m || m.type === ValueType.Null) return null;
  const font = m.style?.font?.name;
  switch (m.type) {
    case ValueType.Formula:
      return formulaCell(row, col, m, font);
    case ValueType.RichText:
      return valueCell(row, col, fromUnknown(m.value), richTextFont(m.value), font);
    case ValueType.Hyperlink:
      // Cell#value of a hyperlink is { text, hyperlink }: the text is what is read.
      return valueCell(row, col, fromUnknown({ text: m.text }), null, font);
    default:
      return valueCell(row, col, fromUnknown(m.value), null, font);
  }
}
