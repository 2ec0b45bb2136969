import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../context';

/** What a restore brought back, so the page can say it rather than reload silently. */
export interface RestoredContents {
  backupName: string;
  /** When the backup file was written (its modification time, as the backups list shows it). */
  backupCreatedAt: string;
  /** Reports in use (the current version of each unit and period). */
  reports: number;
  /** The latest import recorded in the restored data, null when it holds no report. */
  latestImport: string | null;
}

export function backupStamp(file: string): Pick<RestoredContents, 'backupName' | 'backupCreatedAt'> {
  return { backupName: path.basename(file), backupCreatedAt: fs.statSync(file).mtime.toISOString() };
}

export async function restoredCounts(ctx: AppContext): Promise<Pick<RestoredContents, 'reports' | 'latestImport'>> {
  const row = await ctx.db
    .selectFrom('reports')
    .select((eb) => [eb.fn.countAll<number>().filterWhere('is_current', '=', 1).as('reports'), eb.fn.max('imported_at').as('latest')])
    .executeTakeFirstOrThrow();
  return { reports: Number(row.reports), latestImport: row.latest ?? null };
}
