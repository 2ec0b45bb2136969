import { describe, expect, it } from 'vitest';
import { receivedSuggestions } from '../../../../shared/domain/received-date';

const base = { fileModified: null, reportDate: null, current: '2021-03-25', today: '2021-03-25', earliest: '2020-12-15' };

describe('receivedSuggestions: the file offers its own date for the batch table', () => {
  it('offers the file modified day and the report date, named by source, file first', () => {
    expect(receivedSuggestions({ ...base, fileModified: '2021-03-22', reportDate: '2021-03-18' })).toEqual([
      { date: '2021-03-22', source: 'file' },
      { date: '2021-03-18', source: 'report' },
    ]);
  });

  it('offers nothing the row already has, and a date once', () => {
    expect(receivedSuggestions({ ...base, fileModified: '2021-03-25', reportDate: '2021-03-18' })).toEqual([{ date: '2021-03-18', source: 'report' }]);
    expect(receivedSuggestions({ ...base, fileModified: '2021-03-18', reportDate: '2021-03-18' })).toEqual([{ date: '2021-03-18', source: 'file' }]);
  });

  it('never offers a day after today (a clock set wrong on the sender’s PC)', () => {
    expect(receivedSuggestions({ ...base, fileModified: '2021-03-26', reportDate: '2022-01-01' })).toEqual([]);
  });

  it('never offers a day before the plan year’s first data window (last year’s file saved again)', () => {
    expect(receivedSuggestions({ ...base, fileModified: '2019-06-01', reportDate: '2020-12-14' })).toEqual([]);
    expect(receivedSuggestions({ ...base, reportDate: '2020-12-15' })).toEqual([{ date: '2020-12-15', source: 'report' }]);
  });

  it('ignores a report date that is not a calendar day', () => {
    expect(receivedSuggestions({ ...base, reportDate: '2021-02-30' })).toEqual([]);
  });

  it('with no date in the file, offers nothing: the batch date stands', () => {
    expect(receivedSuggestions(base)).toEqual([]);
  });
});
