import { describe, expect, it } from 'vitest';
import { renameYearIn } from '../../../shared/domain/year-rename';

describe('renaming the plan year in a text', () => {
  it.each([
    ['chủ đề năm 2021', 'chủ đề năm 2022'],
    ['Tuyên truyền chủ đề công tác dân vận năm 2021 "Đẩy mạnh"', 'Tuyên truyền chủ đề công tác dân vận năm 2022 "Đẩy mạnh"'],
    ['Năm 2021.', 'Năm 2022.'],
    ['(2021)', '(2022)'],
    ['năm 2021, năm 2021', 'năm 2022, năm 2022'],
    ['kế hoạch 2021: 5 buổi', 'kế hoạch 2022: 5 buổi'],
  ])('renames the year standing alone: %s', (text, renamed) => {
    expect(renameYearIn(text, 2021, 2022)).toBe(renamed);
  });

  it.each([
    'nhiệm kỳ 2021 - 2026',
    'nhiệm kỳ 2021-2026',
    'giai đoạn 2016–2021',
    'giai đoạn 2016 — 2021',
    'đến ngày 31/12/2021',
    'ngày 31.12.2021',
    'mã 20210',
    'mã 120215',
    'số 2.021 người',
    '2021,5 triệu',
    'KH2021',
    'năm 2020',
  ])('leaves a year that is part of something else: %s', (text) => {
    expect(renameYearIn(text, 2021, 2022)).toBe(text);
  });
});
