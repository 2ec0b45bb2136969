import type BetterSqlite3 from 'better-sqlite3';

/**
 * A schema step. It runs inside a transaction the migrator opens, so it must not BEGIN/COMMIT
 * itself. Migrations are additive and never edited once released: a change is a new module.
 */
export interface Migration {
  up(db: BetterSqlite3.Database): void;
}
