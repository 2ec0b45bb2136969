import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedIdentity, StagedFile } from '../../../shared/domain/import';
import { IMPORT_STATUS_LABELS } from '../../../shared/domain/import';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import type { Importer } from '../../import/importer';
import { AppError } from '../../../shared/result';
import { storageError } from '../../db/sqlite-errors';
import { emit, usageError, type CliIo } from '../io';

export interface ImportOptions {
  dryRun: boolean;
  unit?: string;
  period?: string;
  received?: string;
  year?: number;
  /** Files that count when the dates cannot tell them from another file of their unit and period. */
  current?: string[];
  /** --force: --unit/--period replace even what the file states for certain (the report keeps a finding). */
  force?: boolean;
  /** The database file, named in the message when saving a file fails (disk full, locked…). */
  dbPath?: string;
}

/** A file of the batch whose save failed: nothing of it was written (its transaction rolled back). */
const NOT_SAVED = 'not_saved';
type FileStatus = StagedFile['status'] | typeof NOT_SAVED;
const STATUS_LABELS: Record<FileStatus, string> = { ...IMPORT_STATUS_LABELS, [NOT_SAVED]: 'Chưa lưu được' };

interface FileResult {
  file: string;
  status: FileStatus;
  reason: { code: string; message: string } | null;
  district_code: string | null;
  unit_type: string | null;
  period: string | null;
  identity_source: { district: string | null; unit_type: string | null; period: string | null } | null;
  confidence: string | null;
  version: number | null;
  values: Record<string, { period: number | null; ytd: number | null }>;
  narrative: StagedFile['narrative'] | null;
  findings: { code: string; sheet: string | null; cell: string | null; message: string }[];
}

function overrideIdentity(staged: StagedFile, o: ImportOptions): ResolvedIdentity | null {
  if (!o.unit && !o.period) return null;
  const m = o.unit ? /^(\d{3})-(BDV|QS)$/.exec(o.unit) : null;
  if (o.unit && !m) throw usageError('--unit có dạng mã huyện-BDV hoặc mã huyện-QS, ví dụ 524-BDV.');
  const districtCode = m?.[1] ?? staged.resolved?.districtCode ?? staged.identity?.districtCode;
  const unitType = (m?.[2] as 'BDV' | 'QS' | undefined) ?? staged.resolved?.unitType ?? staged.identity?.unitType;
  const period = o.period ?? staged.resolved?.period ?? staged.identity?.period;
  return districtCode && unitType && period ? { districtCode, unitType, period } : null;
}

const toResult = (file: string, s: StagedFile, version: number | null): FileResult => ({
  file,
  status: s.status,
  reason: s.reason,
  district_code: s.resolved?.districtCode ?? s.identity?.districtCode ?? null,
  unit_type: s.resolved?.unitType ?? s.identity?.unitType ?? null,
  period: s.resolved?.period ?? s.identity?.period ?? null,
  identity_source: s.identity ? { district: s.identity.sources.district, unit_type: s.identity.sources.unitType, period: s.identity.sources.period } : null,
  confidence: s.identity?.confidence ?? null,
  version,
  values: s.values,
  narrative: s.status === 'rejected' ? null : s.narrative,
  findings: s.findings.map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell, message: f.message })),
});

/**
 * `import FILES…`: every file is parsed first, then the batch is weighed as a whole (which file of
 * a unit and period counts depends on the report dates, not on the order the files were named),
 * then each is saved in its own transaction. With --dry-run the statuses are what a real run
 * would give, and nothing is written.
 */
export async function importFiles(importer: Importer, io: CliIo, files: string[], o: ImportOptions): Promise<{ notSaved: number }> {
  if (!files.length) throw usageError('Cần ít nhất một tệp: import TỆP… --db TỆP_DỮ_LIỆU');
  type Staged = FileResult | { file: string; staged: StagedFile };
  const stageOne = async (file: string): Promise<Staged> => {
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (size < 0 || size > MAX_FILE_BYTES || !fs.statSync(file).isFile()) {
      const message = size < 0 ? `Không tìm thấy tệp ${file}.` : size > MAX_FILE_BYTES ? 'Tệp quá lớn (tối đa 20 MB).' : `${file} không phải là tệp.`;
      return { file, status: 'rejected', reason: { code: size > MAX_FILE_BYTES ? 'too_large' : 'not_found', message }, district_code: null, unit_type: null, period: null, identity_source: null, confidence: null, version: null, values: {}, narrative: null, findings: [] };
    }
    let staged = await importer.stage(path.basename(file), fs.readFileSync(file), o.year);
    const override = staged.status === 'rejected' || staged.status === 'duplicate' ? null : overrideIdentity(staged, o);
    if (override) staged = await importer.confirm(staged.stagingId, override, { force: o.force });
    return { file, staged };
  };
  // A few files in flight: the next is read, hashed and prechecked while the worker parses, and
  // only those few files' bytes are held (the staged preview keeps no workbook). Read synchronously
  // so stage() is called in the files' order, the order the batch is weighed in.
  const results = await inOrder(files, STAGE_AHEAD, stageOne);
  const batch = results.filter((r): r is { file: string; staged: StagedFile } => 'staged' in r);
  const chosen = new Set((o.current ?? []).map((f) => path.basename(f)));
  for (const name of chosen) {
    if (!batch.some((b) => path.basename(b.file) === name)) throw usageError(`--current ${name}: tệp này không có trong lần nhập.`);
  }
  // The clerk's choices first, then the whole batch weighed once with the received date.
  for (const b of batch) if (chosen.has(path.basename(b.file))) await importer.choose(b.staged.stagingId, 'current');
  const refreshed = await importer.refresh(batch.map((b) => ({ stagingId: b.staged.stagingId, receivedDate: o.received })));
  for (const [i, b] of batch.entries()) b.staged = refreshed[i] ?? b.staged;
  const done = new Map<string, FileResult>();
  // Files the batch keeps as history first: each newer one then replaces it, so the statuses read as the preview said.
  const order = [...batch].sort((x, y) => Number(y.staged.status === 'superseded') - Number(x.staged.status === 'superseded'));
  for (const b of order) {
    const s = b.staged;
    let version: number | null = null;
    let status = s.status;
    if (!o.dryRun && SAVABLE.includes(s.status)) {
      let saved;
      try {
        saved = await importer.save(s.stagingId, o.received);
      } catch (e) {
        // One file that cannot be saved (the disk filled, another program holds the database) does
        // not take the batch down: the files saved before stay saved, and this one says why it is not.
        importer.drop(s.stagingId);
        done.set(s.stagingId, { ...toResult(b.file, s, null), status: NOT_SAVED, reason: saveFailure(e, o.dbPath) });
        continue;
      }
      version = saved.version;
      // Saved as current on the way is still what the batch preview said once the newer file of its unit is in.
      status = saved.status === 'superseded' || saved.status === 'duplicate' ? saved.status : s.status;
    } else if (!o.dryRun) {
      importer.drop(s.stagingId);
    }
    done.set(s.stagingId, toResult(b.file, { ...s, status }, version));
  }
  for (const b of batch) if (o.dryRun) importer.drop(b.staged.stagingId);
  // Each file committed on its own; the batch is power-safe before it is reported saved.
  if (!o.dryRun) importer.flushSaves();
  const final = results.map((r) => ('staged' in r ? done.get(r.staged.stagingId)! : r));
  emitResults(io, o, final);
  return { notSaved: final.filter((r) => r.status === NOT_SAVED).length };
}

function saveFailure(e: unknown, dbPath = 'dữ liệu'): { code: string; message: string } {
  const known = e instanceof AppError ? e : storageError(e, dbPath);
  if (known) return { code: known.code, message: known.message };
  return { code: 'internal', message: `Tệp này chưa được lưu do một lỗi ngoài dự kiến (${(e as Error).message}); không có gì của nó được ghi.` };
}

const STAGE_AHEAD = 4;

/** Runs `fn` over the items with at most `limit` at once; the results in the items' order. */
async function inOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed: unknown = null;
  const lane = async () => {
    while (next < items.length && failed === null) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failed !== null) throw failed;
  return out;
}

const SAVABLE: readonly StagedFile['status'][] = ['accepted', 'new_version', 'superseded', 'duplicate'];

function emitResults(io: CliIo, o: ImportOptions, results: FileResult[]): void {
  emit(io, { dry_run: o.dryRun, files: results }, () =>
    results
      .map((r) => {
        const who = r.district_code ? `${r.district_code}-${r.unit_type ?? '?'} ${r.period ?? '?'}` : '';
        const head = `${STATUS_LABELS[r.status].padEnd(14)} ${path.basename(r.file)}${who ? ` → ${who}` : ''}`;
        const lines = [head];
        if (r.reason) lines.push(`    ${r.reason.message}`);
        for (const f of r.findings.slice(0, 20)) lines.push(`    [${f.sheet ?? '-'}!${f.cell ?? '-'}] ${f.message}`);
        if (r.findings.length > 20) lines.push(`    … và ${r.findings.length - 20} ghi chú khác`);
        return lines.join('\n');
      })
      .join('\n') + (o.dryRun ? '\n(chạy thử: không ghi gì vào dữ liệu)' : ''),
  );
}
