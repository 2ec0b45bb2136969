import BetterSqlite3 from 'better-sqlite3';

/**
 * Ways a database of this product can be altered outside it, each with the object a refusal must
 * name. The first two are the triggers found in a hostile backup (issue 12).
 */
export const TAMPERINGS = [
  {
    name: 'a trigger rewriting every imported figure',
    names: 'trigger "figures_999999"',
    sql: `CREATE TRIGGER figures_999999 AFTER INSERT ON report_values
            BEGIN UPDATE report_values SET period_value = 999999 WHERE rowid = NEW.rowid; END`,
  },
  {
    name: 'a trigger deleting each new audit row',
    names: 'trigger "audit_gone"',
    sql: `CREATE TRIGGER audit_gone AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = NEW.id; END`,
  },
  { name: 'an added view', names: 'view "all_figures"', sql: 'CREATE VIEW all_figures AS SELECT * FROM report_values' },
  { name: 'an added index', names: 'chỉ mục "report_values_code"', sql: 'CREATE INDEX report_values_code ON report_values(indicator_code)' },
  { name: 'an added table', names: 'bảng "ghi_chu"', sql: 'CREATE TABLE ghi_chu (x TEXT)' },
  { name: 'a changed table (a column added)', names: 'bảng "app_settings" khác', sql: 'ALTER TABLE app_settings ADD COLUMN note TEXT' },
  { name: 'a missing index', names: 'thiếu chỉ mục "reports_hash"', sql: 'DROP INDEX reports_hash' },
] as const;

export function tamper(file: string, sql: string): void {
  const raw = new BetterSqlite3(file);
  try {
    raw.exec(sql);
  } finally {
    raw.close();
  }
}

/** Rewrites the stored CREATE text of one object directly, as a hand-edited file would have it. */
export function rewriteStoredSql(file: string, name: string, edit: (sql: string) => string): void {
  const raw = new BetterSqlite3(file);
  try {
    const sql = raw.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string;
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare('UPDATE sqlite_master SET sql = ? WHERE name = ?').run(edit(sql), name);
    raw.pragma('writable_schema = OFF');
  } finally {
    raw.close();
  }
}
