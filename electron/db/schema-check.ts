import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from '../../migrations';
import { AppError } from '../../shared/result';
import { runMigrations } from './migrate';

type Migrations = typeof MIGRATIONS;

/** One schema object as SQLite keeps it in sqlite_master. */
interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

/**
 * Whitespace outside quoted text is layout, not meaning (SQLite keeps the CREATE text as written);
 * inside quotes ('…', "…", `…`, […]) every character counts, so a changed default is still seen.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  let quote: string | null = null;
  let pendingSpace = false;
  for (const ch of sql) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (/\s/.test(ch)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out) out += ' ';
    pendingSpace = false;
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '[') quote = ']';
    out += ch;
  }
  return out;
}

/**
 * SQLite's planner statistics (ANALYZE) only steer how a query runs, never what it returns; a
 * database someone analysed is not refused for them.
 */
const IGNORED = /^sqlite_stat\d$/;

export function schemaOf(raw: BetterSqlite3.Database): Map<string, SchemaObject> {
  const rows = raw.prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_master').all() as SchemaObject[];
  const out = new Map<string, SchemaObject>();
  for (const r of rows) if (!IGNORED.test(r.name)) out.set(`${r.type}:${r.name}`, { ...r, sql: r.sql === null ? null : normaliseSql(r.sql) });
  return out;
}

const cache = new WeakMap<Migrations, Map<number, Map<string, SchemaObject>>>();

/** Exactly what the first `version` migrations create, built once per version on an in-memory database. */
export function expectedSchema(version: number, migrations: Migrations = MIGRATIONS): Map<string, SchemaObject> {
  let byVersion = cache.get(migrations);
  if (!byVersion) cache.set(migrations, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;
  const mem = new BetterSqlite3(':memory:');
  try {
    runMigrations(mem, migrations.slice(0, version));
    const schema = schemaOf(mem);
    byVersion.set(version, schema);
    return schema;
  } finally {
    mem.close();
  }
}

const KIND: Record<string, string> = { table: 'bảng', index: 'chỉ mục', trigger: 'trigger', view: 'view' };
const label = (o: SchemaObject) => `${KIND[o.type] ?? o.type} "${o.name}"${o.type === 'table' || o.table === o.name ? '' : ` (của bảng "${o.table}")`}`;

/** What differs, one phrase per object, in the order extra, changed, missing. */
export function schemaDifferences(actual: Map<string, SchemaObject>, expected: Map<string, SchemaObject>): string[] {
  const extra: string[] = [];
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [key, o] of actual) {
    const want = expected.get(key);
    if (!want) extra.push(`có thêm ${label(o)} không do phần mềm tạo`);
    else if (want.sql !== o.sql || want.table !== o.table) changed.push(`${label(o)} khác với cấu trúc của phần mềm`);
  }
  for (const [key, o] of expected) if (!actual.has(key)) missing.push(`thiếu ${label(o)}`);
  return [...extra, ...changed, ...missing];
}

/**
 * Refuses a database whose schema is not exactly what this version's migrations produce for the
 * schema version it states (PRAGMA user_version). Checked before migrating, so nothing foreign (a
 * trigger rewriting figures, a view shadowing a table) ever runs, not even during the upgrade, and
 * the copy taken before the upgrade is of a file already known to be ours. The migrations then
 * bring it to the current schema exactly as they do for every other database of that version.
 */
export function assertSchema(raw: BetterSqlite3.Database, file: string, migrations: Migrations = MIGRATIONS): void {
  const version = raw.pragma('user_version', { simple: true }) as number;
  const differences = schemaDifferences(schemaOf(raw), expectedSchema(version, migrations));
  if (!differences.length) return;
  const shown = differences.slice(0, 5).join('; ');
  const more = differences.length > 5 ? ` và ${differences.length - 5} chỗ khác nữa` : '';
  throw new AppError(
    'schema_mismatch',
    `Tệp ${path.basename(file)} có cấu trúc dữ liệu khác với cấu trúc phiên bản này tạo ra (phiên bản dữ liệu ${version}): ${shown}${more}. ` +
      'Phần mềm không mở tệp này vì phần thêm hay sửa có thể làm thay đổi số liệu mà không ai biết. ' +
      'Hãy dùng tệp dữ liệu hoặc bản sao lưu do chính phần mềm tạo ra (thư mục "backups").',
  );
}
