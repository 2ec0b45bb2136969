import type ExcelJS from 'exceljs';
import { Workbook } from '../../exceljs-core';
import type { CellObject, Range, WorkBook, WorkSheet } from '@e965/xlsx';
import { MAX_COLS, MAX_ROWS } from '../parse/grid';

/**
 * A workbook SheetJS read from .xls or .ods, as the exceljs workbook the rest of the importer
 * reads (parse/grid.ts). Only the region readGrid keeps (MAX_ROWS × MAX_COLS) is copied, merges
 * clipped to it, so what a hostile file declares beyond it costs nothing. Values are carried the
 * way exceljs would have loaded them from the same sheet saved as .xlsx: numbers in a date format
 * become Dates with exceljs' own serial conversion (UTC midnight plus the time of day), formulas
 * keep their cached result, sheet states (hidden, veryHidden) are kept.
 */

type SSFLike = { is_date(fmt: string): boolean };

const ERROR_TEXT: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/** What the ODS reader misses, read by ods-scan.ts / ods-merges.ts: hidden sheets, merges of empty cells. */
export interface SheetExtras {
  hiddenSheets?: string[];
  extraMerges?: Map<string, Range[]>;
}

export function toExcelJs(book: WorkBook, ssf: SSFLike, extras: SheetExtras = {}): ExcelJS.Workbook {
  const hiddenSheets = extras.hiddenSheets ?? [];
  const wb = new Workbook();
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  book.SheetNames.forEach((name, i) => {
    const sheet = book.Sheets[name];
    const hidden = book.Workbook?.Sheets?.[i]?.Hidden ?? (hiddenSheets.includes(name) ? 1 : 0);
    const ws = wb.addWorksheet(name, { state: hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible' });
    if (sheet) copySheet(sheet, ws, ssf, date1904, extras.extraMerges?.get(name) ?? []);
  });
  return wb;
}

function copySheet(sheet: WorkSheet, ws: ExcelJS.Worksheet, ssf: SSFLike, date1904: boolean, extraMerges: Range[]): void {
  const data = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
  const rows = Math.min(data.length, MAX_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = data[r];
    if (!row) continue;
    const cols = Math.min(row.length, MAX_COLS);
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      const value = cell ? valueOf(cell, ssf, date1904) : null;
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    }
  }
  const merges = (sheet['!merges'] ?? []) as Range[];
  const taken = (m: Range) => merges.some((x) => x.s.r <= m.e.r && m.s.r <= x.e.r && x.s.c <= m.e.c && m.s.c <= x.e.c);
  const inRegion = (m: Range) => m.s.r < MAX_ROWS && m.s.c < MAX_COLS;
  for (const m of [...merges, ...extraMerges.filter((m) => inRegion(m) && !taken(m))]) {
    const top = Math.min(m.s.r, m.e.r) + 1;
    const left = Math.min(m.s.c, m.e.c) + 1;
    if (top > MAX_ROWS || left > MAX_COLS) continue;
    const bottom = Math.min(Math.max(m.s.r, m.e.r) + 1, MAX_ROWS);
    const right = Math.min(Math.max(m.s.c, m.e.c) + 1, MAX_COLS);
    if (bottom === top && right === left) continue;
    ws.mergeCells(top, left, bottom, right);
  }
}

/** exceljs' own serial-to-date conversion (utils excelToDate), so both paths give the same instant. */
const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

function scalarOf(cell: CellObject, ssf: SSFLike, date1904: boolean): ExcelJS.CellValue {
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (typeof v !== 'number') return null;
      return typeof cell.z === 'string' && Number.isFinite(v) && ssf.is_date(cell.z) ? excelToDate(v, date1904) : v;
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'e':
      return { error: (cell.w ?? ERROR_TEXT[cell.v as number] ?? '#N/A') as ExcelJS.CellErrorValue['error'] };
    default:
      return null;
  }
}

function valueOf(cell: CellObject, ssf: SSFLike, date1904: boolean): ExcelJS.CellValue {
  const v = scalarOf(cell, ssf, date1904);
  if (typeof cell.f === 'string' && cell.f !== '') {
    // The cached result is what Excel showed; an absent one stays absent (readGrid reads "none").
    return { formula: cell.f, result: v ?? undefined } as ExcelJS.CellFormulaValue;
  }
  return v;
}
