import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';
import { auditOf, viaGui } from './helpers/world';

const freshDb = (name = 'p') => path.join(tempDir('phdv-plan-'), `${name}.db`);
const years = async (db: string) => (await viaGui(db, 'plan.list', {})).map((p) => p.year);

describe('plan copy', () => {
  it('--dry-run prints what the preview shows and writes nothing', async () => {
    const db = freshDb();
    await years(db);
    const text = await cli(['plan', 'copy', '--db', db, '--from', '2021', '--to', '2022', '--dry-run']);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('"Kế hoạch phối hợp thực hiện công tác dân vận năm 2021" → "Kế hoạch phối hợp thực hiện công tác dân vận năm 2022"');
    expect(text.out).toContain('thêm --rename-year để đổi thành 2022');
    let json;
    const rows = await auditOf(db, async () => (json = await cli(['plan', 'copy', '--db', db, '--from', '2021', '--to', '2022', '--dry-run', '--rename-year', '--json'])));
    expect(json!.json).toEqual({ dry_run: true, rename_year: true, preview: await viaGui(db, 'plan.copyPreview', { fromYear: 2021, toYear: 2022 }) });
    expect(json!.json.preview.renames.length).toBeGreaterThan(0);
    expect(rows).toEqual([]);
    expect(await years(db)).toEqual([2021]);
  });

  it.each([[false], [true]])('copies with the audit row the Danh mục dialog writes (--rename-year %s)', async (rename) => {
    const [a, b] = [freshDb('a'), freshDb('b')];
    for (const db of [a, b]) await years(db);
    let r;
    const viaCli = await auditOf(a, async () => (r = await cli(['plan', 'copy', '--db', a, '--from', '2021', '--to', '2022', ...(rename ? ['--rename-year'] : []), '--json'])));
    const gui = await auditOf(b, () => viaGui(b, 'plan.copy', { fromYear: 2021, toYear: 2022, renameYear: rename }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json.plan).toMatchObject({ year: 2022, title: 'Kế hoạch phối hợp thực hiện công tác dân vận năm 2022' });
    expect(viaCli).toEqual(gui);
    expect(viaCli).toHaveLength(1);
    expect(viaCli[0]).toMatchObject({ action: 'copy', entity: 'plan', entityKey: '2022', oldValue: { fromYear: 2021 } });
    expect((viaCli[0]!.newValue as { renamedYear: string[] }).renamedYear.length > 0).toBe(rename);
    expect(await years(a)).toEqual([2022, 2021]);
  });

  it('exit 2 for a missing or malformed year, exit 1 for a year that exists or a plan that does not', async () => {
    const db = freshDb();
    for (const args of [['--from', '2021'], ['--to', '2022'], ['--from', '2021', '--to', 'hai nghìn'], ['--from', '21', '--to', '2022']]) {
      const r = await cli(['plan', 'copy', '--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    const exists = await cli(['plan', 'copy', '--db', db, '--from', '2021', '--to', '2021', '--json']);
    expect([exists.code, exists.json.error.code]).toEqual([1, 'conflict']);
    expect(exists.err).toContain('Đã có kế hoạch năm 2021');
    const none = await cli(['plan', 'copy', '--db', db, '--from', '2019', '--to', '2023', '--json']);
    expect([none.code, none.json.error.code]).toEqual([1, 'not_found']);
    expect(await years(db)).toEqual([2021]);
  });
});
