import path from 'node:path';
import type { RestoreInfo } from '../shared/domain/app';
import { backupStamp, restoredCounts } from './backup/restore-summary';
import { dailyBackup, replaceDatabaseFile } from './backup/service';
import { createAppContext, type AppContext } from './context';
import { writeAudit } from './db/queries/audit';
import type { FileOpener } from './files/open';
import { folderSink, type FileSink } from './files/sink';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { createHandlers } from './handlers';
import type { HandlerEnv } from './handlers/types';
import { Importer } from './import/importer';
import type { ReportParser } from './import/parser';

export interface Services {
  readonly ctx: AppContext;
  readonly importer: Importer;
  dispatch: Dispatch;
  /** The product's output folder: the web server's download route serves files from it only. */
  readonly outputDir: string;
  /** Replaces the database with a backup file, keeping the current one aside, and reopens it. */
  restore(from: string): Promise<RestoreInfo>;
  close(): Promise<void>;
}

export interface ServicesOptions {
  dbPath: string;
  seedDir: string;
  dataDir?: string;
  shell: 'electron' | 'web';
  version: string;
  /** The isolated workbook parser: a forked Node process, or Electron's utility process. */
  parser: ReportParser;
  /** Where generated files go; defaults to the "xuat-ra" folder of the data folder. */
  files?: FileSink;
  /** Electron: opens files of the output folder with the desktop. */
  opener?: FileOpener;
  /** The daily automatic backup on start (tests of other things turn it off). */
  dailyBackup?: boolean;
  log?: (e: unknown) => void;
}

/** Opens the database and wires every handler behind one dispatch: the same for all transports. */
export async function startServices(o: ServicesOptions): Promise<Services> {
  const open = () => createAppContext({ dbPath: o.dbPath, seedDir: o.seedDir, dataDir: o.dataDir });
  const ctx = await open();
  if (o.dailyBackup !== false) await dailyBackup(ctx);
  const files = o.files ?? folderSink(path.join(ctx.dataDir, 'xuat-ra'));
  // One env object, shared by every handler: a restore swaps its context in place.
  const env: HandlerEnv = { ctx, importer: new Importer(ctx, o.parser), files, opener: o.opener, shell: o.shell, version: o.version, restore: (from) => restore(from) };

  async function restore(from: string): Promise<RestoreInfo> {
    const actor = await env.ctx.actor();
    const stamp = backupStamp(from);
    await env.ctx.close();
    let aside: string | null;
    try {
      aside = await replaceDatabaseFile(o.dbPath, from, env.ctx.dataDir);
    } finally {
      env.ctx = await open();
      env.importer = new Importer(env.ctx, o.parser);
    }
    await writeAudit(env.ctx.db, actor, { action: 'restore', entity: 'database', entityKey: path.basename(o.dbPath), oldValue: aside, newValue: from });
    return { restoredFrom: from, keptAside: aside, migrated: env.ctx.migrated, ...stamp, ...(await restoredCounts(env.ctx)) };
  }

  return {
    get ctx() {
      return env.ctx;
    },
    get importer() {
      return env.importer;
    },
    dispatch: createDispatch(createHandlers(), env, o.log),
    outputDir: files.root,
    restore,
    close: async () => {
      await o.parser.close();
      await env.ctx.close();
    },
  };
}

