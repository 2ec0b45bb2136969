import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';
import { auditOf, viaGui } from './helpers/world';

const freshDb = (name = 's') => path.join(tempDir('phdv-settings-'), `${name}.db`);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test edits the part it needs
type Settings = any;

async function current(db: string): Promise<Settings> {
  const r = await cli(['settings', 'get', '--db', db]);
  expect(r.code, r.err).toBe(0);
  return r.json;
}
function writeJson(value: unknown, name = 'cai-dat.json'): string {
  const file = path.join(tempDir('phdv-settings-file-'), name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('settings get', () => {
  it('prints one JSON object: the year, the document and reconcile settings, the display name, the backup keep count, as the GUI reads them', async () => {
    const db = freshDb();
    const s = await current(db);
    expect(Object.keys(s)).toEqual(['year', 'document', 'reconcile', 'displayName', 'backupKeep']);
    expect(s.year).toBe(2021);
    expect(s.document).toEqual(await viaGui(db, 'settings.getDocument', { year: 2021 }));
    expect(s.reconcile).toEqual(await viaGui(db, 'reconcile.getSettings', { year: 2021 }));
    const info = await viaGui(db, 'app.info', {});
    expect([s.displayName, s.backupKeep]).toEqual([info.displayName, info.backupKeep]);
  });

  it('exit 2 for a year without a plan', async () => {
    const r = await cli(['settings', 'get', '--db', freshDb(), '--year', '2030']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có kế hoạch năm 2030; các năm đã có: 2021');
  });
});

describe('settings set', () => {
  it('writes every part through its service: the audit rows are the ones the Cài đặt tabs write', async () => {
    const [a, b] = [freshDb('a'), freshDb('b')];
    const s = await current(a);
    await current(b);
    s.document.place = 'Quảng Ngãi';
    s.document.signerBdv.name = 'Nguyễn Thị Hoà';
    s.reconcile.moneyTolerance = 2;
    s.reconcile.enabled.R8 = false;
    s.displayName = 'Trần Văn Bình';
    s.backupKeep = 9;
    let r;
    const viaCli = await auditOf(a, async () => (r = await cli(['settings', 'set', '--db', a, '--file', writeJson(s), '--json'])));
    const gui = await auditOf(b, async () => {
      await viaGui(b, 'reconcile.saveSettings', { year: 2021, settings: s.reconcile });
      await viaGui(b, 'settings.saveDocument', { year: 2021, settings: s.document });
      await viaGui(b, 'app.setDisplayName', { displayName: s.displayName });
      await viaGui(b, 'backup.setKeep', { keep: s.backupKeep });
    });
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json.written).toEqual(['document', 'reconcile', 'displayName', 'backupKeep']);
    expect(viaCli).toEqual(gui);
    expect(viaCli.map((x) => [x.entity, x.entityKey])).toEqual([
      ['reconcile_settings', '2021'],
      ['document_settings', '2021'],
      ['app_setting', 'display_name'],
      ['app_setting', 'backup_keep'],
    ]);
    expect(await current(a)).toEqual(s);
  });

  it('takes any subset of the parts and leaves the others alone', async () => {
    const db = freshDb();
    const before = await current(db);
    const rows = await auditOf(db, async () => expect((await cli(['settings', 'set', '--db', db, '--file', writeJson({ backupKeep: 12 })])).code).toBe(0));
    expect(rows).toEqual([{ action: 'update', entity: 'app_setting', entityKey: 'backup_keep', oldValue: before.backupKeep, newValue: 12, reason: null }]);
    expect(await current(db)).toEqual({ ...before, backupKeep: 12 });
  });

  it.each([
    ['a document field emptied', (s: Settings) => ({ document: { ...s.document, signerBdv: { ...s.document.signerBdv, name: '' } } }), 'document.signerBdv.name: Không được để trống'],
    ['a tolerance below zero', (s: Settings) => ({ reconcile: { ...s.reconcile, moneyTolerance: -1 } }), 'reconcile.moneyTolerance:'],
    ['a rule switch unknown to the schema', (s: Settings) => ({ reconcile: { ...s.reconcile, enabled: { ...s.reconcile.enabled, R10: true } } }), 'reconcile.enabled'],
    ['no backup kept', () => ({ backupKeep: 0 }), 'backupKeep:'],
    ['an empty display name', () => ({ displayName: '  ' }), 'displayName:'],
    ['a part the file cannot hold', (s: Settings) => ({ backupKeep: s.backupKeep, theme: 'dark' }), 'có mục không dùng được: theme'],
    ['a file with no part', () => ({}), 'không có mục cài đặt nào'],
    ['a year other than --year', (s: Settings) => ({ year: 2022, backupKeep: s.backupKeep }), 'Tệp ghi "year": 2022 nhưng lệnh có --year 2021'],
    // The service's own check beyond the schema: the reconcile part is written first, so the document part is not written either.
    ['a minimum above the maximum, beside a valid document part', (s: Settings) => ({ document: { ...s.document, place: 'Đức Phổ' }, reconcile: { ...s.reconcile, dk03Min: 9, dk03Max: 1 } }), 'tối thiểu không được lớn hơn tối đa'],
  ])('exit 2 and nothing written: %s', async (_what, make, message) => {
    const db = freshDb();
    const before = await current(db);
    let r;
    const rows = await auditOf(db, async () => (r = await cli(['settings', 'set', '--db', db, '--year', '2021', '--file', writeJson(make(before))])));
    expect(r!.code, r!.err).toBe(2);
    expect(r!.err).toContain(message);
    expect(rows).toEqual([]);
    expect(await current(db)).toEqual(before);
  });

  it('exit 2 for a file that is missing, not JSON, or not an object; and without --file', async () => {
    const db = freshDb();
    const cases: [string[], string][] = [
      [['--file', path.join(tempDir(), 'khong-co.json')], 'không có tệp này'],
      [['--file', writeJson('{ "backupKeep": 3,')], 'không phải JSON hợp lệ'],
      [['--file', writeJson('[1, 2]')], 'phải là một đối tượng JSON'],
      [[], 'Cần --file TỆP'],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['settings', 'set', '--db', db, ...args]);
      expect(r.code, message).toBe(2);
      expect(r.err).toContain(message);
    }
  });

  it('reads back what settings get printed, a UTF-8 BOM included, and then changes nothing', async () => {
    const db = freshDb();
    const printed = (await cli(['settings', 'get', '--db', db])).out;
    const rows = await auditOf(db, async () => expect((await cli(['settings', 'set', '--db', db, '--file', writeJson(`\uFEFF${printed}`)])).code).toBe(0));
    expect(rows).toEqual([]);
  });
});
