import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 256;

/**
 * Kysely asks better-sqlite3 to prepare every query afresh; an import runs the same dozen queries
 * per file, so each SQL text is prepared once and reused. Bounded (oldest dropped first). A
 * statement still being iterated (a streamed query) is busy: that caller gets a fresh one.
 */
export function withStatementCache(raw: BetterSqlite3.Database, max = MAX_STATEMENTS): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last, so eviction drops the least used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const stmt = raw.prepare(sql);
      if (cached) return stmt;
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
