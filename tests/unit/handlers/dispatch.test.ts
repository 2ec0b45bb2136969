import { describe, expect, it } from 'vitest';
import { combineHandlers, createDispatch } from '../../../electron/handlers/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { HandlerEnv, HandlerGroup, SomeHandlers } from '../../../electron/handlers/types';
import { CHANNELS, contract } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { openTestServices } from '../../helpers/services';

describe('handler registration', () => {
  it('covers every channel of the contract exactly once', () => {
    expect(Object.keys(createHandlers()).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a channel registered twice, an unknown channel, and a missing one', () => {
    const all = createHandlers();
    const one: SomeHandlers = { 'plan.list': all['plan.list'] };
    expect(() => combineHandlers(all, one)).toThrow(/hai lần/);
    expect(() => combineHandlers(all, { 'khong.co': async () => 1 } as unknown as SomeHandlers)).toThrow(/không có trong hợp đồng/);
    const { ['plan.get']: _dropped, ...rest } = all;
    expect(() => combineHandlers(rest)).toThrow(/plan.get/);
  });
});

describe('handler groups, checked by tsc', () => {
  it('a group must handle exactly the channels of its prefixes (the lines marked @ts-expect-error would compile otherwise)', () => {
    const all = createHandlers();
    const backup = { 'backup.create': all['backup.create'], 'backup.list': all['backup.list'], 'backup.restore': all['backup.restore'], 'backup.setKeep': all['backup.setKeep'] } satisfies HandlerGroup<'backup'>;
    // @ts-expect-error a group that misses one of its channels
    const missing = { 'backup.create': all['backup.create'], 'backup.list': all['backup.list'], 'backup.restore': all['backup.restore'] } satisfies HandlerGroup<'backup'>;
    // @ts-expect-error a group that handles a channel of another group
    const extra = { ...backup, 'plan.list': all['plan.list'] } satisfies HandlerGroup<'backup'>;
    expect(Object.keys(backup)).toHaveLength(4);
    expect(Object.keys(missing)).toHaveLength(3);
    expect(Object.keys(extra)).toHaveLength(5);
  });
});

describe('dispatch', () => {
  it('validates input from unknown and answers with an envelope in Vietnamese', async () => {
    const s = await openTestServices();
    try {
      const bad = await s.dispatch('plan.get', { year: 'hai nghìn' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!bad.ok && bad.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ — year:/);
      expect(await s.dispatch('plan.get', { year: 2021, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await s.dispatch('khong.co', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await s.dispatch('plan.get', { year: 2030 })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('2030') } });
      const good = await s.dispatch('plan.get', { year: 2021 });
      expect(good.ok).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('turns an unexpected exception into an internal error without leaking it', async () => {
    const all = createHandlers();
    const env = {} as HandlerEnv;
    const logged: unknown[] = [];
    const dispatch = createDispatch(
      {
        ...all,
        'plan.list': async () => {
          throw new TypeError('secret stack detail');
        },
        'plan.get': async () => {
          throw new AppError('locked', 'Kỳ đã chốt');
        },
      },
      env,
      (e) => logged.push(e),
    );
    const r = await dispatch('plan.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(logged).toHaveLength(1);
    expect(await dispatch('plan.get', { year: 2021 })).toEqual({ ok: false, error: { code: 'locked', message: 'Kỳ đã chốt' } });
  });

  it('marks every channel that changes data as mutating', () => {
    const mutating = CHANNELS.filter((c) => contract[c].mutates);
    expect(mutating).toEqual(expect.arrayContaining(['plan.saveIndicator', 'settings.saveDocument', 'plan.copy', 'app.setDisplayName']));
    expect(mutating).not.toContain('plan.get');
  });
});
