import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { openDatabase } from './db/connection';
import type { DeferredSync } from './db/deferred-sync';
import { getAppSetting } from './db/queries/app-settings';
import type { Actor } from './db/queries/audit';
import type { Database } from './db/schema';
import { seedIfEmpty } from './plan/seed';

/** What every service needs: the database, where files go, who is acting. */
export interface AppContext {
  db: Kysely<Database>;
  raw: BetterSqlite3.Database;
  dbPath: string;
  /** The user data folder: backups/ and exports live under it. */
  dataDir: string;
  actor(): Promise<Actor>;
  /** Migrations applied when the database was opened, and the copy taken before them. */
  migrated: string[];
  preMigrationBackup: string | null;
  /** Import saves go through it: committed at once, synced to disk once per burst. */
  sync: DeferredSync;
  close(): Promise<void>;
}

export interface ContextOptions {
  dbPath: string;
  /** Folder holding the seed files of the first plan (the CSVs copied from the domain). */
  seedDir: string;
  dataDir?: string;
}

export async function createAppContext(options: ContextOptions): Promise<AppContext> {
  const dataDir = options.dataDir ?? path.dirname(path.resolve(options.dbPath));
  const opened = await openDatabase(options.dbPath, { backupDir: path.join(dataDir, 'backups') });
  const osUser = safeOsUser();
  const ctx: AppContext = {
    db: opened.db,
    raw: opened.raw,
    dbPath: opened.path,
    dataDir,
    actor: async () => ({ osUser, displayName: (await getAppSetting(opened.db, 'display_name')) ?? osUser }),
    migrated: opened.migrated,
    preMigrationBackup: opened.preMigrationBackup,
    sync: opened.sync,
    close: opened.close,
  };
  try {
    await seedIfEmpty(ctx, options.seedDir);
  } catch (e) {
    await opened.close();
    throw e;
  }
  return ctx;
}

function safeOsUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'không rõ';
  }
}
