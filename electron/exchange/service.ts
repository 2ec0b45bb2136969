import fs from 'node:fs';
import path from 'node:path';
import { savedFiles } from '../files/saved';
import type { SavedFiles } from '../../shared/domain/app';
import { PACKAGE_EXTENSION, SECTION_LABELS, type ExchangeConflict, type ExchangeImportResult, type ExchangePreview } from '../../shared/domain/exchange';
import { AppError } from '../../shared/result';
import { MIGRATIONS } from '../../migrations';
import { backupDir } from '../backup/service';
import type { AppContext } from '../context';
import { backupTo, timestampedName } from '../db/backup';
import { writeAudit } from '../db/queries/audit';
import { listConflicts } from '../db/queries/exchange';
import { listPlans } from '../db/queries/plan';
import type { FileSink } from '../files/sink';
import { requirePlan } from '../plan/service';
import { localIsoDate } from '../../shared/dates';
import { applyPackage, type StagedPackage } from './apply';
import type { Importer } from '../import/importer';
import { stageWorkbooks } from './workbooks';
import { collectContents } from './collect';
import { packContents } from './pack';
import { requireSection, storedPassphrase } from './settings';
import { unpackPackage, type Unpacked } from './unpack';

export { resolveConflict } from './resolve';
export { exchangeSettings, saveExchangeSettings } from './settings';

/** The schema this version writes: the newest migration's name. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)![0];
const KNOWN_SCHEMAS = MIGRATIONS.map(([name]) => name);

export interface ExportRequest {
  year: number;
  period?: string;
  /** The CLI's --passphrase-file; otherwise the passphrase set on this PC. */
  passphrase?: string | null;
}

/** "Trao đổi dữ liệu năm 2021 - Phòng Chính trị - 02-12-2026.pdvtd" */
export function packageFileName(year: number, period: string | null, section: keyof typeof SECTION_LABELS, date = localIsoDate()): string {
  return `Trao đổi dữ liệu ${period ? `kỳ ${period}` : `năm ${year}`} - ${SECTION_LABELS[section]} - ${date.split('-').reverse().join('-')}${PACKAGE_EXTENSION}`;
}

export async function buildPackage(ctx: AppContext, req: ExportRequest): Promise<{ bytes: Uint8Array; fileName: string; id: string }> {
  await requirePlan(ctx, req.year);
  const section = await requireSection(ctx);
  const contents = await collectContents(ctx, req.year, req.period ?? null);
  const passphrase = req.passphrase !== undefined ? req.passphrase : await storedPassphrase(ctx);
  const { bytes, manifest } = await packContents(contents, { planYear: req.year, period: req.period ?? null, section, createdBy: (await ctx.actor()).displayName, schemaVersion: SCHEMA_VERSION, passphrase });
  return { bytes, fileName: packageFileName(req.year, req.period ?? null, section), id: manifest.id };
}

/** The screens' export: through the save dialog (or the export folder of the browser build). */
export async function exportPackage(ctx: AppContext, files: FileSink, req: ExportRequest): Promise<SavedFiles> {
  const built = await buildPackage(ctx, req);
  const saved = await files.saveFile(built.fileName, built.bytes);
  if (saved) await auditExport(ctx, built.id, saved, req);
  return savedFiles(files, saved, saved ? [saved] : []);
}

export async function auditExport(ctx: AppContext, id: string, file: string, req: ExportRequest): Promise<void> {
  await writeAudit(ctx.db, await ctx.actor(), { action: 'export', entity: 'exchange_package', entityKey: id, oldValue: null, newValue: { file: path.basename(file), year: req.year, period: req.period ?? null } });
}

export interface PackageFile {
  fileName: string;
  bytes: Uint8Array;
  /** The plan year the clerk means to import into. */
  year?: number;
  passphrase?: string | null;
}

async function open(ctx: AppContext, f: PackageFile): Promise<Unpacked> {
  const passphrase = f.passphrase !== undefined ? f.passphrase : await storedPassphrase(ctx);
  const planYears = (await listPlans(ctx.db)).map((p) => p.year);
  return unpackPackage(path.basename(f.fileName), f.bytes, { passphrase, knownSchemas: KNOWN_SCHEMAS, year: f.year, planYears });
}

/** The package's workbooks parsed once, outside any transaction, by an importer of their own. */
async function stage(importer: Importer, u: Unpacked): Promise<StagedPackage> {
  const own = importer.sibling();
  return { importer: own, workbooks: await stageWorkbooks(own, u) };
}

/** What importing would do, worked out by doing it and rolling back: nothing is written. */
export async function previewPackage(ctx: AppContext, importer: Importer, f: PackageFile): Promise<ExchangePreview> {
  const unpacked = await open(ctx, f);
  return applyPackage(ctx, unpacked, { dryRun: true, staged: await stage(importer, unpacked) });
}

/**
 * Imports a package in one transaction, after a copy of the database (as before a migration or
 * a restore). A package that brings nothing new writes nothing, not even the copy.
 */
export async function importPackage(ctx: AppContext, importer: Importer, f: PackageFile): Promise<ExchangeImportResult> {
  const unpacked = await open(ctx, f);
  const staged = await stage(importer, unpacked);
  // The copy first, the package applied once; a package that brought nothing leaves no copy behind.
  const backup = await backupTo(ctx.raw, path.join(backupDir(ctx), timestampedName('truoc-trao-doi')));
  const result = await applyPackage(ctx, unpacked, { dryRun: false, staged });
  if (result.changes) return { ...result, backup };
  fs.rmSync(backup, { force: true });
  return { ...result, backup: null };
}

export async function exchangeConflicts(ctx: AppContext, filter: { year?: number; period?: string }): Promise<ExchangeConflict[]> {
  if (filter.year === undefined && filter.period === undefined) throw new AppError('invalid_input', 'Cần năm kế hoạch hoặc kỳ báo cáo.');
  return listConflicts(ctx.db, filter);
}
