import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const pad = (n: number) => String(n).padStart(2, '0');

/** "truoc-nang-cap-20211215-083005.db": sortable, readable, no characters Windows refuses. */
export function timestampedName(prefix: string, at = new Date()): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${prefix}-${stamp}.db`;
}

/**
 * A consistent copy through SQLite's online backup API (a file copy of a WAL database can miss
 * committed pages still in the -wal file). Writes to a temporary name first so that a crash never
 * leaves a half-written backup under the final name.
 */
export async function backupTo(raw: BetterSqlite3.Database, dest: string): Promise<string> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  let target = dest;
  for (let n = 2; fs.existsSync(target); n++) target = dest.replace(/(\.db)?$/, `-${n}.db`);
  const tmp = `${target}.tmp`;
  fs.rmSync(tmp, { force: true });
  await raw.backup(tmp);
  // A backup is one self-contained file: no -wal or -shm beside it when it is opened later.
  const copy = new BetterSqlite3(tmp);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  fs.renameSync(tmp, target);
  return target;
}
