import { describe, expect, it } from 'vitest';
import { defaultPeriods } from '../../../../shared/domain/periods';
import { periodOfBatch, stagedPeriods, workingPeriod } from '../../../../shared/domain/working-period';

const periods = defaultPeriods(2021);

describe('workingPeriod: the app opens on the quarter whose reports are arriving now', () => {
  it('in March opens Quý I, not Quý IV (the reported bug), though Quý II has begun on 15/03', () => {
    expect(workingPeriod(periods, [], '2021-03-20')).toBe('2021-Q1');
  });

  it('before any window has ended: the latest quarter whose window has begun (an early file)', () => {
    expect(workingPeriod(periods, [], '2021-01-10')).toBe('2021-Q1');
    expect(workingPeriod(periods, [], '2020-12-15')).toBe('2021-Q1');
  });

  it('a quarter counts from the last day of its data window', () => {
    expect(workingPeriod(periods, ['2021-Q1'], '2021-06-13')).toBe('2021-Q2');
    expect(workingPeriod(periods, ['2021-Q1'], '2021-06-14')).toBe('2021-Q2');
    expect(workingPeriod(periods, ['2021-Q1', '2021-Q2'], '2021-07-01')).toBe('2021-Q3');
  });

  it('a locked quarter is done: the next open one is the work', () => {
    expect(workingPeriod(periods, ['2021-Q1'], '2021-03-25')).toBe('2021-Q2');
    expect(workingPeriod(periods, ['2021-Q1', '2021-Q2', '2021-Q3'], '2021-12-20')).toBe('2021-Q4');
  });

  it('a quarter still open while the next one arrives stays the work until it is locked', () => {
    expect(workingPeriod(periods, [], '2021-06-20')).toBe('2021-Q1');
  });

  it('a past year being caught up opens on its first open quarter, never Quý IV first', () => {
    expect(workingPeriod(periods, [], '2026-03-20')).toBe('2021-Q1');
    expect(workingPeriod(periods, ['2021-Q1', '2021-Q2'], '2026-03-20')).toBe('2021-Q3');
  });

  it('a year with every quarter locked opens on its last quarter', () => {
    expect(workingPeriod(periods, ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'], '2022-05-01')).toBe('2021-Q4');
  });

  it('a plan year not begun yet opens on Quý I', () => {
    expect(workingPeriod(periods, [], '2020-11-01')).toBe('2021-Q1');
  });

  it('never opens on the six months or the year, and ignores their order in the list', () => {
    expect(workingPeriod([...periods].reverse(), ['2021-Q1', '2021-Q2', '2021-Q3'], '2021-12-20')).toBe('2021-Q4');
  });

  it('where reports of an open quarter are stored, the latest such quarter is the work', () => {
    // A past year filled in full, nothing locked yet: Quý IV, where the last files went.
    expect(workingPeriod(periods, [], '2026-03-20', ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'])).toBe('2021-Q4');
    expect(workingPeriod(periods, [], '2021-06-20', ['2021-Q1'])).toBe('2021-Q1');
    // Reports of a locked quarter are done work: the next quarter to arrive is the work.
    expect(workingPeriod(periods, ['2021-Q1'], '2021-06-20', ['2021-Q1'])).toBe('2021-Q2');
    expect(workingPeriod(periods, ['2021-Q4'], '2026-03-20', ['2021-Q3', '2021-Q4'])).toBe('2021-Q3');
  });

  it('follows edited windows, not the calendar quarter', () => {
    const edited = periods.map((p) => (p.code === '2021-Q1' ? { ...p, windowEnd: '2021-03-31' } : p.code === '2021-Q2' ? { ...p, windowStart: '2021-04-01' } : p));
    expect(workingPeriod(edited, [], '2021-03-20')).toBe('2021-Q1');
    expect(workingPeriod(edited, ['2021-Q1'], '2021-03-20')).toBe('2021-Q2');
  });
});

describe('periodOfBatch: after an import the pages show the period just imported', () => {
  it('is the period of the saved reports', () => {
    expect(periodOfBatch(Array(26).fill('2021-Q1'))).toBe('2021-Q1');
  });

  it('a stray late file of another quarter does not pull the pages away', () => {
    expect(periodOfBatch(['2021-Q4', '2021-Q1', '2021-Q1', '2021-Q1'])).toBe('2021-Q1');
  });

  it('on a tie, the latest period', () => {
    expect(periodOfBatch(['2021-Q2', '2021-Q1'])).toBe('2021-Q2');
    expect(periodOfBatch(['2021-Q1', '2021-Q2'])).toBe('2021-Q2');
  });

  it('nothing saved: no period to follow', () => {
    expect(periodOfBatch([])).toBeNull();
  });
});

describe('stagedPeriods: the period shown while a batch is on screen', () => {
  it('a batch of Quý II files is Quý II, before anything is saved', () => {
    expect(stagedPeriods(Array(26).fill('2021-Q2'))).toEqual({ kind: 'one', period: '2021-Q2' });
  });

  it('files of two quarters: both named, in order, none chosen', () => {
    expect(stagedPeriods(['2021-Q2', '2021-Q1', '2021-Q2'])).toEqual({ kind: 'many', periods: ['2021-Q1', '2021-Q2'] });
  });

  it('nothing staged: nothing to follow', () => {
    expect(stagedPeriods([])).toEqual({ kind: 'none' });
  });
});
