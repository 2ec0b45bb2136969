import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { auditOf, plantedWorld, viaGui, type ChangeRow } from './helpers/world';

const P = '2021-Q2';
/** An unlock row keeps the lock it removed, stamped with the time it was made: equal across two worlds but for that time. */
const withoutLockTime = (rows: ChangeRow[]) => rows.map((r) => ({ ...r, oldValue: r.oldValue && typeof r.oldValue === 'object' ? { ...r.oldValue, lockedAt: 'T' } : r.oldValue }));

describe('period lock|unlock', () => {
  it('lock writes the row the Chốt số liệu dialog writes, note as the reason', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['period', 'lock', '--db', a.db, '--period', P, '--note', ' Đã đối chiếu đủ 26 đơn vị ', '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.lock', { period: P, note: 'Đã đối chiếu đủ 26 đơn vị' }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json).toMatchObject({ period: P, locked: true, lock: { note: 'Đã đối chiếu đủ 26 đơn vị' } });
    expect(viaCli).toEqual(gui);
    expect(viaCli).toEqual([{ action: 'lock', entity: 'period', entityKey: P, oldValue: null, newValue: 'locked', reason: 'Đã đối chiếu đủ 26 đơn vị' }]);
    expect((await cli(['reconcile', '--db', a.db, '--period', P, '--json'])).json.locked).toBe(true);
  });

  it('unlock writes the row the GUI writes, with the reason; the text is Vietnamese', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    for (const w of [a, b]) await viaGui(w.db, 'reconcile.lock', { period: P, note: null });
    let r;
    const reason = 'Huyện Nghĩa Hành gửi lại báo cáo';
    const viaCli = await auditOf(a.db, async () => (r = await cli(['period', 'unlock', '--db', a.db, '--period', P, '--reason', reason])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.unlock', { period: P, reason }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.out).toBe('Đã mở khóa Quý II năm 2021.');
    expect(withoutLockTime(viaCli)).toEqual(withoutLockTime(gui));
    expect(viaCli[0]).toMatchObject({ action: 'unlock', entityKey: P, newValue: 'unlocked', reason });
  });

  it('exit 2: no --period, a malformed period, unlock without --reason or with a blank one', async () => {
    const w = await plantedWorld();
    await viaGui(w.db, 'reconcile.lock', { period: P, note: null });
    for (const args of [['period', 'lock'], ['period', 'lock', '--period', '2021-Q5'], ['period', 'unlock', '--period', P], ['period', 'unlock', '--period', P, '--reason', '   ']]) {
      const r = await cli([...args, '--db', w.db]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect((await cli(['reconcile', '--db', w.db, '--period', P, '--json'])).json.locked).toBe(true);
  });

  it('exit 1: locking twice, unlocking an open period, a period the plan does not have', async () => {
    const w = await plantedWorld();
    expect((await cli(['period', 'lock', '--db', w.db, '--period', P])).code).toBe(0);
    const twice = await cli(['period', 'lock', '--db', w.db, '--period', P, '--json']);
    expect([twice.code, twice.json.error.code]).toEqual([1, 'conflict']);
    expect(twice.err).toContain('Quý II năm 2021 đã được chốt số liệu');
    const open = await cli(['period', 'unlock', '--db', w.db, '--period', '2021-Q3', '--reason', 'x', '--json']);
    expect([open.code, open.json.error.code]).toEqual([1, 'conflict']);
    const none = await cli(['period', 'lock', '--db', w.db, '--period', '2030-Q1', '--json']);
    expect([none.code, none.json.error.code]).toEqual([1, 'not_found']);
  });
});
