import { describe, expect, it } from 'vitest';
import { lookalikeHeading, parseHeading, segments } from '../../../electron/import/parse/narrative-heading';

describe('narrative headings', () => {
  it.each([
    ['II. Tồn tại, hạn chế: Kinh phí còn hạn hẹp', 'han_che', 'Kinh phí còn hạn hẹp'],
    ['III. Kiến nghị, đề xuất:', 'de_xuat', ''],
    ['1. Ưu điểm', 'ket_qua_noi_bat', ''],
    ['b) Khó khăn, vướng mắc:', 'han_che', ''],
    ['Kết quả nổi bật', 'ket_qua_noi_bat', ''],
    ['Phương hướng, nhiệm vụ quý tới', 'phuong_huong', ''],
    ['4. Phương hướng, nhiệm vụ quý III năm 2021:', 'phuong_huong', ''],
    ['3. Đề xuất, kiến nghị (nếu có):', 'de_xuat', ''],
    ['* Những kết quả đạt được trong quý', 'ket_qua_noi_bat', ''],
    ['Hạn chế trong phối hợp nắm tình hình: còn chậm', 'han_che', 'còn chậm'],
    ['2. Nguyên nhân:', null, ''],
    ['II. Tồn tại, hạn chế – Kinh phí còn hạn hẹp', 'han_che', 'Kinh phí còn hạn hẹp'],
    ['4. Phương hướng - nhiệm vụ quý tới', 'phuong_huong', ''],
  ])('%j is a heading of %s', (line, key, inline) => {
    expect(parseHeading(line)).toMatchObject({ key, inline });
  });

  it.each([
    '- Khó khăn: kinh phí còn hạn hẹp',
    'Khó khăn do mưa lũ kéo dài nên một số hoạt động phải tạm hoãn.',
    'Đề nghị Ban Dân vận Tỉnh ủy quan tâm hỗ trợ kinh phí.',
    'Kết quả nổi bật trong quý là tổ chức 5 buổi tuyên truyền cho nhân dân các xã: An, Bình.',
    'Nguyên nhân chủ yếu do thời tiết',
    'Số buổi tuyên truyền',
    'Khó khăn do mưa lũ - bão kéo dài',
  ])('%j is text', (line) => {
    expect(parseHeading(line)?.key ?? null).toBeNull();
  });

  it('cuts a cell at each line and at each numbered heading with a colon inside a line', () => {
    expect(segments('1. Kết quả nổi bật: Tổ chức 5 buổi. 2. Hạn chế: Kinh phí ít.\n3. Đề xuất: Hỗ trợ.')).toEqual([
      '1. Kết quả nổi bật: Tổ chức 5 buổi.',
      '2. Hạn chế: Kinh phí ít.',
      '3. Đề xuất: Hỗ trợ.',
    ]);
    // A number inside a sentence is no heading, nor one without a colon after its key words.
    expect(segments('Theo Công văn số 5. Đề nghị các xã thực hiện. 2. Hạn chế còn nhiều.')).toEqual(['Theo Công văn số 5. Đề nghị các xã thực hiện. 2. Hạn chế còn nhiều.']);
  });

  it('tells a numbered sentence that starts like another block apart from a heading', () => {
    expect(lookalikeHeading('2. Khó khăn về nhà ở của 12 hộ nghèo đã được giải quyết dứt điểm.')).toBe('han_che');
    expect(lookalikeHeading('2. Khó khăn, vướng mắc:')).toBeNull();
    expect(lookalikeHeading('Khó khăn về nhà ở của 12 hộ nghèo đã được giải quyết.')).toBeNull();
    expect(lookalikeHeading('2. Tổ chức 5 buổi tuyên truyền.')).toBeNull();
  });
});
