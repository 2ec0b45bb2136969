import type ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { ImportFinding, Rejection } from '../../../shared/domain/report';
import { MAX_ROWS, readGrid, type SheetGrid } from '../parse/grid';
import type { PrecheckLimits } from '../precheck';
import { rejection } from '../rejections';
import { scanBiff } from './biff-scan';
import { legacyBudget } from './budget';
import { odsEmptyMerges } from './ods-merges';
import { odsHiddenSheets } from './ods-scan';
import { storedZip } from './stored-zip';
import { toExcelJs } from './to-exceljs';

/**
 * Reads an .xls (BIFF8) or .ods with SheetJS, in the worker, after its own checks: for .xls the
 * Workbook stream's records (biff-scan.ts), for .ods the parts the precheck inflated and checked
 * (ods-precheck.ts), handed over as a rebuilt package. SheetJS is told to keep only the first
 * MAX_ROWS rows of a sheet and to build sheets densely; formulas are read for their cached
 * values. Never throws.
 */

export type LegacyFormat = 'xls' | 'ods';

export type LegacyRead = { ok: true; wb: ExcelJS.Workbook } | { ok: false; rejection: Rejection };

const OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  cellText: false,
  sheetStubs: false,
  bookVBA: false,
  bookFiles: false,
  sheetRows: MAX_ROWS,
  WTF: false,
};

type CfbEntry = { name: string; size: number; content?: Uint8Array | number[] };
type Cfb = { FileIndex: CfbEntry[] };

export function readLegacy(format: LegacyFormat, bytes: Uint8Array, parts: Map<string, Buffer>, limits: PrecheckLimits): LegacyRead {
  const failKind = format === 'xls' ? 'xls_unreadable' : 'ods_unreadable';
  let input: Uint8Array;
  if (format === 'xls') {
    const checked = checkXls(bytes, limits);
    if (!checked.ok) return checked;
    input = bytes;
  } else {
    input = storedZip([...parts].map(([name, data]) => ({ name, data })));
  }
  let book: XLSX.WorkBook;
  // SheetJS reports formats it cannot render (conditional number formats of LibreOffice) on
  // console.error; they do not touch the values read, and would flood the worker's log.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    book = XLSX.read(Buffer.from(input.buffer, input.byteOffset, input.byteLength), OPTIONS);
  } catch (e) {
    return { ok: false, rejection: rejection(failKind, { detail: `SheetJS: ${(e as Error).message}`.slice(0, 300) }) };
  } finally {
    console.error = consoleError;
  }
  const over = legacyBudget(book, limits);
  if (over) return { ok: false, rejection: over };
  try {
    const content = parts.get('content.xml');
    const ods = format === 'ods' && content ? { hiddenSheets: odsHiddenSheets(content), extraMerges: odsEmptyMerges(content) } : {};
    return { ok: true, wb: toExcelJs(book, XLSX.SSF as { is_date(fmt: string): boolean }, ods) };
  } catch (e) {
    return { ok: false, rejection: rejection(failKind, { detail: `chuyển đổi: ${(e as Error).message}`.slice(0, 300) }) };
  }
}

function checkXls(bytes: Uint8Array, limits: PrecheckLimits): { ok: true } | { ok: false; rejection: Rejection } {
  let cfb: Cfb;
  try {
    cfb = (XLSX.CFB as { read(data: Buffer, o: object): Cfb }).read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch (e) {
    return { ok: false, rejection: rejection('xls_unreadable', { detail: `OLE: ${(e as Error).message}`.slice(0, 300) }) };
  }
  const stream = cfb.FileIndex.find((f) => f.name.toLowerCase() === 'workbook');
  if (!stream) return { ok: false, rejection: rejection('old_xls', { detail: 'không có luồng Workbook (Excel 5.0/95)' }) };
  const content = stream.content ? Uint8Array.from(stream.content) : new Uint8Array(0);
  if (content.length < stream.size) return { ok: false, rejection: rejection('truncated', { detail: `luồng Workbook ${content.length}/${stream.size} byte` }) };
  const scan = scanBiff(content.subarray(0, stream.size), limits);
  if (scan.ok) return { ok: true };
  switch (scan.problem) {
    case 'encrypted':
      return { ok: false, rejection: rejection('encrypted') };
    case 'not_biff8':
      return { ok: false, rejection: rejection('old_xls', { detail: scan.detail }) };
    case 'truncated':
      return { ok: false, rejection: rejection('truncated', { detail: scan.detail }) };
    case 'declared_too_large':
      return { ok: false, rejection: rejection('xls_declared_too_large', { detail: scan.detail }) };
    case 'too_many_cells':
      return { ok: false, rejection: rejection('too_many_cells', { detail: scan.detail }) };
    case 'huge_merge':
      return { ok: false, rejection: rejection('huge_merge', { detail: scan.detail }) };
    default:
      return { ok: false, rejection: rejection('xls_unreadable', { detail: scan.detail }) };
  }
}

/** The converted workbook's sheets as the extractor reads them: through exceljs' API (readGrid). */
export function legacyGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map((ws, i) => readGrid(ws, i));
}

/** The info finding that says the figures were read from a converted copy, on the first visible sheet. */
export function conversionFinding(format: LegacyFormat, grids: readonly SheetGrid[]): ImportFinding {
  const sheet = grids.find((g) => g.state === 'visible') ?? grids[0];
  const what = format === 'xls' ? 'Tệp định dạng Excel 97–2003 (.xls)' : 'Tệp định dạng OpenDocument (.ods)';
  return {
    code: format === 'xls' ? 'converted_from_xls' : 'converted_from_ods',
    severity: 'info',
    sheet: sheet?.name ?? null,
    cell: 'A1',
    message: `${what} đã được chuyển sang .xlsx để đọc: định danh, số liệu và thuyết minh được đọc như từ tệp .xlsx. Nếu thấy điểm nào khác tệp gốc, hãy mở tệp gốc để đối chiếu.`,
  };
}
