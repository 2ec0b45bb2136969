import { describe, expect, it } from 'vitest';
import type { StagedFile } from '../../../shared/domain/import';
import { blankStagedFile, entrySize, StagingStore } from '../../../electron/import/staging';

const MB = 1024 * 1024;

function view(id: string, bytes: number, extra: Partial<StagedFile> = {}): StagedFile {
  const blank = blankStagedFile({ stagingId: id, fileName: `${id}.xlsx`, bytes, sha256: id.padEnd(64, '0') });
  return { ...blank, status: 'accepted', resolved: { districtCode: '524', unitType: 'BDV', period: '2021-Q2' }, ...extra };
}

const entry = (id: string, bytes: number, extra: Partial<StagedFile> = {}) => ({ view: view(id, bytes, extra), report: null, planYear: 2021 });

describe('the staging store is capped in bytes as well as in entries', () => {
  it('counts an entry as its file plus what was parsed from it', () => {
    const small = entrySize(entry('a', 1000));
    expect(small).toBeGreaterThan(1000);
    const narrative = { ket_qua_noi_bat: 'x'.repeat(50_000), han_che: null, de_xuat: null, phuong_huong: null };
    expect(entrySize(entry('a', 1000, { narrative }))).toBeGreaterThanOrEqual(small + 50_000);
  });

  it('drops the oldest files once the bytes would pass the budget, keeping the newest', () => {
    const store = new StagingStore({ maxBytes: 50 * MB });
    for (const id of ['f1', 'f2', 'f3', 'f4']) store.add(entry(id, 15 * MB));
    expect(store.usage.entries).toBe(3);
    expect(store.usage.bytes).toBeLessThanOrEqual(50 * MB);
    expect(store.get('f1')).toBeUndefined();
    expect(['f2', 'f3', 'f4'].every((id) => store.get(id))).toBe(true);
    // One large file pushes out as many old ones as it needs.
    store.add(entry('big', 40 * MB));
    expect(store.get('big')).toBeDefined();
    expect(store.get('f2')).toBeUndefined();
    expect(store.get('f3')).toBeUndefined();
    expect(store.usage.bytes).toBeLessThanOrEqual(50 * MB);
  });

  it('gives back the bytes of a deleted file, and of a file staged again under the same id', () => {
    const store = new StagingStore({ maxBytes: 50 * MB });
    store.add(entry('a', 10 * MB));
    store.add(entry('b', 10 * MB));
    const two = store.usage.bytes;
    store.delete('a');
    expect(store.usage.bytes).toBe(two - entrySize(entry('a', 10 * MB)));
    store.add(entry('b', 10 * MB));
    expect(store.usage).toEqual({ entries: 1, bytes: entrySize(entry('b', 10 * MB)) });
    store.delete('b');
    store.delete('b');
    expect(store.usage).toEqual({ entries: 0, bytes: 0 });
  });

  it('still caps the number of entries, many small files', () => {
    const store = new StagingStore({ maxEntries: 5 });
    for (let i = 0; i < 12; i++) store.add(entry(`s${i}`, 100));
    expect(store.usage.entries).toBe(5);
    expect(store.get('s11')).toBeDefined();
    expect(store.get('s6')).toBeUndefined();
  });

  it('by default holds no more than 200 MB', () => {
    const store = new StagingStore();
    for (let i = 0; i < 30; i++) store.add(entry(`d${i}`, 20 * MB));
    expect(store.usage.bytes).toBeLessThanOrEqual(200 * MB);
    expect(store.usage.entries).toBeLessThan(10);
    expect(store.get('d29')).toBeDefined();
  });
});
