import type { Rejection } from '../../shared/domain/report';
import { formatNumberVi } from '../../shared/text/numbers';
import { precheckOds } from './legacy/ods-precheck';
import { classifyOle, oleTruncated } from './ole';
import { rejection, type RejectionKind } from './rejections';
import { prologProblem, scanSharedStrings, scanSheet, scanStyles } from './xml-scan';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip';

/**
 * Checks before a workbook reaches exceljs, in two depths. 'quick' runs in the caller (the app's
 * main process) and inflates nothing: the file type from its first bytes, the zip directory
 * (declared sizes and ratios, duplicates, encryption), the kind of package. 'full' runs in the
 * isolated worker before exceljs sees a byte: it inflates every part, bounded by the size the part
 * declares (a part that inflates beyond it is a zip bomb behind a small directory), refuses any
 * DOCTYPE/ENTITY declaration, and scans the sheets for what is known to take exceljs down
 * (whole-sheet merged ranges, millions of cells). The inflated parts are handed on to the loader,
 * so nothing is inflated twice. Never throws.
 */

export interface PrecheckLimits {
  maxFileBytes: number;
  maxPartBytes: number;
  maxTotalBytes: number;
  /** Inflated/compressed ratio allowed for parts above ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
  maxMergedCells: number;
  /**
   * Merged ranges over all sheets, however small: the reader checks each range against the ones
   * before it (as exceljs does), so their number squared is the work. A report has a few dozen.
   */
  maxMerges: number;
  /** <c> elements over all sheets, however written. */
  maxCells: number;
  /** <row> elements over all sheets, empty ones included. */
  maxRows: number;
  /** Strings in the shared-string table, and their characters all together. */
  maxSharedStrings: number;
  maxTextChars: number;
  /** Characters of one cell's text: Excel's own limit, which no file Excel wrote exceeds. */
  maxStringChars: number;
  /** Characters of one formula: Excel's own limit. */
  maxFormulaChars: number;
  /** Style records (cell formats, fonts, fills, borders, number formats) in styles.xml. */
  maxStyles: number;
}

/** A district's quarterly report is about 10-50 KB; these leave two orders of magnitude of room. */
export const DEFAULT_LIMITS: PrecheckLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxEntries: 5000,
  maxMergedCells: 250_000,
  maxMerges: 10_000,
  maxCells: 100_000,
  // These budgets decide, not the parse timeout: a file within all of them parses in a few
  // seconds even on a loaded machine, so the same file gets the same answer whatever the load.
  maxRows: 100_000,
  maxSharedStrings: 100_000,
  maxTextChars: 2_000_000,
  maxStringChars: 32_767,
  maxFormulaChars: 8_192,
  maxStyles: 64_000,
};

export interface PrecheckStats {
  entries: number;
  inflatedBytes: number;
  cells: number;
  mergedCells: number;
  merges: number;
  rows: number;
  sharedStrings: number;
  textChars: number;
  styles: number;
}

export type PrecheckDepth = 'quick' | 'full';

/** .xls (BIFF8) and .ods are read with SheetJS in the worker (legacy/), then like any .xlsx. */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

export type PrecheckResult = {
  ok: true;
  format: WorkbookFormat;
  stats: PrecheckStats;
  /** With 'full': the inflated parts the workbook loader needs, by part name. */
  parts: Map<string, Buffer>;
} | { ok: false; rejection: Rejection };

const NO_WORK: PrecheckStats = { entries: 0, inflatedBytes: 0, cells: 0, mergedCells: 0, merges: 0, rows: 0, sharedStrings: 0, textChars: 0, styles: 0 };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const fail = (kind: RejectionKind, fill: { detail?: string; limit?: string } = {}): PrecheckResult => ({ ok: false, rejection: rejection(kind, fill) });
const mb = (n: number) => `${formatNumberVi(n / 1024 / 1024, 1)} MB`;

export function precheckWorkbook(bytes: Uint8Array, overrides: Partial<PrecheckLimits> = {}, depth: PrecheckDepth = 'full'): PrecheckResult {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > limits.maxFileBytes) return fail('file_too_large', { limit: mb(limits.maxFileBytes), detail: mb(bytes.length) });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return oleCheck(bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return looksLikeMarkup(bytes) ? fail('html') : fail('not_zip');

  const dir = readZipDirectory(bytes, limits.maxEntries);
  if (!dir.ok) {
    if (dir.problem === 'no_directory') return fail('truncated', { detail: dir.detail });
    if (dir.problem === 'too_many_entries') return fail('too_many_parts', { detail: dir.detail });
    return fail('broken_zip', { detail: dir.detail });
  }
  const entries = dir.entries;
  if (entries.some((e) => e.encrypted)) return fail('zip_encrypted');
  const duplicate = findDuplicate(entries);
  if (duplicate) return fail('duplicate_part', { detail: duplicate });

  const sizeProblem = checkSizes(entries, limits);
  if (sizeProblem) return sizeProblem;
  const kind = checkKind(bytes, entries);
  if (typeof kind !== 'string') return kind;
  if (depth === 'quick') return { ok: true, format: kind, stats: { ...NO_WORK, entries: entries.length }, parts: new Map() };
  return kind === 'ods' ? odsParts(bytes, entries, limits) : scanParts(bytes, entries, limits);
}

/**
 * An OLE2 file is an .xls or a password-protected .xlsx (or a Word .doc). The .xls goes on to the
 * worker, where its records are checked (legacy/biff-scan.ts) before SheetJS reads it; here only
 * what the container itself shows: that it is whole.
 */
function oleCheck(bytes: Uint8Array): PrecheckResult {
  const kind = classifyOle(bytes);
  if (kind === 'encrypted_ooxml') return fail('encrypted');
  if (kind === 'doc') return fail('word_doc');
  if (kind !== 'xls') return oleTruncated(bytes) ? fail('truncated') : fail('ole_unknown');
  if (oleTruncated(bytes)) return fail('truncated');
  return { ok: true, format: 'xls', stats: NO_WORK, parts: new Map() };
}

function odsParts(bytes: Uint8Array, entries: ZipEntry[], limits: PrecheckLimits): PrecheckResult {
  const ods = precheckOds(bytes, entries, limits.maxCells);
  if (!ods.ok) return fail(ods.kind, { detail: ods.detail });
  return { ok: true, format: 'ods', stats: { ...NO_WORK, entries: entries.length, inflatedBytes: ods.inflatedBytes, cells: ods.cells }, parts: ods.parts };
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\ufeff|^ï»¿/, '').trimStart().toLowerCase();
  return head.startsWith('<');
}

/** OOXML part names are case-insensitive; two parts that differ only in case collide in Excel too. */
function findDuplicate(entries: ZipEntry[]): string | null {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/^\/+/, '').toLowerCase();
    if (seen.has(key)) return e.name;
    seen.add(key);
  }
  return null;
}

function checkSizes(entries: ZipEntry[], limits: PrecheckLimits): PrecheckResult | null {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize < 0 || e.compressedSize < 0) return fail('broken_zip', { detail: e.name });
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.maxPartBytes || (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
      return fail('inflated_too_large', { detail: `${e.name}: ${mb(e.uncompressedSize)}` });
    }
  }
  if (total > limits.maxTotalBytes) return fail('inflated_too_large', { detail: `tổng ${mb(total)}` });
  return null;
}

function checkKind(bytes: Uint8Array, entries: ZipEntry[]): PrecheckResult | WorkbookFormat {
  const names = new Set(entries.map((e) => e.name.replace(/^\/+/, '').toLowerCase()));
  const mimetype = entries.find((e) => e.name === 'mimetype' && e.method === 0 && e.compressedSize < 200);
  if (mimetype) {
    const text = Buffer.from(bytes.subarray(mimetype.dataOffset, mimetype.dataOffset + mimetype.compressedSize)).toString('latin1');
    if (text.startsWith(ODS_MIME)) return 'ods';
  }
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return fail('xlsb');
  if (names.has('word/document.xml')) return fail('word_docx');
  if (names.has('ppt/presentation.xml')) return fail('pptx');
  // A workbook stored under other part names (or with Windows path separators) is still a
  // spreadsheet; exceljs only finds the standard names, and re-saving in Excel restores them.
  if ([...names].some((n) => n.includes('\\') || /(^|\/)(workbook|sheet\d*)\.xml$/.test(n))) return fail('odd_package');
  return fail('zip_not_workbook');
}

const XML_PART = /\.(xml|rels|vml)$/i;
const WORKSHEET_PART = /(^|\/)worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS_PART = /(^|\/)sharedStrings\.xml$/i;
const STYLES_PART = /(^|\/)styles\.xml$/i;
/** Parts the workbook loader reads (parse/load.ts); the others are checked and dropped. */
const LOADED_PART = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

const partName = (e: ZipEntry) => e.name.replace(/^\/+/, '');
const isDirectory = (e: ZipEntry) => e.name.endsWith('/') && e.uncompressedSize === 0;

function scanParts(bytes: Uint8Array, entries: ZipEntry[], limits: PrecheckLimits): PrecheckResult {
  const stats: PrecheckStats = { ...NO_WORK, entries: entries.length };
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (isDirectory(entry)) continue;
    const inflated = inflateEntry(bytes, entry);
    if (!inflated.ok) return inflated.problem === 'size_mismatch' ? fail('size_lie', { detail: inflated.detail }) : fail('broken_zip', { detail: inflated.detail });
    stats.inflatedBytes += inflated.data.length;
    if (LOADED_PART.test(partName(entry))) parts.set(partName(entry), inflated.data);
    if (!XML_PART.test(entry.name)) continue;
    const prolog = prologProblem(inflated.data, false);
    if (prolog) return fail('doctype', { detail: `${entry.name}: ${prolog}` });
    const over = WORKSHEET_PART.test(entry.name)
      ? sheetBudget(entry.name, inflated.data, stats, limits)
      : SHARED_STRINGS_PART.test(entry.name)
        ? stringsBudget(entry.name, inflated.data, stats, limits)
        : STYLES_PART.test(entry.name)
          ? stylesBudget(entry.name, inflated.data, stats, limits)
          : null;
    if (over) return over;
  }
  return { ok: true, format: 'xlsx', stats, parts };
}

const n = (v: number) => formatNumberVi(v);

/** Adds a sheet's work to the running totals; the first budget it takes past decides. */
function sheetBudget(name: string, data: Buffer, stats: PrecheckStats, limits: PrecheckLimits): PrecheckResult | null {
  const scan = scanSheet(data);
  stats.cells += scan.cells;
  stats.rows += scan.rows;
  stats.mergedCells += scan.mergedCells;
  stats.merges += scan.merges;
  if (stats.mergedCells > limits.maxMergedCells) return fail('huge_merge', { detail: `${name} (${scan.largestMerge ?? '?'})` });
  if (stats.merges > limits.maxMerges) return fail('too_many_merges', { detail: `${n(stats.merges)} vùng gộp ô, giới hạn ${n(limits.maxMerges)}` });
  if (stats.cells > limits.maxCells) return fail('too_many_cells', { detail: n(stats.cells) });
  if (stats.rows > limits.maxRows) return fail('too_many_rows', { detail: `${n(stats.rows)} dòng, giới hạn ${n(limits.maxRows)}` });
  if (scan.longestFormula > limits.maxFormulaChars) return fail('formula_too_long', { detail: `${name}: ${n(scan.longestFormula)} ký tự`, limit: n(limits.maxFormulaChars) });
  if (scan.longestInlineString > limits.maxStringChars) return fail('string_too_long', { detail: `${name}: ${n(scan.longestInlineString)} ký tự`, limit: n(limits.maxStringChars) });
  return null;
}

function stringsBudget(name: string, data: Buffer, stats: PrecheckStats, limits: PrecheckLimits): PrecheckResult | null {
  const scan = scanSharedStrings(data);
  stats.sharedStrings += scan.strings;
  stats.textChars += scan.chars;
  if (scan.longest > limits.maxStringChars) return fail('string_too_long', { detail: `${name}, chuỗi số ${n(scan.longestIndex)}: ${n(scan.longest)} ký tự`, limit: n(limits.maxStringChars) });
  if (stats.sharedStrings > limits.maxSharedStrings) return fail('too_many_strings', { detail: `${n(stats.sharedStrings)} chuỗi, giới hạn ${n(limits.maxSharedStrings)}` });
  if (stats.textChars > limits.maxTextChars) return fail('too_much_text', { detail: `${n(stats.textChars)} ký tự, giới hạn ${n(limits.maxTextChars)}` });
  return null;
}

function stylesBudget(name: string, data: Buffer, stats: PrecheckStats, limits: PrecheckLimits): PrecheckResult | null {
  stats.styles += scanStyles(data).records;
  if (stats.styles > limits.maxStyles) return fail('too_many_styles', { detail: `${name}: ${n(stats.styles)} định dạng, giới hạn ${n(limits.maxStyles)}` });
  return null;
}
