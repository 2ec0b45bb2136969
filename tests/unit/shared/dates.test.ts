import { describe, expect, it } from 'vitest';
import { addDaysIso, dateVi, localIsoDate } from '../../../shared/dates';

describe('calendar dates', () => {
  it('gives the local calendar day, not the UTC one', () => {
    // 06:30 on 15 June in the clerk's own time zone: still the 15th whatever UTC says.
    expect(localIsoDate(new Date(2021, 5, 15, 6, 30))).toBe('2021-06-15');
    expect(localIsoDate(new Date(2021, 0, 1, 0, 5))).toBe('2021-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDaysIso('2021-06-15', 7)).toBe('2021-06-22');
    expect(addDaysIso('2021-12-28', 7)).toBe('2022-01-04');
    expect(addDaysIso('2024-02-27', 2)).toBe('2024-02-29');
    expect(addDaysIso('2021-03-01', -1)).toBe('2021-02-28');
  });
});

describe('dateVi', () => {
  it('writes a date or a timestamp as dd/mm/yyyy', () => {
    expect(dateVi('2021-06-20')).toBe('20/06/2021');
    expect(dateVi('2021-09-14T03:05:00.000Z')).toBe('14/09/2021');
  });
});
