import { describe, expect, it } from 'vitest';
import type { Transport } from '../../../../shared/bridge';
import { contract } from '../../../../shared/contract';
import type { Result } from '../../../../shared/result';
import { IDLE, PENDING, QueryCache, queryKey } from '../../../../renderer/api/query-cache';

/** A transport whose answers the test releases one by one, recording every call. */
function fakeClient() {
  const calls: { channel: string; input: unknown; answer(r: Result<unknown>): void }[] = [];
  const send: Transport = (channel, input) =>
    new Promise((resolve) => calls.push({ channel, input, answer: resolve as (r: Result<unknown>) => void }));
  return { send, calls, of: (channel: string) => calls.filter((c) => c.channel === channel) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

describe('QueryCache', () => {
  it('keys on channel and canonical input: key order and undefined fields do not make another query', () => {
    expect(queryKey('reports.list', { year: 2021, period: '2021-Q2' })).toBe(queryKey('reports.list', { period: '2021-Q2', year: 2021 }));
    expect(queryKey('audit.list', { limit: 5, kind: undefined })).toBe(queryKey('audit.list', { limit: 5 }));
    expect(queryKey('reports.list', { year: 2021, period: '2021-Q2' })).not.toBe(queryKey('reports.list', { year: 2021, period: '2021-Q3' }));
    expect(queryKey('plan.get', { year: 2021 })).not.toBe(queryKey('settings.getDocument', { year: 2021 }));
  });

  it('one call for two watchers of the same query, a second for another input; each gets its own answer', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('plan.get', { year: 2021 }, () => {});
    cache.subscribe('plan.get', { year: 2021 }, () => {});
    cache.subscribe('plan.get', { year: 2022 }, () => {});
    expect(c.calls.map((x) => x.input)).toEqual([{ year: 2021 }, { year: 2022 }]);
    expect(cache.read(queryKey('plan.get', { year: 2021 }))).toEqual(PENDING);
    c.calls[0]!.answer(ok('plan 2021'));
    c.calls[1]!.answer(ok('plan 2022'));
    await flush();
    expect(cache.read(queryKey('plan.get', { year: 2021 }))).toEqual({ data: 'plan 2021', error: null, loading: false });
    expect(cache.read(queryKey('plan.get', { year: 2022 })).data).toBe('plan 2022');
  });

  it('an error is kept as the error, with no data', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('reconcile.run', { period: '2021-Q2' }, () => {});
    c.calls[0]!.answer({ ok: false, error: { code: 'not_found', message: 'Không có kỳ 2021-Q2' } });
    await flush();
    expect(cache.read(queryKey('reconcile.run', { period: '2021-Q2' }))).toEqual({ data: null, error: { code: 'not_found', message: 'Không có kỳ 2021-Q2' }, loading: false });
  });

  it('a successful mutating call reads every watched query again, keeping the old value on screen meanwhile', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    let notified = 0;
    cache.subscribe('reports.list', { year: 2021, period: '2021-Q2' }, () => notified++);
    cache.subscribe('app.info', {}, () => {});
    c.of('reports.list')[0]!.answer(ok(['A']));
    c.of('app.info')[0]!.answer(ok({ reportCount: 1 }));
    await flush();
    expect(contract['import.save'].mutates).toBe(true);
    const saved = cache.call('import.save', { stagingId: '00000000-0000-4000-8000-000000000000' });
    c.of('import.save')[0]!.answer(ok({ id: 7 }));
    expect(await saved).toEqual(ok({ id: 7 }));
    expect(c.of('reports.list')).toHaveLength(2);
    expect(c.of('app.info')).toHaveLength(2);
    const key = queryKey('reports.list', { year: 2021, period: '2021-Q2' });
    expect(cache.read(key)).toEqual({ data: ['A'], error: null, loading: true });
    c.of('reports.list')[1]!.answer(ok(['A', 'B']));
    await flush();
    expect(cache.read(key)).toEqual({ data: ['A', 'B'], error: null, loading: false });
    expect(notified).toBeGreaterThanOrEqual(3);
  });

  it('a call the contract marks as not mutating, or a refused write, reads nothing again', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('plan.get', { year: 2021 }, () => {});
    c.calls[0]!.answer(ok('plan'));
    await flush();
    expect(contract['import.stage'].mutates).toBe(false);
    const staged = cache.call('import.stage', { fileName: 'a.xlsx', dataBase64: '' });
    c.of('import.stage')[0]!.answer(ok({}));
    await staged;
    const refused = cache.call('plan.saveInfo', { plan: {} as never });
    c.of('plan.saveInfo')[0]!.answer({ ok: false, error: { code: 'locked', message: 'Kỳ đã chốt' } });
    await refused;
    expect(c.of('plan.get')).toHaveLength(1);
  });

  it('an answer that left before a write is dropped for the one read after it', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('reconcile.run', { period: '2021-Q2' }, () => {});
    const settled = cache.call('reconcile.settle', { period: '2021-Q2', key: 'k', action: 'accept', note: null });
    c.of('reconcile.settle')[0]!.answer(ok({}));
    await settled;
    const [before, after] = c.of('reconcile.run');
    after!.answer(ok('after the settle'));
    await flush();
    before!.answer(ok('before the settle'));
    await flush();
    expect(cache.read(queryKey('reconcile.run', { period: '2021-Q2' })).data).toBe('after the settle');
  });

  it('an unwatched query is dropped on a write and read afresh when a page watches it again', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    const stop = cache.subscribe('backup.list', {}, () => {});
    c.calls[0]!.answer(ok(['a.db']));
    await flush();
    stop();
    const made = cache.call('backup.create', {});
    c.of('backup.create')[0]!.answer(ok({ name: 'b.db' }));
    await made;
    expect(c.of('backup.list')).toHaveLength(1);
    expect(cache.read(queryKey('backup.list', {}))).toEqual(PENDING);
    cache.subscribe('backup.list', {}, () => {});
    expect(c.of('backup.list')).toHaveLength(2);
  });

  it('a query watched again after a while shows its value at once and reads again behind it', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('plan.get', { year: 2021 }, () => {})();
    c.calls[0]!.answer(ok('plan'));
    await flush();
    cache.subscribe('plan.get', { year: 2021 }, () => {});
    expect(c.of('plan.get')).toHaveLength(2);
    expect(cache.read(queryKey('plan.get', { year: 2021 }))).toEqual({ data: 'plan', error: null, loading: true });
  });

  it('the same answer keeps the same object, so a form copied from it is not reset', async () => {
    const c = fakeClient();
    const cache = new QueryCache(c.send);
    cache.subscribe('settings.getDocument', { year: 2021 }, () => {});
    c.calls[0]!.answer(ok({ place: 'Quảng Ngãi' }));
    await flush();
    const first = cache.read(queryKey('settings.getDocument', { year: 2021 })).data;
    cache.invalidate();
    c.calls[1]!.answer(ok({ place: 'Quảng Ngãi' }));
    await flush();
    expect(cache.read(queryKey('settings.getDocument', { year: 2021 })).data).toBe(first);
  });

  it('a transport that throws leaves an io_error, not a query loading for ever', async () => {
    const cache = new QueryCache(() => Promise.reject(new Error('mất kết nối')));
    cache.subscribe('app.info', {}, () => {});
    await flush();
    const s = cache.read(queryKey('app.info', {}));
    expect(s.loading).toBe(false);
    expect(s.error?.code).toBe('io_error');
  });

  it('IDLE, what a disabled query reads, asks nothing and is not loading', () => {
    expect(IDLE).toEqual({ data: null, error: null, loading: false });
  });
});
