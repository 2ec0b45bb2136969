import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { auditOf, plantedWorld, viaGui } from './helpers/world';

const P = '2021-Q2';

describe('findings settle with several --key (the Đối chiếu bulk action)', () => {
  it('explains both R6 findings with one note, writing the audit rows reconcile.settleMany writes', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const keys = (w: typeof a) => [w.period.key, w.ytd.key];
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['findings', 'settle', '--db', a.db, '--period', P, ...keys(a).flatMap((k) => ['--key', k]), '--action', 'explain', '--note', 'Hai ban tính khác kỳ', '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.settleMany', { period: P, keys: keys(b), action: 'explain', note: 'Hai ban tính khác kỳ' }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json.findings.map((f: { key: string; status: string; note: string }) => [f.key, f.status, f.note])).toEqual(keys(a).map((k) => [k, 'explained', 'Hai ban tính khác kỳ']));
    expect(viaCli).toHaveLength(2);
    expect(viaCli).toEqual(gui);
  });

  it('exit 2, nothing written: a correction of several, --value with several, a key twice, reopen of several', async () => {
    const w = await plantedWorld();
    const two = ['--key', w.period.key, '--key', w.ytd.key];
    for (const args of [
      ['findings', 'settle', '--period', P, ...two, '--action', 'correct', '--value', '3', '--note', 'x'],
      ['findings', 'settle', '--period', P, ...two, '--action', 'accept', '--value', '3'],
      ['findings', 'settle', '--period', P, '--key', w.period.key, '--key', w.period.key, '--action', 'accept'],
      ['findings', 'reopen', '--period', P, ...two, '--reason', 'x'],
    ]) {
      let r;
      expect(await auditOf(w.db, async () => (r = await cli([...args, '--db', w.db])))).toEqual([]);
      expect(r!.code, args.join(' ')).toBe(2);
    }
  });
});
