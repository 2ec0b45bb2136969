import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../electron/db/statement-cache';

let raw: BetterSqlite3.Database;
afterEach(() => {
  if (raw?.open) raw.close();
});

function open() {
  raw = new BetterSqlite3(':memory:');
  raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return raw;
}

describe('withStatementCache: each SQL text prepared once', () => {
  it('returns the same statement for the same SQL and the queries still read what was written', async () => {
    const db = withStatementCache(open());
    expect(db.prepare('SELECT v FROM t WHERE id = ?')).toBe(db.prepare('SELECT v FROM t WHERE id = ?'));
    const k = new Kysely<{ t: { id: number; v: string } }>({ dialect: new SqliteDialect({ database: db }) });
    for (const [id, v] of [[1, 'một'], [2, 'hai']] as const) await k.insertInto('t').values({ id, v }).execute();
    expect(await k.selectFrom('t').select('v').where('id', '=', 2).executeTakeFirst()).toEqual({ v: 'hai' });
    expect(await k.selectFrom('t').select('v').where('id', '=', 1).executeTakeFirst()).toEqual({ v: 'một' });
    await k.destroy();
    expect(raw.open).toBe(false);
  });

  it('a statement busy in a streamed query is not handed to a second caller', () => {
    const db = withStatementCache(open());
    raw.exec(`INSERT INTO t VALUES (1, 'a'), (2, 'b')`);
    const text = 'SELECT v FROM t ORDER BY id';
    const seen: string[] = [];
    for (const row of db.prepare(text).iterate([]) as Iterable<{ v: string }>) {
      // The same SQL again while the first iteration still holds its statement.
      seen.push(`${row.v}:${db.prepare(text).all([]).length}`);
    }
    expect(seen).toEqual(['a:2', 'b:2']);
  });

  it('keeps at most `max` statements', () => {
    const db = withStatementCache(open(), 2);
    const first = db.prepare('SELECT 1');
    db.prepare('SELECT 2');
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).not.toBe(first);
  });
});
