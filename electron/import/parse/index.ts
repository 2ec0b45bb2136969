import type { ParseOutcome } from '../../../shared/domain/report';
import { DEFAULT_LIMITS, precheckWorkbook, type PrecheckLimits } from '../precheck';
import { rejection } from '../rejections';
import type { ParseCatalogue } from './catalogue';
import { extractReport } from './extract';
import type { SheetGrid } from './grid';
import { loadXlsxGrids } from './load';

export type { ParseCatalogue } from './catalogue';

export interface ParseOptions {
  limits?: Partial<PrecheckLimits>;
}

/**
 * Reads one district report. Never throws on bad data: every file ends as a report (possibly
 * with findings) or a rejection with a Vietnamese reason. Runs in the caller's process: use the
 * isolated host (isolate.ts) for files from outside.
 */
export async function parseWorkbook(bytes: Uint8Array, fileName: string, catalogue: ParseCatalogue, options: ParseOptions = {}): Promise<ParseOutcome> {
  const pre = precheckWorkbook(bytes, options.limits, 'full');
  if (!pre.ok) return { ok: false, rejection: pre.rejection };
  let grids: SheetGrid[];
  let legacy: typeof import('../legacy/read-legacy') | null = null;
  if (pre.format !== 'xlsx') {
    // SheetJS is loaded for the old formats only: most batches have none, and it lengthens the worker's start.
    legacy = await import('../legacy/read-legacy');
    const read = legacy.readLegacy(pre.format, bytes, pre.parts, { ...DEFAULT_LIMITS, ...options.limits });
    if (!read.ok) return read;
    try {
      grids = legacy.legacyGrids(read.wb);
    } catch (e) {
      return ourBug(e);
    }
  } else {
    try {
      grids = await loadXlsxGrids(pre.parts, bytes);
    } catch (e) {
      return { ok: false, rejection: rejection('unreadable', { detail: `exceljs: ${(e as Error).message}`.slice(0, 300) }) };
    }
  }
  try {
    const out = extractReport(grids, fileName, catalogue, { ...DEFAULT_LIMITS, ...options.limits }.maxTextChars);
    if (out.ok && legacy && pre.format !== 'xlsx') out.report.findings.unshift(legacy.conversionFinding(pre.format, grids));
    return out;
  } catch (e) {
    return ourBug(e);
  }
}

/** A bug of ours, not the file's fault; still an answer rather than a crash of the import. */
function ourBug(e: unknown): ParseOutcome {
  return { ok: false, rejection: rejection('unreadable', { detail: `lỗi khi phân tích: ${(e as Error).stack ?? String(e)}`.slice(0, 600) }) };
}
