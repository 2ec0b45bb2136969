import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { deferredSync } from '../../../electron/db/deferred-sync';
import { tempDir } from '../../helpers/temp';

const FULL = 2;
const NORMAL = 1;
const opened: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function database(journal: 'WAL' | 'DELETE'): BetterSqlite3.Database {
  const raw = new BetterSqlite3(path.join(tempDir(), 'd.db'));
  opened.push(raw);
  raw.pragma(`journal_mode = ${journal}`);
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE t (x INTEGER)');
  return raw;
}

const insert = (raw: BetterSqlite3.Database, x: number) => async () => {
  raw.prepare('INSERT INTO t (x) VALUES (?)').run(x);
  return raw.pragma('synchronous', { simple: true });
};
/** Frames of the WAL not yet copied into the database file: 0 once a checkpoint synced everything. */
const unsynced = (raw: BetterSqlite3.Database) => {
  const [r] = raw.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  return r!.log - r!.checkpointed;
};

describe('deferred sync of import saves', () => {
  it('under WAL, commits a burst without fsync and checkpoints it once, then goes back to FULL', async () => {
    const raw = database('WAL');
    const sync = deferredSync(raw, 10_000);
    expect(await Promise.all([sync.run(insert(raw, 1)), sync.run(insert(raw, 2))])).toEqual([NORMAL, NORMAL]);
    expect(unsynced(raw)).toBeGreaterThan(0);
    expect(raw.pragma('synchronous', { simple: true })).toBe(NORMAL);
    sync.flush();
    expect(unsynced(raw)).toBe(0);
    expect(raw.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(raw.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
  });

  it('saves one after another in a burst all commit at NORMAL, and the burst after a flush is NORMAL again (the level is set once per burst)', async () => {
    const raw = database('WAL');
    const sync = deferredSync(raw, 10_000);
    const levels: unknown[] = [];
    for (let x = 1; x <= 3; x++) levels.push(await sync.run(insert(raw, x)));
    expect(levels).toEqual([NORMAL, NORMAL, NORMAL]);
    sync.flush();
    expect(raw.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(await sync.run(insert(raw, 4))).toBe(NORMAL);
    sync.flush();
    expect(unsynced(raw)).toBe(0);
    expect(raw.pragma('synchronous', { simple: true })).toBe(FULL);
  });

  it('syncs by itself a moment after the last save of a burst', async () => {
    const raw = database('WAL');
    const sync = deferredSync(raw, 5);
    await sync.run(insert(raw, 1));
    await new Promise((r) => setTimeout(r, 50));
    expect(unsynced(raw)).toBe(0);
    expect(raw.pragma('synchronous', { simple: true })).toBe(FULL);
  });

  it('keeps FULL under a rollback journal (a network drive), where NORMAL could corrupt the file on power loss', async () => {
    const raw = database('DELETE');
    const sync = deferredSync(raw, 5);
    expect(await sync.run(insert(raw, 1))).toBe(FULL);
  });

  it('a failed save still ends the burst: the connection returns to FULL', async () => {
    const raw = database('WAL');
    const sync = deferredSync(raw, 10_000);
    await expect(
      sync.run(async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    sync.flush();
    expect(raw.pragma('synchronous', { simple: true })).toBe(FULL);
  });
});
