import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
let sequence = 0;

/**
 * "sao-luu-20211215-083005-123-0007a3f9.db": sortable by time, readable, no characters Windows
 * refuses. Milliseconds, a per-process counter and a random tail keep names apart when several
 * backups start in the same instant (in this process or another one on the same folder).
 */
export function timestampedName(prefix: string, at = new Date()): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}-${pad(at.getMilliseconds(), 3)}`;
  sequence = (sequence + 1) % 0x10000;
  return `${prefix}-${stamp}-${sequence.toString(16).padStart(4, '0')}${crypto.randomBytes(2).toString('hex')}.db`;
}

/** A temporary file of a backup still being written; one per call, so two backups never share one. */
export const UNFINISHED_BACKUP = /\.db\.[0-9a-f]{12}\.tmp$/;
const unfinishedName = (target: string) => `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;

/**
 * A consistent copy through SQLite's online backup API (a file copy of a WAL database can miss
 * committed pages still in the -wal file). Writes to a temporary name of its own first so that a
 * crash never leaves a half-written backup under the final name.
 */
export async function backupTo(raw: BetterSqlite3.Database, dest: string): Promise<string> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = unfinishedName(dest);
  try {
    await raw.backup(tmp);
    // A backup is one self-contained file: no -wal or -shm beside it when it is opened later.
    const copy = new BetterSqlite3(tmp);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    return claimName(tmp, dest);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Moves the finished copy to the first free name from `dest` on ("-2", "-3"…). A hard link fails
 * when the name is taken, so two callers can never both think they own one name; where links are
 * not supported (some USB drives) a plain rename is used after the existence check.
 */
function claimName(tmp: string, dest: string): string {
  for (let n = 1; ; n++) {
    const target = n === 1 ? dest : dest.replace(/(\.db)?$/, `-${n}.db`);
    try {
      fs.linkSync(tmp, target);
      fs.rmSync(tmp, { force: true });
      return target;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (fs.existsSync(target)) continue;
      fs.renameSync(tmp, target);
      return target;
    }
  }
}
