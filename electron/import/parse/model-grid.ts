import { requireExcelJsPart, ValueType, Workbook } from '../../exceljs-core';
import { addressOf, coveredCell, formulaCell, fromUnknown, GridBuilder, MAX_COLS, MAX_ROWS, richTextFont, sheetStateOf, valueCell, type FormulaModel, type GridCell, type SheetGrid } from './grid';

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
  sheetName?: string;
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
    let previousRow = 0;
    let previousCol = 0;
    let started = false;
    for (const cm of rm.cells) {
      if (cm.type === ValueType.Merge) continue;
      let col: number | undefined;
      let row: number;
      let address: string;
      let valid = false;
      if (cm.address && plainAddress(cm.address)) {
        ({ col, row } = plain);
        address = cm.address;
        valid = true;
      } else if (cm.address) {
        ({ col, row, address } = colCache.decodeAddress(cm.address));
      } else if (started) {
        // A <c> without r is the next column of the one before.
        row = previousRow;
        col = previousCol + 1;
        address = colCache.encodeAddress(row, col);
      } else {
        throw new TypeError("Cannot read properties of undefined (reading 'col')");
      }
      started = true;
      previousRow = row;
      previousCol = col ?? Number.NaN;
      if (col === undefined) throw new Error('A Cell needs a Row');
      const existing = cells[col];
      if (existing) {
        existing.model = cm;
      } else {
        if (!valid) colCache.validateAddress(address);
        cells[col] = { address, model: cm, master: null };
      }
    }
  }
  mergeCells(wm, rows);
  return rows;
}

const plain = { col: 0, row: 0 };

/**
 * colCache.decodeAddress and validateAddress for the one form Excel writes ("B12"), without
 * building an address object per cell: the column and row land in `plain`. Any other form
 * ("$B$12", "b12", past XFD) returns false and is left to exceljs, errors included.
 */
function plainAddress(a: string): boolean {
  const n = a.length;
  let i = 0;
  let col = 0;
  for (; i < n; i++) {
    const ch = a.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i === n || col > 16384) return false;
  let row = 0;
  for (; i < n; i++) {
    const ch = a.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + ch - 48;
  }
  plain.col = col;
  plain.row = row;
  return true;
}

function mergeCells(wm: WorksheetModel, rows: Map<number, Row>): void {
  const list = Array.isArray(wm.mergeCells) ? wm.mergeCells : wm.mergeCells ? Object.values(wm.mergeCells) : [];
  const slotAt = (r: number, c: number, address: string): Slot => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = []));
    let slot = row[c];
    if (!slot) row[c] = slot = { address, model: null, master: null };
    return slot;
  };
  const merges = new Map<string, Box>();
  for (const text of list) {
    const box = boxOf(text);
    for (const other of merges.values()) if (overlaps(other, box)) throw new Error('Cannot merge already merged cells');
    const master = slotAt(box.top, box.left, addressOf(box.top, box.left));
    // Covered cells outside the kept region are never read: exceljs made them, nothing saw them.
    const bottom = Math.min(box.bottom, MAX_ROWS);
    const right = Math.min(box.right, MAX_COLS);
    for (let r = box.top; r <= bottom; r++) {
      for (let c = box.left; c <= right; c++) {
        if (r === box.top && c === box.left) continue;
        slotAt(r, c, addressOf(r, c)).master = master;
      }
    }
    merges.set(master.address, box);
  }
}

/** A merged range as exceljs' Range getters give it (a missing bound reads 1). */
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  sheetName?: string;
}

/** new Range([text]) for the "A1:C3" form Excel writes, without its regular expressions; any other form goes to Range itself. */
function boxOf(text: string): Box {
  const colon = text.indexOf(':');
  if (colon > 0 && plainAddress(text.slice(0, colon))) {
    const { col, row } = plain;
    if (plainAddress(text.slice(colon + 1))) {
      const top = Math.min(row, plain.row);
      // Range reads a range whose top row is 0 as a single address with no row or column: A1.
      if (top === 0) return { top: 1, left: 1, bottom: 1, right: 1 };
      return { top, left: Math.min(col, plain.col), bottom: Math.max(row, plain.row), right: Math.max(col, plain.col) };
    }
  }
  const r = new RangeClass([text]);
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, ...(r.sheetName ? { sheetName: r.sheetName } : {}) };
}

/** Range#intersects. */
function overlaps(a: Box, b: Box): boolean {
  if (b.sheetName && a.sheetName && b.sheetName !== a.sheetName) return false;
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
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
