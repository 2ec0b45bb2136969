import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { expectedSchema, normaliseSql, schemaOf } from '../../../electron/db/schema-check';
import { MIGRATIONS } from '../../../migrations';
import { rewriteStoredSql, tamper, TAMPERINGS } from '../../helpers/tamper-schema';
import { tempDir } from '../../helpers/temp';

async function freshDatabase(migrations = MIGRATIONS): Promise<string> {
  const file = path.join(tempDir(), 'du-lieu.db');
  await (await openDatabase(file, { migrations })).close();
  return file;
}

describe('opening a database checks its schema against what the migrations produce', () => {
  it('a database made by this version has exactly the expected schema', async () => {
    const file = await freshDatabase();
    const raw = new BetterSqlite3(file, { readonly: true });
    expect([...schemaOf(raw).entries()]).toEqual([...expectedSchema(MIGRATIONS.length).entries()]);
    raw.close();
    expect(expectedSchema(MIGRATIONS.length)).toBe(expectedSchema(MIGRATIONS.length));
  });

  for (const t of TAMPERINGS) {
    it(`refuses ${t.name}, naming it, and leaves the file untouched`, async () => {
      const file = await freshDatabase();
      tamper(file, t.sql);
      const before = fs.readFileSync(file);
      const err = await openDatabase(file).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(err).toMatchObject({ code: 'schema_mismatch' });
      expect(err!.message).toContain(t.names);
      expect(err!.message).toMatch(/^Tệp du-lieu\.db có cấu trúc dữ liệu khác/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    });
  }

  it('refuses a column type changed in the stored CREATE text', async () => {
    const file = await freshDatabase();
    rewriteStoredSql(file, 'report_values', (sql) => sql.replace('period_value REAL', 'period_value ANY'));
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'schema_mismatch', message: expect.stringContaining('bảng "report_values" khác') });
  });

  it('accepts a CREATE text that differs only in whitespace outside quotes', async () => {
    const file = await freshDatabase();
    rewriteStoredSql(file, 'app_settings', (sql) => sql.replace(/\s+/g, '\n    '));
    const opened = await openDatabase(file);
    expect(opened.migrated).toEqual([]);
    await opened.close();
  });

  it('sees a change inside a quoted literal even when it is only whitespace', () => {
    expect(normaliseSql("CHECK (key IN ('han_che'))")).not.toBe(normaliseSql("CHECK (key IN ('han_che '))"));
    expect(normaliseSql('CREATE  TABLE t(\n  x   TEXT)')).toBe('CREATE TABLE t( x TEXT)');
  });

  it('refuses an older database with a trigger before migrating it: no upgrade, no pre-upgrade copy', async () => {
    const previous = MIGRATIONS.slice(0, -1);
    const file = await freshDatabase(previous);
    tamper(file, TAMPERINGS[0].sql);
    const backups = path.join(path.dirname(file), 'backups');
    await expect(openDatabase(file, { backupDir: backups })).rejects.toMatchObject({
      code: 'schema_mismatch',
      message: expect.stringContaining(`phiên bản dữ liệu ${previous.length}`),
    });
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(previous.length);
    raw.close();
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
  });

  it('still upgrades an untouched older database: it is compared with the schema of the version it states', async () => {
    const file = await freshDatabase(MIGRATIONS.slice(0, 2));
    const opened = await openDatabase(file);
    expect(opened.migrated).toEqual(MIGRATIONS.slice(2).map(([n]) => n));
    expect([...schemaOf(opened.raw).keys()].sort()).toEqual([...expectedSchema(MIGRATIONS.length).keys()].sort());
    await opened.close();
  });
});
