import { describe, expect, it } from 'vitest';
import { collapseSpaces, fold, foldTokens, hasDiacritics, lowerKeepMarks, stripDiacritics } from '../../../../shared/text/fold';

describe('fold', () => {
  it('drops case, diacritics (đ included), punctuation and extra spaces', () => {
    expect(fold('Số tin, bài tuyên truyền:  "ĐẨY MẠNH"')).toBe('so tin bai tuyen truyen day manh');
    expect(fold('SỐ BÁNH CHƯNG TRAO TẶNG (CHƯƠNG TRÌNH “BÁNH CHƯNG XANH”)')).toBe('so banh chung trao tang chuong trinh banh chung xanh');
  });

  it('folds decomposed (NFD) input the same as precomposed', () => {
    expect(fold('Quảng Ngãi'.normalize('NFD'))).toBe(fold('Quảng Ngãi'));
    expect(fold('Quảng Ngãi')).toBe('quang ngai');
  });

  it('keeps digits and splits on every separator', () => {
    expect(foldTokens('nhiệm kỳ 2021 - 2026')).toEqual(['nhiem', 'ky', '2021', '2026']);
    expect(foldTokens('  ')).toEqual([]);
  });

  it('lowerKeepMarks keeps diacritics so that "Ba Tơ" and "ba tổ" differ', () => {
    expect(lowerKeepMarks('Huyện  Ba Tơ.')).toBe('huyện ba tơ');
    expect(lowerKeepMarks('Ba Tơ')).not.toBe(lowerKeepMarks('ba tổ'));
  });

  it('tells text with diacritics from plain ASCII', () => {
    expect(hasDiacritics('Bình Sơn')).toBe(true);
    expect(hasDiacritics('Binh Son')).toBe(false);
    expect(stripDiacritics('Đức Phổ')).toBe('Duc Pho');
    expect(collapseSpaces(' a \n  b\t')).toBe('a b');
  });
});
