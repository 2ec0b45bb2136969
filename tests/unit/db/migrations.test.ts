import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../migrations';
import type { Migration } from '../../../migrations/types';
import { tempDir } from '../../helpers/temp';

const tables = (raw: BetterSqlite3.Database) =>
  (raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
/** Every table's columns: a migration may add a table or only columns. */
const columns = (raw: BetterSqlite3.Database) => tables(raw).flatMap((t) => (raw.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => `${t}.${c.name}`));

describe('database opening and migrations', () => {
  it('creates a fresh database with every migration, WAL, foreign keys, synchronous=FULL and our application id', async () => {
    const file = path.join(tempDir(), 'fresh.db');
    const opened = await openDatabase(file);
    expect(opened.migrated).toEqual(MIGRATIONS.map(([n]) => n));
    expect(opened.preMigrationBackup).toBeNull();
    expect(opened.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(opened.raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(tables(opened.raw)).toEqual(expect.arrayContaining(['plans', 'indicators', 'districts', 'periods', 'audit_log', 'schema_migrations']));
    await opened.close();
    const again = await openDatabase(file);
    expect(again.migrated).toEqual([]);
    await again.close();
  });

  it('upgrades a database of the previous schema, copying it first, keeping its data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    const previous = MIGRATIONS.slice(0, -1);
    const [latestName] = MIGRATIONS[MIGRATIONS.length - 1]!;
    const older = await openDatabase(file, { migrations: previous });
    expect(older.raw.pragma('user_version', { simple: true })).toBe(previous.length);
    older.raw.prepare(`INSERT INTO app_settings (key, value) VALUES ('probe', 'giữ nguyên')`).run();
    const tablesBefore = tables(older.raw);
    const columnsBefore = columns(older.raw);
    await older.close();

    const upgraded = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(upgraded.migrated).toEqual([latestName]);
    expect(upgraded.raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(columns(upgraded.raw).length).toBeGreaterThan(columnsBefore.length);
    expect(upgraded.raw.prepare(`SELECT value FROM app_settings WHERE key = 'probe'`).pluck().get()).toBe('giữ nguyên');
    expect(upgraded.preMigrationBackup).toMatch(/backups[/\\]truoc-nang-cap-\d{8}-\d{6}-\d{3}-[0-9a-f]{8}\.db$/);
    await upgraded.close();

    const copy = new BetterSqlite3(upgraded.preMigrationBackup!, { readonly: true });
    expect(tables(copy)).toEqual(tablesBefore);
    expect(copy.pragma('user_version', { simple: true })).toBe(previous.length);
    expect(copy.prepare(`SELECT value FROM app_settings WHERE key = 'probe'`).pluck().get()).toBe('giữ nguyên');
    copy.close();
  });

  it('rolls a failing migration back completely', async () => {
    const file = path.join(tempDir(), 'fail.db');
    (await openDatabase(file)).close();
    const broken: Migration = {
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    await expect(openDatabase(file, { migrations: [...MIGRATIONS, ['2099-01-01-broken', broken]] })).rejects.toThrow('boom');
    const raw = new BetterSqlite3(file);
    expect(tables(raw)).not.toContain('half_done');
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'future.db');
    const future = await openDatabase(file, { migrations: [...MIGRATIONS, ['2099-01-01-future', { up: () => {} }]] });
    await future.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('phiên bản mới hơn') });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that is not ours', async () => {
    const file = path.join(tempDir(), 'stranger.db');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'rejected_file' });
  });

  it('refuses a file that is not SQLite at all', async () => {
    const file = path.join(tempDir(), 'text.db');
    fs.writeFileSync(file, 'đây không phải cơ sở dữ liệu '.repeat(100));
    await expect(openDatabase(file)).rejects.toMatchObject({ code: expect.stringMatching(/rejected_file|io_error/) });
  });
});
