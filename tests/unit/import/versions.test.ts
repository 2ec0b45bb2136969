import { describe, expect, it } from 'vitest';
import { compareVersions, decideSlot, fileNameDate, type SlotCandidate } from '../../../electron/import/versions';

const c = (fileName: string, reportDate: string | null, receivedDate = '2021-09-25', choice?: SlotCandidate['choice']): SlotCandidate => ({ fileName, reportDate, receivedDate, choice });

describe('which version counts', () => {
  it('reads a real date from a file name, in the ways clerks write it, and nothing else', () => {
    expect(fileNameDate('BC quy 3 ban sua 21-9-2021.xlsx')).toBe('2021-09-21');
    expect(fileNameDate('BDV_BinhSon_21.09.2021.xlsx')).toBe('2021-09-21');
    expect(fileNameDate('sua 1_10_2021.xlsx')).toBe('2021-10-01');
    expect(fileNameDate('BC quy 3-2021 BDV.xlsx')).toBeNull();
    expect(fileNameDate('ban sua 30-2-2021.xlsx')).toBeNull();
    expect(fileNameDate('C:\\Thu 21-9-2021\\bao cao.xlsx')).toBeNull();
  });

  it('orders by the report date first, then by the received date, and calls the rest a tie', () => {
    expect(compareVersions(c('a.xlsx', '2021-09-21', '2021-09-20'), c('b.xlsx', '2021-09-14', '2021-09-30'))).toBeGreaterThan(0);
    // Only one of the two says a date: that does not order them, the received date must.
    expect(compareVersions(c('a.xlsx', null, '2021-09-20'), c('b sua 22-9-2021.xlsx', null, '2021-09-20'))).toBe(0);
    expect(compareVersions(c('a.xlsx', null, '2021-09-21'), c('b.xlsx', '2021-09-14', '2021-09-20'))).toBeGreaterThan(0);
    expect(compareVersions(c('a.xlsx', '2021-09-14'), c('b.xlsx', '2021-09-14'))).toBe(0);
  });

  it('decides the same way whatever order the rivals come in, and lets the clerk break a tie', () => {
    const older = c('goc.xlsx', '2021-09-14');
    const newer = c('sua.xlsx', '2021-09-21');
    expect(decideSlot(older, null, [newer])).toMatchObject({ kind: 'older', winner: newer, stored: false });
    expect(decideSlot(newer, null, [older])).toEqual({ kind: 'first' });
    expect(decideSlot(older, newer, [])).toMatchObject({ kind: 'older', stored: true });
    expect(decideSlot(newer, older, [])).toMatchObject({ kind: 'newer', than: older });
    const twin = c('ban 2.xlsx', '2021-09-14');
    expect(decideSlot(older, null, [twin]).kind).toBe('tie');
    expect(decideSlot(twin, null, [older]).kind).toBe('tie');
    expect(decideSlot({ ...twin, choice: 'current' }, null, [older])).toEqual({ kind: 'first' });
    expect(decideSlot(older, null, [{ ...twin, choice: 'current' }]).kind).toBe('older');
    expect(decideSlot({ ...twin, choice: 'history' }, older, []).kind).toBe('older');
    expect(decideSlot(twin, older, []).kind).toBe('tie');
  });
});
