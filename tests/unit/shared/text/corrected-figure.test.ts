import { describe, expect, it } from 'vitest';
import { readCorrectedFigure } from '../../../../shared/text/corrected-figure';

const refused = (text: string) => {
  const r = readCorrectedFigure(text);
  return r.ok ? `accepted as ${r.value}` : r.why;
};

describe('readCorrectedFigure: what a clerk may type as a corrected figure', () => {
  it.each([
    ['0', 0],
    ['38', 38],
    ['1.250', 1250],
    ['1.250.000', 1_250_000],
    ['12,5', 12.5],
    ['0,5', 0.5],
    ['1.250,75', 1250.75],
    ['1 250 000', 1_250_000],
    [' 40 ', 40],
  ])('takes the vi-VN figure "%s" as %d', (text, value) => {
    expect(readCorrectedFigure(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.5', 'số thập phân viết bằng dấu phẩy'],
    ['12.5', 'số thập phân viết bằng dấu phẩy'],
    ['1,250', 'không rõ: "1,250" được đọc là 1,25; nếu ý là 1.250 thì phải ghi "1.250"'],
    ['1,250,000', 'viết theo kiểu Việt Nam'],
    ['1,250.5', 'viết theo kiểu Việt Nam'],
    ['1.25.0', 'nhóm ba chữ số'],
    ['12 50', 'nhóm ba chữ số'],
    ['mười', 'không phải số'],
    ['12 buổi', 'chỉ ghi con số'],
    ['350 triệu', 'chỉ ghi con số'],
    ['-5', 'số liệu không âm'],
    ['-', 'cần một con số'],
    ['x', 'cần một con số'],
    ['', 'cần một con số'],
  ])('refuses "%s" and says why', (text, why) => {
    expect(refused(text)).toContain(why);
  });
});
