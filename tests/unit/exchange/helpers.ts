import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cli } from '../../helpers/cli';

export const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/cases/exchange-h1-2021');
export const quarterFiles = (q: 1 | 2) => fs.readdirSync(FOLDER).filter((f) => f.startsWith(`BC quy ${q}-`)).sort().map((f) => path.join(FOLDER, f));

/** Imports workbooks as a clerk would, received before the due date of their quarter. */
export async function importQuarter(db: string, files: string[], received: string): Promise<void> {
  const run = await cli(['import', ...files, '--db', db, '--received', received, '--json']);
  if (run.code !== 0) throw new Error(run.err);
}

/** Every row of every table, audit log included: "nothing written" means this is unchanged. */
export function dumpAll(db: string): Record<string, unknown[]> {
  const raw = new Database(db, { readonly: true });
  try {
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, raw.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    raw.close();
  }
}
