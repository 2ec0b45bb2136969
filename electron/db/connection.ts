import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { MIGRATIONS } from '../../migrations';
import { AppError } from '../../shared/result';
import { backupTo, timestampedName } from './backup';
import { assertNotFromFuture, migrationState, runMigrations } from './migrate';
import { sqliteDialect } from './dialect';
import { assertSchema } from './schema-check';
import { isSqliteNotADatabase, storageError } from './sqlite-errors';
import { deferredSync, type DeferredSync } from './deferred-sync';
import { withStatementCache } from './statement-cache';
import { journalModeFor } from './storage';
import type { Database } from './schema';

/** "PHDV" in the SQLite header marks a file as ours, so that a stranger's database is refused. */
export const APPLICATION_ID = 0x50484456;
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenedDatabase {
  raw: BetterSqlite3.Database;
  db: Kysely<Database>;
  path: string;
  /** Migrations applied while opening (empty when the schema was current). */
  migrated: string[];
  /** Copy taken before migrating an existing database, if any. */
  preMigrationBackup: string | null;
  /** Import saves commit through this: synced to disk once per burst (deferred-sync.ts). */
  sync: DeferredSync;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where the pre-migration copy goes; defaults to a "backups" folder beside the file. */
  backupDir?: string;
  migrations?: typeof MIGRATIONS;
}

const isEmptyFile = (p: string) => !fs.existsSync(p) || fs.statSync(p).size === 0;

function isBlankDatabase(raw: BetterSqlite3.Database): boolean {
  try {
    const appId = raw.pragma('application_id', { simple: true });
    const objects = raw.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return (appId === 0 || appId === APPLICATION_ID) && objects === 0;
  } catch {
    return false;
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw storageError(e, file) ?? new AppError('io_error', `Không mở được tệp dữ liệu ${file}: ${(e as Error).message}`);
  }
  try {
    // A file with no schema at all is one whose creation was cut off (power cut, killed process):
    // it holds nothing, so it is made ours rather than refused as a stranger's database.
    const fresh = isEmptyFile(file) || isBlankDatabase(raw);
    if (!fresh) {
      checkExisting(raw, file);
      assertNotFromFuture(raw, migrations);
      assertSchema(raw, file, migrations);
    }
    // Stamped before anything else is written, so the first bytes on disk already say it is ours.
    if (fresh) raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`journal_mode = ${journalModeFor(file) === 'wal' ? 'WAL' : 'DELETE'}`);
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    // Another program holding the file briefly (an antivirus scan, a sync client) is waited for;
    // held longer, the step fails with db_busy and says so.
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const pending = migrations.length - migrationState(raw, migrations).current;
    let preMigrationBackup: string | null = null;
    if (!fresh && pending > 0) {
      const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
      preMigrationBackup = path.join(dir, timestampedName('truoc-nang-cap'));
      await backupTo(raw, preMigrationBackup);
    }
    const migrated = runMigrations(raw, migrations);
    const db = new Kysely<Database>({ dialect: sqliteDialect(raw, withStatementCache(raw)) });
    const sync = deferredSync(raw);
    return {
      raw,
      db,
      path: file,
      migrated,
      preMigrationBackup,
      sync,
      close: async () => {
        sync.flush();
        await db.destroy();
        if (raw.open) raw.close();
      },
    };
  } catch (e) {
    if (raw.open) raw.close();
    throw storageError(e, file) ?? e;
  }
}

/** Throws unless the file is a healthy database of this product (our application id, quick_check ok). */
export function checkExisting(raw: BetterSqlite3.Database, file: string): void {
  let appId: number;
  try {
    appId = raw.pragma('application_id', { simple: true }) as number;
  } catch (e) {
    // A read-only folder or a locked file is ours all the same: say what stops it, not "not SQLite".
    const stored = isSqliteNotADatabase(e) ? null : storageError(e, file);
    throw stored ?? new AppError('rejected_file', `Tệp ${path.basename(file)} không phải là cơ sở dữ liệu SQLite.`);
  }
  if (appId !== APPLICATION_ID) {
    throw new AppError(
      'rejected_file',
      `Tệp ${path.basename(file)} không phải là tệp dữ liệu của Phối hợp Dân vận; phần mềm không mở nó để tránh ghi đè dữ liệu khác.`,
    );
  }
  const check = raw.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok') {
    throw new AppError(
      'db_error',
      `Tệp dữ liệu ${path.basename(file)} bị hỏng (kiểm tra: ${check}). Hãy khôi phục từ bản sao lưu gần nhất trong thư mục "backups".`,
    );
  }
}
