import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../../electron/db/schema';

/** A row of audit_log as SQLite returns it. */
export type AuditLogRow = Selectable<AuditLogTable>;

export const auditRows = (raw: BetterSqlite3.Database): AuditLogRow[] => raw.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditLogRow[];

/**
 * Identity of an audit row by content, not by id: a restore replaces the database and the next
 * row may get an id an earlier row had.
 */
export const auditIdentity = (r: AuditLogRow): string => JSON.stringify([r.at, r.action, r.entity, r.entity_key, r.old_value, r.new_value, r.reason]);

/**
 * A digest per table of everything stored except the audit log: two equal fingerprints mean the
 * call changed no data. Rows are sorted by content, so the digest does not depend on row order.
 */
export function dataFingerprint(raw: BetterSqlite3.Database): Record<string, string> {
  const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => {
      const rows = (raw.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
      return [t, `${rows.length}:${crypto.createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`];
    }),
  );
}

/** Files under a folder, with sizes, to see what a call wrote there. */
export function filesUnder(dir: string, rel = ''): string[] {
  const here = path.join(dir, rel);
  if (!fs.existsSync(here)) return [];
  return fs.readdirSync(here, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}
