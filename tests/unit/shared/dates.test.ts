import { describe, expect, it } from 'vitest';
import { addDaysIso, dateVi, localIsoDate, parseDateVi } from '../../../shared/dates';

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

describe('parseDateVi (what a clerk types in a date field)', () => {
  it('reads dd/mm/yyyy and d/m/yyyy as the ISO day', () => {
    expect(parseDateVi('20/06/2021')).toBe('2021-06-20');
    expect(parseDateVi(' 5/7/2021 ')).toBe('2021-07-05');
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    for (const text of ['31/02/2021', '29/02/2021', '31/04/2021', '00/06/2021', '15/13/2021', '15/00/2021']) expect(parseDateVi(text)).toBeNull();
  });

  it('refuses other shapes rather than guessing', () => {
    for (const text of ['2021-06-20', '20.06.2021', '20/06/21', '20/06', '', 'hôm nay', '20/06/2021 10:00']) expect(parseDateVi(text)).toBeNull();
  });
});
