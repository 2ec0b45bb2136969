import { describe, expect, it } from 'vitest';
import { issueDates, resolveIssueDate } from '../../../electron/documents/issue-date';
import { defaultPeriods } from '../../../shared/domain/periods';

/** The issue date's default and bounds (issue 10.2), from the period and today's date. */
const periods = defaultPeriods(2021);
const H1 = periods.find((p) => p.code === '2021-H1')!;
const Y = periods.find((p) => p.code === '2021-Y')!;

describe('issueDates', () => {
  it('suggests today while the plan year is reported on', () => {
    expect(issueDates(H1, periods, '2021-07-02')).toEqual({ earliest: '2021-06-14', suggested: '2021-07-02' });
    expect(issueDates(Y, periods, '2022-01-15')).toEqual({ earliest: '2021-12-14', suggested: '2022-01-15' });
  });

  it('never suggests a day before the end of the data window: the year review is held in December', () => {
    expect(issueDates(Y, periods, '2021-11-20')).toEqual({ earliest: '2021-12-14', suggested: '2021-12-14' });
  });

  it('suggests nothing for a past plan year: a month after its last due date', () => {
    expect(issueDates(H1, periods, '2022-01-21')).toEqual({ earliest: '2021-06-14', suggested: null });
    expect(issueDates(H1, periods, '2025-03-01').suggested).toBeNull();
  });
});

describe('resolveIssueDate', () => {
  it('takes the date given from the end of the window on, or the suggestion', () => {
    const dates = { earliest: '2021-06-14', suggested: '2021-07-02' };
    expect(resolveIssueDate(H1, 2021, dates, '2021-06-14', undefined)).toBe('2021-06-14');
    expect(resolveIssueDate(H1, 2021, dates, undefined, undefined)).toBe('2021-07-02');
  });

  it('refuses in Vietnamese, with dd/mm/yyyy dates, a day before the window ends, no date for a past year, a deadline before the date', () => {
    expect(() => resolveIssueDate(H1, 2021, { earliest: '2021-06-14', suggested: null }, '2021-06-13', undefined)).toThrow(
      'Ngày văn bản 13/06/2021 ở trước ngày cuối kỳ số liệu 6 tháng đầu năm 2021 (14/06/2021)',
    );
    expect(() => resolveIssueDate(H1, 2021, { earliest: '2021-06-14', suggested: null }, undefined, undefined)).toThrow('Kế hoạch năm 2021 đã qua');
    expect(() => resolveIssueDate(H1, 2021, { earliest: '2021-06-14', suggested: null }, '2021-07-05', '2021-07-04')).toThrow('Hạn gửi 04/07/2021 ở trước ngày văn bản 05/07/2021');
  });
});
