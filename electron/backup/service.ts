import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupFile } from '../../shared/domain/app';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { backupTo, timestampedName, UNFINISHED_BACKUP } from '../db/backup';
import { checkExisting } from '../db/connection';
import { assertNotFromFuture } from '../db/migrate';
import { assertSchema } from '../db/schema-check';
import { getAppSetting, setAppSetting } from '../db/queries/app-settings';
import { writeAudit } from '../db/queries/audit';

export const backupDirOf = (dataDir: string) => path.join(dataDir, 'backups');
export const backupDir = (ctx: AppContext) => backupDirOf(ctx.dataDir);
export const DEFAULT_KEEP = 10;
/** Copies the app takes by itself; the user's own backups ("sao-luu") are never deleted. */
const AUTOMATIC = ['tu-dong', 'truoc-nang-cap', 'truoc-khoi-phuc', 'truoc-trao-doi'] as const;

const describe = (file: string): BackupFile => {
  const st = fs.statSync(file);
  return { path: file, name: path.basename(file), bytes: st.size, createdAt: st.mtime.toISOString() };
};

/** A backup the user asked for, into the data folder's backups/ (or a path the CLI names). */
export async function createBackup(ctx: AppContext, out?: string): Promise<BackupFile> {
  const target = await backupTo(ctx.raw, out ?? path.join(backupDir(ctx), timestampedName('sao-luu')));
  await writeAudit(ctx.db, await ctx.actor(), { action: 'backup', entity: 'database', entityKey: path.basename(ctx.dbPath), oldValue: null, newValue: target });
  return describe(target);
}

export function listBackups(ctx: AppContext): BackupFile[] {
  const dir = backupDir(ctx);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.db'))
    .map((n) => describe(path.join(dir, n)))
    .sort((a, b) => b.name.localeCompare(a.name));
}

export async function backupKeep(ctx: AppContext): Promise<number> {
  const v = Number(await getAppSetting(ctx.db, 'backup_keep'));
  return Number.isInteger(v) && v >= 1 ? v : DEFAULT_KEEP;
}

export async function setBackupKeep(ctx: AppContext, keep: number): Promise<number> {
  const before = await backupKeep(ctx);
  if (before !== keep) {
    const actor = await ctx.actor();
    await ctx.db.transaction().execute(async (trx) => {
      await setAppSetting(trx, 'backup_keep', String(keep));
      await writeAudit(trx, actor, { action: 'update', entity: 'app_setting', entityKey: 'backup_keep', oldValue: before, newValue: keep });
    });
  }
  pruneAutomatic(backupDir(ctx), keep);
  return keep;
}

/** Keeps the newest `keep` copies of each automatic kind; names sort by time. */
export function pruneAutomatic(dir: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const kind of AUTOMATIC) {
    const files = fs
      .readdirSync(dir)
      .filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.db'))
      .sort()
      .reverse();
    for (const old of files.slice(keep)) {
      fs.rmSync(path.join(dir, old), { force: true });
      removed.push(old);
    }
  }
  return removed;
}

const dayStamp = (d = new Date()) => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;

/** Once a day, on the first start: a copy through the backup API, then the oldest automatic copies go. */
export async function dailyBackup(ctx: AppContext, now = new Date()): Promise<string | null> {
  const dir = backupDir(ctx);
  const today = `tu-dong-${dayStamp(now)}-`;
  removeUnfinished(dir);
  const exists = fs.existsSync(dir) && fs.readdirSync(dir).some((n) => n.startsWith(today) && n.endsWith('.db'));
  const made = exists ? null : await backupTo(ctx.raw, path.join(dir, timestampedName('tu-dong', now)));
  pruneAutomatic(dir, await backupKeep(ctx));
  return made;
}

/** A ".tmp" left by a backup that was cut off is not a backup: it goes (older versions named it "….db.tmp"). */
function removeUnfinished(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const n of fs.readdirSync(dir)) if (n.endsWith('.db.tmp') || UNFINISHED_BACKUP.test(n)) fs.rmSync(path.join(dir, n), { force: true });
}

/**
 * Checks that a file can replace the current database: a healthy database of this product, not
 * from a newer version, with exactly the schema this version's migrations give its version. Opened read-only, so a refused file is left exactly as it was.
 */
export function assertRestorable(file: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('not_found', `Không tìm thấy tệp ${file}.`);
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('rejected_file', `Tệp ${path.basename(file)} không phải là cơ sở dữ liệu.`);
  }
  try {
    checkExisting(raw, file);
    assertNotFromFuture(raw);
    // A backup with a trigger or view slipped in would run it on every import after the restore.
    assertSchema(raw, file);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('rejected_file', `Tệp ${path.basename(file)} không phải là cơ sở dữ liệu của Phối hợp Dân vận.`);
  } finally {
    raw.close();
  }
}

/**
 * Replaces the database file with a backup. The caller has closed the database. The current file
 * is first copied aside ("truoc-khoi-phuc-…"), so a restore can itself be undone.
 */
export async function replaceDatabaseFile(dbPath: string, from: string, dataDir: string): Promise<string | null> {
  assertRestorable(from);
  let aside: string | null = null;
  if (fs.existsSync(dbPath)) {
    const target = path.join(backupDirOf(dataDir), timestampedName('truoc-khoi-phuc'));
    try {
      const current = new BetterSqlite3(dbPath, { readonly: true });
      try {
        aside = await backupTo(current, target);
      } finally {
        current.close();
      }
    } catch {
      // The current file may be the broken one being replaced: keep its bytes as they are.
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(dbPath, target);
      aside = target;
    }
  }
  const source = new BetterSqlite3(from, { readonly: true });
  const tmp = `${dbPath}.khoi-phuc.tmp`;
  try {
    fs.rmSync(tmp, { force: true });
    await source.backup(tmp);
  } finally {
    source.close();
  }
  // The current file was closed cleanly, so its -wal holds nothing the file lacks; it must go
  // before the swap or SQLite would replay it onto the restored copy. The rename then replaces the
  // file in one step: a cut-off restore leaves either the old database or the restored one.
  for (const f of [`${dbPath}-wal`, `${dbPath}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(tmp, dbPath);
  return aside;
}
