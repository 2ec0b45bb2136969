import { describe, expect, it } from 'vitest';
import { compareValues, matchesSearch } from '../../../../shared/text/sort-search';

const sorted = <T extends string | number | null>(kind: 'text' | 'number' | 'date', values: T[]) => [...values].sort((a, b) => compareValues(kind, a, b));

describe('list sorting', () => {
  it('orders Vietnamese names alphabetically, Đ after D and marks after the bare letter', () => {
    expect(sorted('text', ['Đức Phổ', 'Sơn Tây', 'Ba Tơ', 'Bình Sơn', 'Dung Quất', 'Sơn Hà', 'Ân Nghĩa'])).toEqual(['Ân Nghĩa', 'Ba Tơ', 'Bình Sơn', 'Dung Quất', 'Đức Phổ', 'Sơn Hà', 'Sơn Tây']);
  });

  it('orders numbers by value, not as text', () => {
    expect(sorted('number', [10, 9, 100, 0, 2.5])).toEqual([0, 2.5, 9, 10, 100]);
  });

  it('orders codes with numbers inside by their numbers', () => {
    expect(sorted('text', ['GN10', 'GN2', 'GN01'])).toEqual(['GN01', 'GN2', 'GN10']);
  });

  it('orders ISO dates and date-times chronologically', () => {
    expect(sorted('date', ['2021-07-05', '2021-06-20', '2020-12-31', '2021-06-20T08:00:00.000Z'])).toEqual(['2020-12-31', '2021-06-20', '2021-06-20T08:00:00.000Z', '2021-07-05']);
  });

  it('puts empty cells last, whatever the kind', () => {
    expect(sorted('number', [null, 3, 1])).toEqual([1, 3, null]);
    expect(sorted('text', ['', 'Trà Bồng', 'An'])).toEqual(['An', 'Trà Bồng', '']);
  });
});

describe('list search', () => {
  it('ignores diacritics and case', () => {
    expect(matchesSearch('Ban Chỉ huy Quân sự huyện Sơn Tây', 'son tay')).toBe(true);
    expect(matchesSearch('Ban Chỉ huy Quân sự huyện Sơn Tây', 'SƠN TÂY')).toBe(true);
    expect(matchesSearch('Ban Dân vận huyện Đức Phổ', 'duc pho')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesSearch('R6 Sơn Tây GN05', 'gn05 son')).toBe(true);
    expect(matchesSearch('R6 Sơn Tây GN05', 'son ha')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesSearch('Sơn Tây', '   ')).toBe(true);
  });
});
