import type BetterSqlite3 from 'better-sqlite3';
import { SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type Kysely, type SqliteDatabase } from 'kysely';

/**
 * On SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY (and out of memory) SQLite may roll the transaction back
 * by itself. Kysely then sends its own ROLLBACK, which fails with "no transaction is active" and
 * replaces the real error: the clerk would read "internal" instead of "the disk is full". The
 * rollback is skipped when SQLite has already done it, so the original error comes through.
 */
class RollbackAwareDriver extends SqliteDriver {
  constructor(
    private readonly raw: BetterSqlite3.Database,
    database: SqliteDatabase,
  ) {
    super({ database });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.raw.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

/** `database` is what runs the queries (the statement cache over `raw`); `raw` says whether a transaction is open. */
export function sqliteDialect(raw: BetterSqlite3.Database, database: SqliteDatabase = raw): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new RollbackAwareDriver(raw, database),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
