import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { dailyBackup, pruneAutomatic } from '../../../electron/backup/service';
import { openDatabase } from '../../../electron/db/connection';
import { isNetworkPath } from '../../../electron/db/storage';
import { MIGRATIONS } from '../../../migrations';
import type { Indicator, PlanBundle } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('backups', () => {
  it('takes one automatic backup a day on start, through the backup API, and keeps the newest N', async () => {
    const dir = tempDir();
    const s = await openTestServices(path.join(dir, 'a.db'));
    const auto = () => fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('tu-dong-'));
    expect(auto()).toHaveLength(1);
    const today = auto()[0]!;
    expect(await dailyBackup(s.ctx)).toBeNull();
    expect(auto()).toHaveLength(1);
    const copy = new BetterSqlite3(path.join(dir, 'backups', auto()[0]!), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM indicators').pluck().get()).toBe(46);
    copy.close();
    for (let d = 1; d <= 12; d++) fs.writeFileSync(path.join(dir, 'backups', `tu-dong-202001${String(d).padStart(2, '0')}-080000.db`), 'x');
    fs.writeFileSync(path.join(dir, 'backups', 'sao-luu-20200101-080000.db'), 'x');
    value(await s.dispatch('backup.setKeep', { keep: 3 }));
    expect(auto().sort()).toEqual(['tu-dong-20200111-080000.db', 'tu-dong-20200112-080000.db', today]);
    expect(fs.existsSync(path.join(dir, 'backups', 'sao-luu-20200101-080000.db'))).toBe(true);
    expect(pruneAutomatic(path.join(dir, 'backups'), 1)).toHaveLength(2);
    await s.close();
  });

  it('restores a backup: the data comes back, the current file is kept aside, and it is audited', async () => {
    const dir = tempDir();
    const s = await openTestServices(path.join(dir, 'r.db'));
    const get = async () => (value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 })).indicators.find((i) => i.code === 'TT01') as Indicator).unit;
    const ind = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 })).indicators.find((i) => i.code === 'TT01')!;
    value(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...ind, unit: 'buổi (trước sao lưu)' } }));
    const backup = value<{ name: string }>(await s.dispatch('backup.create', {}));
    value(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...ind, unit: 'buổi (sau sao lưu)' } }));
    expect(await get()).toBe('buổi (sau sao lưu)');

    const r = value<{ keptAside: string }>(await s.dispatch('backup.restore', { name: backup.name }));
    expect(await get()).toBe('buổi (trước sao lưu)');
    const aside = new BetterSqlite3(r.keptAside, { readonly: true });
    expect(aside.prepare(`SELECT unit FROM indicators WHERE code = 'TT01'`).pluck().get()).toBe('buổi (sau sao lưu)');
    aside.close();
    const audit = value<{ action: string }[]>(await s.dispatch('audit.list', { entity: 'database' }));
    expect(audit[0]!.action).toBe('restore');
    expect(await s.dispatch('backup.restore', { name: '../r.db' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await s.dispatch('backup.restore', { name: 'khong-co.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await s.close();
  });

  it('refuses to restore a file that is not ours, is broken, or comes from a newer version, leaving the database as it was', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    expect((await cli(['plan', 'show', '--db', db])).code).toBe(0);
    const before = fs.readFileSync(db);
    const stranger = path.join(dir, 'stranger.db');
    new BetterSqlite3(stranger).exec('CREATE TABLE t (x)');
    const text = path.join(dir, 'text.db');
    fs.writeFileSync(text, 'không phải cơ sở dữ liệu'.repeat(100));
    const future = path.join(dir, 'future.db');
    (await openDatabase(future, { migrations: [...MIGRATIONS, ['2099-01-01-future', { up: () => {} }]] })).close();
    for (const [file, message] of [
      [stranger, /không phải là tệp dữ liệu của Phối hợp Dân vận/],
      [text, /không phải/],
      [future, /phiên bản mới hơn/],
      [path.join(dir, 'missing.db'), /Không tìm thấy/],
    ] as const) {
      const r = await cli(['db', 'restore', '--db', db, '--from', file, '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out).error.message).toMatch(message);
    }
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('restores from the CLI and migrates an older backup', async () => {
    const dir = tempDir();
    const old = path.join(dir, 'old.db');
    (await openDatabase(old, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const db = path.join(dir, 'x.db');
    const r = await cli(['db', 'restore', '--db', db, '--from', old, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).migrated).toEqual(MIGRATIONS.slice(1).map(([n]) => n));
  });
});

describe('database on a network share', () => {
  const mounts = ['/dev/vda1 / ext4 rw 0 0', '//fileserver/dan-van /mnt/dan\\040van cifs rw 0 0', 'server:/export /srv/nfs nfs4 rw 0 0'].join('\n');
  it('is recognised from the mount table or a UNC path, so WAL is not used there', () => {
    expect(isNetworkPath('/home/a/du-lieu.db', 'linux', mounts)).toBe(false);
    expect(isNetworkPath('/mnt/dan van/du-lieu.db', 'linux', mounts)).toBe(true);
    expect(isNetworkPath('/srv/nfs/x/du-lieu.db', 'linux', mounts)).toBe(true);
    expect(isNetworkPath('\\\\fileserver\\dan-van\\du-lieu.db', 'win32')).toBe(true);
    expect(isNetworkPath('C:\\Users\\a\\du-lieu.db', 'win32')).toBe(false);
  });
});
