import { describe, expect, it } from 'vitest';
import { comparedPeriods } from '../../../shared/domain/period-compare';

describe('the periods Tổng quan compares a period with', () => {
  it('a quarter: the quarter before (Quý I with Quý IV of the year before) and the same quarter a year earlier', () => {
    expect(comparedPeriods('2021-Q2')).toEqual({ previous: '2021-Q1', lastYear: '2020-Q2' });
    expect(comparedPeriods('2021-Q1')).toEqual({ previous: '2020-Q4', lastYear: '2020-Q1' });
    expect(comparedPeriods('2022-Q4')).toEqual({ previous: '2022-Q3', lastYear: '2021-Q4' });
  });

  it('a half year or a year: only the year before', () => {
    expect(comparedPeriods('2021-H1')).toEqual({ previous: null, lastYear: '2020-H1' });
    expect(comparedPeriods('2021-Y')).toEqual({ previous: null, lastYear: '2020-Y' });
    expect(comparedPeriods('2021-Q5')).toEqual({ previous: null, lastYear: null });
  });
});
