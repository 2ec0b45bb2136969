import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from '../../migrations';
import { AppError } from '../../shared/result';

export interface MigrationState {
  current: number;
  latest: number;
  applied: string[];
}

export function migrationState(db: BetterSqlite3.Database, migrations = MIGRATIONS): MigrationState {
  const current = db.pragma('user_version', { simple: true }) as number;
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  const applied = hasTable
    ? (db.prepare('SELECT name FROM schema_migrations ORDER BY version').all() as { name: string }[]).map((r) => r.name)
    : [];
  return { current, latest: migrations.length, applied };
}

/**
 * Refuses a database written by a newer version of the product: it knows migrations this build
 * does not, and writing to it with the older schema would lose or corrupt data.
 */
export function assertNotFromFuture(db: BetterSqlite3.Database, migrations = MIGRATIONS): void {
  const state = migrationState(db, migrations);
  const known = new Set(migrations.map(([name]) => name));
  const unknown = state.applied.filter((n) => !known.has(n));
  if (state.current > state.latest || unknown.length > 0) {
    throw new AppError(
      'conflict',
      `Tệp dữ liệu này do một phiên bản mới hơn của phần mềm ghi (phiên bản dữ liệu ${state.current}, ` +
        `phiên bản này chỉ hiểu đến ${state.latest}). Hãy cài phiên bản mới nhất của Phối hợp Dân vận ` +
        'để mở tệp; phần mềm không ghi gì vào tệp này.',
    );
  }
}

/** Runs each pending migration in its own transaction; returns the names it applied. */
export function runMigrations(db: BetterSqlite3.Database, migrations = MIGRATIONS): string[] {
  assertNotFromFuture(db, migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL) STRICT`);
  const { current } = migrationState(db, migrations);
  const done: string[] = [];
  for (let i = current; i < migrations.length; i++) {
    const [name, migration] = migrations[i]!;
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(i + 1, name, new Date().toISOString());
      db.pragma(`user_version = ${i + 1}`);
    }).immediate();
    done.push(name);
  }
  return done;
}
