import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../shared/domain/app';
import type { AppContext } from '../context';
import { backupTo, timestampedName } from '../db/backup';
import { writeAudit } from '../db/queries/audit';

export const backupDir = (ctx: AppContext) => path.join(ctx.dataDir, 'backups');

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
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
