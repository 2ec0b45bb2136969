import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

describe('CLI', () => {
  it('plan show --json prints 13 districts, 26 units, 46 indicators in 6 areas and 6 periods with windows and due dates', async () => {
    const db = path.join(tempDir(), 'x.db');
    const r = await cli(['plan', 'show', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.districts).toHaveLength(13);
    expect(plan.units).toHaveLength(26);
    expect(plan.indicators).toHaveLength(46);
    expect(new Set(plan.indicators.map((i: { area: number }) => i.area)).size).toBe(6);
    expect(plan.periods).toHaveLength(6);
    for (const p of plan.periods) expect(p).toEqual({ code: expect.stringMatching(/^2021-/), kind: expect.any(String), windowStart: expect.any(String), windowEnd: expect.any(String), dueDate: expect.any(String) });
  });

  it('plan show prints readable Vietnamese without --json', async () => {
    const r = await cli(['plan', 'show', '--db', path.join(tempDir(), 'x.db')]);
    expect(r.out).toContain('6 tháng đầu năm 2021');
    expect(r.out).toContain('hạn gửi 20/06/2021');
    expect(r.out).toContain('524-QS   Ban Chỉ huy Quân sự huyện Bình Sơn');
  });

  it('db backup writes a consistent copy that opens as our database', async () => {
    const dir = tempDir();
    const r = await cli(['db', 'backup', '--db', path.join(dir, 'x.db'), '--out', path.join(dir, 'copy.db'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).path).toBe(path.join(dir, 'copy.db'));
    const copy = new BetterSqlite3(path.join(dir, 'copy.db'), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM indicators').pluck().get()).toBe(46);
    copy.close();
  });

  it('db migrate reports the schema version; errors are JSON with --json and exit 1', async () => {
    const dir = tempDir();
    const r = await cli(['db', 'migrate', '--db', path.join(dir, 'x.db'), '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ schemaVersion: expect.any(Number), migrated: expect.any(Array) });
    fs.writeFileSync(path.join(dir, 'bad.db'), 'không phải sqlite'.repeat(200));
    const bad = await cli(['plan', 'show', '--db', path.join(dir, 'bad.db'), '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).error.message).toMatch(/không phải/);
  });

  it('answers an unknown command with usage and exit 2', async () => {
    const r = await cli(['xoa', 'het']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có lệnh "xoa het"');
  });
});
