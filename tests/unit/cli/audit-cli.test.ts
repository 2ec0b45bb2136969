import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { plantedWorld, viaGui } from './helpers/world';

const P = '2021-Q2';

describe('audit', () => {
  it('--json prints the rows newest first, each with the sentence Nhật ký shows; --limit cuts from the newest', async () => {
    const w = await plantedWorld();
    expect((await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.ytd.key, '--action', 'explain', '--note', 'Tổ chức riêng'])).code).toBe(0);
    expect((await cli(['period', 'lock', '--db', w.db, '--period', P])).code).toBe(0);
    const all = await cli(['audit', '--db', w.db, '--json']);
    expect(all.code).toBe(0);
    const gui = await viaGui(w.db, 'audit.list', { limit: 100 });
    expect(all.json).toEqual(gui);
    expect(all.json.slice(0, 2).map((r: { action: string }) => r.action)).toEqual(['lock', 'settle_explain']);
    expect(all.json[0]).toMatchObject({ entity: 'period', entityKey: P, sentence: 'Chốt số liệu Quý II năm 2021', kind: 'lock' });
    const ids = all.json.map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((x: number, y: number) => y - x));
    const two = await cli(['audit', '--db', w.db, '--json', '--limit', '2']);
    expect(two.json).toEqual(all.json.slice(0, 2));
  });

  it('the text form is one Vietnamese sentence per row: dd/mm/yyyy time, who, what, why', async () => {
    const w = await plantedWorld();
    expect((await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.ytd.key, '--action', 'explain', '--note', 'Tổ chức riêng'])).code).toBe(0);
    const r = await cli(['audit', '--db', w.db, '--limit', '1']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} {2}.+: Giải trình điểm chênh lệch R6 .*huyện Nghĩa Hành, Quý II năm 2021, chỉ tiêu GN05.*Tổ chức riêng/);
  });

  it.each([['0'], ['501'], ['mười'], ['2,5']])('exit 2 for --limit %s', async (limit) => {
    const w = await plantedWorld();
    const r = await cli(['audit', '--db', w.db, '--limit', limit]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--limit "${limit}": cần số nguyên từ 1 đến 500`);
  });
});
