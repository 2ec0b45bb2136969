import { describe, expect, it } from 'vitest';
import { reportPeriodOf, roleOf, type ColumnRole } from '../../../electron/import/parse/heading-role';
import { fold, stripDiacritics } from '../../../shared/text/fold';

/** Each heading of issue 9 in a quarter (Q4 or Q2 for "6 tháng"), a year and a six-month report, and with no known period. */
const HEADINGS: [heading: string, quarter: ColumnRole, year: ColumnRole, half: ColumnRole, unknown: ColumnRole][] = [
  ['Cả năm', 'ytd', 'period', 'ytd', 'ytd'],
  ['Năm 2021', 'ytd', 'period', 'ytd', 'ytd'],
  ['Lũy kế', 'ytd', 'ytd', 'ytd', 'ytd'],
  ['Lũy kế cả năm', 'ytd', 'ytd', 'ytd', 'ytd'],
  ['Từ đầu năm', 'ytd', 'ytd', 'ytd', 'ytd'],
  ['Cộng dồn', 'ytd', 'ytd', 'ytd', 'ytd'],
  ['Lũy kế năm', 'ytd', 'ytd', 'ytd', 'ytd'],
  ['Quý IV', 'period', 'foreign', 'foreign', 'period'],
  ['Trong quý', 'period', 'period', 'period', 'period'],
  ['Kỳ này', 'period', 'period', 'period', 'period'],
  ['Thực hiện trong kỳ', 'period', 'period', 'period', 'period'],
  ['Thực hiện quý', 'period', 'period', 'period', 'period'],
  ['Lũy kế đến hết quý trước', 'prior', 'prior', 'prior', 'prior'],
  ['Năm 2020', 'foreign', 'foreign', 'foreign', 'ytd'],
  ['Thực hiện', 'figure', 'figure', 'figure', 'figure'],
  ['Số liệu', 'figure', 'figure', 'figure', 'figure'],
  ['Kết quả', 'figure', 'figure', 'figure', 'figure'],
];

describe('heading roles', () => {
  for (const [heading, quarter, year, half, unknown] of HEADINGS) {
    for (const text of [heading, stripDiacritics(heading), heading.toUpperCase()]) {
      it(`"${text}"`, () => {
        expect(roleOf(fold(text), reportPeriodOf('2021-Q4')), 'Q4').toBe(quarter);
        expect(roleOf(fold(text), reportPeriodOf('2021-Y')), 'Y').toBe(year);
        expect(roleOf(fold(text), reportPeriodOf('2021-H1')), 'H1').toBe(half);
        expect(roleOf(fold(text), null), 'unknown').toBe(unknown);
      });
    }
  }

  it('reads "6 tháng" as the year-to-date of Q2, the period of H1, another period in Q3 and Y', () => {
    for (const text of ['6 tháng', '6 thang', 'Lũy kế 6 tháng']) {
      expect(roleOf(fold(text), reportPeriodOf('2021-Q2')), text).toBe('ytd');
      expect(roleOf(fold(text), reportPeriodOf('2021-Q3')), text).toBe('foreign');
      expect(roleOf(fold(text), reportPeriodOf('2021-Y')), text).toBe('foreign');
    }
    expect(roleOf(fold('6 tháng'), reportPeriodOf('2021-H1'))).toBe('period');
    expect(roleOf(fold('9 tháng'), reportPeriodOf('2021-Q3'))).toBe('ytd');
  });

  it('takes a quarter heading only for that quarter', () => {
    expect(roleOf(fold('Quý III'), reportPeriodOf('2021-Q3'))).toBe('period');
    expect(roleOf(fold('Quý 3'), reportPeriodOf('2021-Q3'))).toBe('period');
    expect(roleOf(fold('Quý III'), reportPeriodOf('2021-Q4'))).toBe('foreign');
    expect(roleOf(fold('Lũy kế quý III'), reportPeriodOf('2021-Q4'))).toBe('foreign');
    expect(roleOf(fold('Lũy kế đến quý IV'), reportPeriodOf('2021-Q4'))).toBe('ytd');
  });

  it('keeps a label heading that names the year a label', () => {
    expect(roleOf(fold('Nội dung chỉ tiêu năm 2021'), reportPeriodOf('2021-Q4'))).toBe('label');
    expect(roleOf(fold('Kế hoạch năm 2021'), reportPeriodOf('2021-Q4'))).toBe('note');
  });
});
