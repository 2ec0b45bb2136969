import type ExcelJS from 'exceljs';
import { ValueType } from '../../exceljs-core';
import type { TextEncoding } from '../../../shared/text/legacy';

/**
 * The workbook as plain cells, read once from exceljs so that the rest of the parser never touches
 * exceljs' object model (and its quirks: a formula's cached 0 lives only in `cell.model.result`,
 * merged cells repeat their master's value). Only the top-left region a report can occupy is kept.
 */

export type Scalar =
  | { t: 'n'; v: number }
  | { t: 's'; v: string }
  | { t: 'd'; v: Date }
  | { t: 'b'; v: boolean }
  | { t: 'e'; v: string }
  | { t: 'none' };

export interface GridCell {
  row: number;
  col: number;
  address: string;
  /** For a formula, its cached result; `none` when the file carries none. */
  value: Scalar;
  formula: string | null;
  /** Text as stored, before any legacy-encoding conversion. */
  rawText: string | null;
  /** How the text was converted to Unicode ('unicode' = kept as is). */
  encoding: TextEncoding;
  fontName: string | null;
  /** On the covered cells of a merged range: the address of its top-left cell. */
  mergeMaster: string | null;
  /** On the top-left cell of a merged range: columns and rows it spans (1 when not merged). */
  mergeCols: number;
  mergeRows: number;
}

export interface SheetGrid {
  name: string;
  index: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  maxRow: number;
  maxCol: number;
  rows: Map<number, Map<number, GridCell>>;
}

/** A report uses ~80 rows and 8 columns; anything beyond these is not read. */
export const MAX_ROWS = 3000;
export const MAX_COLS = 60;

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell | undefined {
  return grid.rows.get(row)?.get(col);
}

/** The cell itself, or for a covered cell of a merged range, its top-left cell. */
export function resolved(grid: SheetGrid, row: number, col: number): GridCell | undefined {
  const cell = cellAt(grid, row, col);
  if (!cell?.mergeMaster) return cell;
  const m = /^([A-Z]+)(\d+)$/.exec(cell.mergeMaster);
  if (!m) return undefined;
  return cellAt(grid, Number(m[2]), columnIndex(m[1] ?? 'A'));
}

/** Text of a cell as a clerk sees it ('' for empty or non-text), covered cells included. */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const cell = resolved(grid, row, col);
  return cell ? scalarText(cell.value) : '';
}

/** Text of the cell's own value: covered cells of a merge read ''. */
export function ownText(grid: SheetGrid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  return cell && !cell.mergeMaster ? scalarText(cell.value) : '';
}

export function scalarText(v: Scalar): string {
  if (v.t === 's') return v.v;
  if (v.t === 'n') return String(v.v);
  return '';
}

const LETTERS = Array.from({ length: MAX_COLS + 1 }, (_, i) => lettersOf(i));

export function columnLetter(col: number): string {
  return LETTERS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const addressOf = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/**
 * Collects the kept cells of one sheet, row by row in ascending order and cell by cell in ascending
 * column order, and gives each merge master its span. Both readers (the exceljs object model for
 * .xls/.ods, the reconciled .xlsx model in model-grid.ts) go through it, so the clipping and the
 * spans cannot drift apart.
 */
export class GridBuilder {
  private readonly rows = new Map<number, Map<number, GridCell>>();
  private readonly spans = new Map<string, { row: number; col: number }>();
  private maxRow = 0;
  private maxCol = 0;
  private current: Map<number, GridCell> | null = null;
  private currentRow = 0;

  /** Cells of row `r`, in ascending column order; call endRow() after. */
  beginRow(r: number): void {
    this.current = new Map();
    this.currentRow = r;
  }

  add(g: GridCell): void {
    if (g.mergeMaster) {
      const span = this.spans.get(g.mergeMaster);
      this.spans.set(g.mergeMaster, { row: Math.max(span?.row ?? 0, g.row), col: Math.max(span?.col ?? 0, g.col) });
    }
    this.current?.set(g.col, g);
    this.maxCol = Math.max(this.maxCol, g.col);
  }

  endRow(): void {
    if (this.current && this.current.size > 0) {
      this.rows.set(this.currentRow, this.current);
      this.maxRow = Math.max(this.maxRow, this.currentRow);
    }
    this.current = null;
  }

  finish(name: string, index: number, state: SheetGrid['state']): SheetGrid {
    const grid: SheetGrid = { name, index, state, maxRow: this.maxRow, maxCol: this.maxCol, rows: this.rows };
    for (const [master, span] of this.spans) {
      const m = /^([A-Z]+)(\d+)$/.exec(master);
      const cell = m ? cellAt(grid, Number(m[2]), columnIndex(m[1] ?? 'A')) : undefined;
      // A master with no value of its own was dropped: its covered cells still point at it.
      if (!cell) continue;
      cell.mergeCols = span.col - cell.col + 1;
      cell.mergeRows = span.row - cell.row + 1;
    }
    return grid;
  }
}

/** Sheet states other than Excel's two hidden ones read as visible, as exceljs shows them. */
export function sheetStateOf(s: unknown): SheetGrid['state'] {
  return s === 'hidden' || s === 'veryHidden' ? s : 'visible';
}

/** The grid of a worksheet built through exceljs' API (the .xls/.ods conversion). */
export function readGrid(ws: ExcelJS.Worksheet, index: number): SheetGrid {
  const b = new GridBuilder();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_ROWS) return;
    b.beginRow(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLS) return;
      const g = toGridCell(cell, r, c);
      if (g) b.add(g);
    });
    b.endRow();
  });
  return b.finish(ws.name, index, sheetStateOf(ws.state));
}

function toGridCell(cell: ExcelJS.Cell, row: number, col: number): GridCell | null {
  const type = cell.type;
  if (type === ValueType.Null) return null;
  if (type === ValueType.Merge) return coveredCell(row, col, cell.master.address);
  if (type === ValueType.Formula) return formulaCell(row, col, cell.model as FormulaModel, cell.font?.name);
  const raw = cell.value;
  return valueCell(row, col, fromUnknown(raw), type === ValueType.RichText ? richTextFont(raw) : null, cell.font?.name);
}

/** The fields of a formula cell's model that are read. */
export interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

export function coveredCell(row: number, col: number, master: string): GridCell {
  return { row, col, address: addressOf(row, col), value: NONE, formula: null, rawText: null, encoding: 'unicode', fontName: null, mergeMaster: master, mergeCols: 1, mergeRows: 1 };
}

export function formulaCell(row: number, col: number, model: FormulaModel, styleFont: string | undefined): GridCell {
  // cell.value drops a cached 0 or "": the model keeps it (undefined = really none).
  const g = valueCell(row, col, fromUnknown(model.result), null, styleFont);
  g.formula = model.formula ?? model.sharedFormula ?? '';
  return g;
}

export function valueCell(row: number, col: number, value: Scalar, runFont: string | null, styleFont: string | undefined): GridCell {
  const text = value.t === 's' ? value.v : null;
  return {
    row,
    col,
    address: addressOf(row, col),
    value,
    formula: null,
    rawText: text,
    encoding: 'unicode',
    // Fonts matter only for telling legacy-encoded text apart.
    fontName: text !== null ? (runFont ?? styleFont ?? null) : null,
    mergeMaster: null,
    mergeCols: 1,
    mergeRows: 1,
  };
}

const NONE: Scalar = { t: 'none' };

export function fromUnknown(v: unknown): Scalar {
  if (v === undefined || v === null) return { t: 'none' };
  if (typeof v === 'number') return Number.isFinite(v) ? { t: 'n', v } : { t: 'e', v: String(v) };
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { t: 'e', v: 'ngày không hợp lệ' } : { t: 'd', v };
  if (typeof v === 'object') {
    const o = v as { error?: unknown; richText?: { text?: unknown }[]; text?: unknown; result?: unknown; formula?: unknown };
    if (typeof o.error === 'string') return { t: 'e', v: o.error };
    if (Array.isArray(o.richText)) return { t: 's', v: o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('') };
    if (typeof o.text === 'string') return { t: 's', v: o.text };
    if (o.text && typeof o.text === 'object') return fromUnknown(o.text);
    if ('formula' in o) return fromUnknown(o.result);
  }
  return { t: 'none' };
}

export function richTextFont(v: unknown): string | null {
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    const runs = (v as { richText: { font?: { name?: string } }[] }).richText;
    return runs.find((r) => r.font?.name)?.font?.name ?? null;
  }
  return null;
}

/** Characters of text over every cell kept, covered cells of merges included (they are read too). */
export function gridTextChars(grids: readonly SheetGrid[]): number {
  let chars = 0;
  for (const g of grids) for (const row of g.rows.values()) for (const cell of row.values()) if (cell.value.t === 's') chars += cell.value.v.length;
  return chars;
}
