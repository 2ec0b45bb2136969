import type ExcelJS from 'exceljs';
import { requireExcelJsPart, Workbook } from '../../exceljs-core';
import { readGrid, type SheetGrid } from './grid';
import { gridsFromModel, type XlsxModel } from './model-grid';

/**
 * Loading a workbook with exceljs, from parts the precheck has already inflated (node's native
 * zlib, once) rather than letting exceljs unzip the file again with its JavaScript inflater.
 * Only the parts the importer reads are parsed: workbook, relationships, shared strings, styles,
 * worksheets; drawings, images, comments and themes are skipped. This goes through exceljs 4.4
 * internals (XLSX#parseRels and friends, the styles/shared-strings xforms); when they are not
 * there (another exceljs version) it falls back to the public `xlsx.load`. The cells are then read
 * from the parsed model itself (model-grid.ts), not from the Workbook exceljs would build from it.
 */

/**
 * Worksheet elements never read. Data validations must be skipped: exceljs expands a validation
 * range into one entry per cell, so a validation over a whole sheet (A1:XFD1048576, a real Excel
 * habit) would exhaust memory. The others only cost time.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
  'pageSetup',
  'pageMargins',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'drawing',
  'picture',
  'tableParts',
  'autoFilter',
  'sheetProtection',
];

interface XformClass {
  new (): { parseStream(source: Iterable<string>): Promise<unknown>; parse?: unknown };
}

interface XlsxInternals {
  workbook: ExcelJS.Workbook;
  parseRels(source: Iterable<string>): Promise<unknown>;
  parseWorkbook(source: Iterable<string>): Promise<{ sheets: unknown; definedNames: unknown; views: unknown; properties: unknown; calcProperties: unknown }>;
  _processWorksheetEntry(source: Iterable<string>, model: object, sheetNo: string, options: object, path: string): Promise<void>;
  reconcile(model: object, options: object): void;
}

function loadInternals(): { StylesXform: XformClass; SharedStringsXform: XformClass } | null {
  try {
    const StylesXform = requireExcelJsPart('exceljs/lib/xlsx/xform/style/styles-xform.js') as XformClass;
    const SharedStringsXform = requireExcelJsPart('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js') as XformClass;
    const probe = new Workbook().xlsx as unknown as Partial<XlsxInternals>;
    const usable = [probe.parseRels, probe.parseWorkbook, probe._processWorksheetEntry, probe.reconcile].every((f) => typeof f === 'function');
    return usable && typeof StylesXform === 'function' && typeof SharedStringsXform === 'function' ? { StylesXform, SharedStringsXform } : null;
  } catch (e) {
    console.warn(`exceljs internals unavailable, using xlsx.load: ${(e as Error).message}`);
    return null;
  }
}

const internals = loadInternals();

export const usesFastLoader = internals !== null;

/** Public path: exceljs unzips and reads everything itself. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: IGNORED_NODES });
  return wb;
}

const decoder = new TextDecoder('utf-8');
/** One chunk is enough: exceljs' sax reader takes any iterable of strings. */
const source = (data: Buffer): string[] => [decoder.decode(data)];

/** The grids of an .xlsx, from the parts the precheck inflated. */
export async function loadXlsxGrids(parts: Map<string, Buffer>, bytes: Uint8Array): Promise<SheetGrid[]> {
  const model = await parseXlsxModel(parts);
  if (model) return gridsFromModel(model);
  return (await loadWorkbook(bytes)).worksheets.map((ws, i) => readGrid(ws, i));
}

/** exceljs' reconciled model of the parts it reads; null when its internals are not there. */
export async function parseXlsxModel(parts: Map<string, Buffer>): Promise<XlsxModel | null> {
  if (!internals) return null;
  const wb = new Workbook();
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const options = { ignoreNodes: IGNORED_NODES };
  const model: Record<string, unknown> & { worksheets: unknown[] } = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  const part = (name: string) => parts.get(name);
  const rels = part('_rels/.rels');
  if (rels) model.globalRels = await xlsx.parseRels(source(rels));
  const workbookPart = part('xl/workbook.xml');
  if (workbookPart) {
    const workbook = await xlsx.parseWorkbook(source(workbookPart));
    Object.assign(model, { sheets: workbook.sheets, definedNames: workbook.definedNames, views: workbook.views, properties: workbook.properties, calcProperties: workbook.calcProperties });
  }
  const workbookRels = part('xl/_rels/workbook.xml.rels');
  if (workbookRels) model.workbookRels = await xlsx.parseRels(source(workbookRels));
  const shared = part('xl/sharedStrings.xml');
  if (shared) {
    const xform = new internals.SharedStringsXform();
    await xform.parseStream(source(shared));
    model.sharedStrings = xform;
  }
  const styles = part('xl/styles.xml');
  if (styles) {
    const xform = new internals.StylesXform();
    await xform.parseStream(source(styles));
    model.styles = xform;
  }
  const sheets = [...parts.keys()].map((name) => ({ name, no: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] })).filter((s) => s.no !== undefined);
  sheets.sort((a, b) => Number(a.no) - Number(b.no));
  for (const s of sheets) {
    const data = part(s.name);
    if (data) await xlsx._processWorksheetEntry(source(data), model, s.no ?? '0', options, s.name);
  }
  xlsx.reconcile(model, options);
  return model as unknown as XlsxModel;
}
