import { describe, expect, it } from 'vitest';
import { prefillProse, type NarrativeLine } from '../../../electron/documents/prefill';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';
import type { ProseItem } from '../../../shared/domain/documents';

const seed = readSeed(SEED_DIR);
const kq = (districtCode: string, unitType: 'BDV' | 'QS', text: string, period = '2021-Q2'): NarrativeLine => ({ districtCode, unitType, key: 'ket_qua_noi_bat', text, period });
const line = (key: NarrativeLine['key'], districtCode: string, text: string, period = '2021-Q2'): NarrativeLine => ({ districtCode, unitType: 'BDV', key, text, period });
const texts = (items: readonly ProseItem[]) => items.map((i) => i.text);
const PROPAGANDA = (n: number, people: string) => `- Phối hợp với Ban Chỉ huy Quân sự huyện tổ chức ${n} buổi tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho ${people} lượt người.`;

describe('merged highlights with their sources', () => {
  const prose = prefillProse({
    ...seed,
    period: '2021-H1',
    narratives: [
      kq('524', 'BDV', PROPAGANDA(32, '1.600')),
      kq('527', 'BDV', PROPAGANDA(7, '245')),
      kq('528', 'QS', PROPAGANDA(10, '390'), '2021-Q1'),
      // Alike, but worded differently around its figures: it stays apart rather than lend them.
      kq('534', 'BDV', '- Phối hợp với Ban Chỉ huy Quân sự thị xã tổ chức 14 buổi tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho 1.445 lượt người.'),
      kq('531', 'BDV', '- Đăng ký xây dựng 02 mô hình "Dân vận khéo", 01 mô hình được công nhận.'),
      kq('535', 'QS', '+ Đăng ký xây dựng 2 mô hình "Dân vận khéo", 1 mô hình được công nhận'),
      kq('529', 'BDV', '- Tap trung tuyen truyen, van dong nhan dan thuc hien cac bien phap phong chong dich'),
      kq('530', 'BDV', '- Không có kết quả nổi bật.'),
    ],
  });
  const area1 = prose.picks!.highlights[1]!;

  it('merges near-duplicate bullets of several districts into one sentence naming them, summing their figures', () => {
    expect(area1[0]).toEqual({
      text: 'Các huyện Bình Sơn, Sơn Tịnh và Tư Nghĩa phối hợp với Ban Chỉ huy Quân sự huyện tổ chức 49 buổi tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho 2.235 lượt người.',
      chosen: true,
      sources: [
        { unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q2' },
        { unit: 'Ban Dân vận huyện Sơn Tịnh', period: '2021-Q2' },
        { unit: 'Ban CHQS huyện Tư Nghĩa', period: '2021-Q1' },
      ],
    });
    expect(texts(area1)).toContain('Thị xã Đức Phổ phối hợp với Ban Chỉ huy Quân sự thị xã tổ chức 14 buổi tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho 1.445 lượt người.');
    expect(prose.picks!.highlights[5]).toEqual([
      { text: 'Các huyện Minh Long và Ba Tơ đăng ký xây dựng 4 mô hình "Dân vận khéo", 2 mô hình được công nhận.', chosen: true, sources: [{ unit: 'Ban Dân vận huyện Minh Long', period: '2021-Q2' }, { unit: 'Ban CHQS huyện Ba Tơ', period: '2021-Q2' }] },
    ]);
  });

  it('prints the chosen highlights as the area text', () => {
    expect(prose.highlights[1]!.split('\n')[0]).toBe(`- ${area1[0]!.text}`);
    expect(prose.highlights[5]).toBe('- Các huyện Minh Long và Ba Tơ đăng ký xây dựng 4 mô hình "Dân vận khéo", 2 mô hình được công nhận.');
  });

  it('leaves out bullets typed without diacritics and bullets that report nothing', () => {
    const all = [prose.assessment, ...Object.values(prose.highlights), ...Object.values(prose.picks!.highlights).flat().map((i) => i.text)].join('\n');
    expect(all).not.toMatch(/Tap trung tuyen truyen|tuyen truyen/);
    expect(all).not.toMatch(/Không có kết quả/);
  });

  it('ticks at most N highlights per area (a document setting), offering the others unticked', () => {
    const many = prefillProse({
      ...seed,
      highlightsPerArea: 2,
      narratives: ['524', '525', '527', '528'].map((c, i) => kq(c, 'BDV', `- Tổ chức hội nghị tuyên truyền chuyên đề thứ ${['nhất', 'hai', 'ba', 'tư'][i]} về phòng, chống ${['ma túy', 'thiên tai', 'dịch bệnh', 'cháy rừng'][i]}`)),
    });
    const area1Items = many.picks!.highlights[1]!;
    expect(area1Items.length).toBe(4);
    expect(area1Items.filter((i) => i.chosen)).toHaveLength(2);
    expect(many.highlights[1]!.split('\n')).toHaveLength(2);
  });
});

describe('parts II–IV worth reading', () => {
  const prose = prefillProse({
    ...seed,
    period: '2021-H1',
    totals: { TT01: 120, TT02: 5000, GN01: 4 },
    previous: { totals: { TT01: 100, TT02: 6000, GN01: 4 }, period: '2020-H1' },
    narratives: [
      line('han_che', '524', '- Kinh phí cho hoạt động dân vận còn hạn hẹp.\n- Do ảnh hưởng của dịch COVID-19, một số hoạt động tập trung đông người phải tạm dừng.'),
      { ...line('han_che', '529', '+ Kinh phí cho hoạt động dân vận còn hạn hẹp'), unitType: 'QS' },
      line('de_xuat', '524', 'Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết.'),
      line('de_xuat', '527', 'Không có đề xuất, kiến nghị.'),
      line('de_xuat', '528', '- Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết'),
      line('phuong_huong', '524', '1. Phối hợp tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XV ngày 23/5/2021.\n2. Chuẩn bị sơ kết 6 tháng.\n3. Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7.'),
    ],
  });
  const picks = prose.picks!;

  it('draws strengths from the areas whose totals rose against the previous period of the same kind', () => {
    expect(picks.strengths).toHaveLength(1);
    expect(picks.strengths[0]!.text).toMatch(/^Tuyên truyền.*: kết quả cao hơn 6 tháng đầu năm 2020, số buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật tăng 20%\.$/);
    expect(picks.strengths[0]!.text).not.toContain('lượt người');
    expect(prose.assessment.startsWith('Ưu điểm:\n- Tuyên truyền')).toBe(true);
  });

  it('merges shortcomings, puts causes under "Nguyên nhân:" and never prints that heading empty', () => {
    expect(picks.shortcomings).toEqual([{ text: 'Kinh phí cho hoạt động dân vận còn hạn hẹp.', chosen: true, sources: [{ unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q2' }, { unit: 'Ban CHQS huyện Sơn Hà', period: '2021-Q2' }] }]);
    expect(prose.assessment).toContain('Nguyên nhân:\n- Do ảnh hưởng của dịch COVID-19, một số hoạt động tập trung đông người phải tạm dừng.');
    const noCause = prefillProse({ ...seed, narratives: [line('han_che', '524', 'Kinh phí còn hạn hẹp.')] });
    expect(noCause.assessment).toBe('Hạn chế, khó khăn:\n- Kinh phí còn hạn hẹp.');
  });

  it('deduplicates proposals and takes "Không có đề xuất, kiến nghị" for no proposal', () => {
    expect(texts(picks.proposals)).toEqual(['Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết.']);
    expect(picks.proposals[0]!.sources).toHaveLength(2);
    expect(prefillProse({ ...seed, narratives: [line('de_xuat', '527', 'Không có đề xuất, kiến nghị.')] }).proposals).toBe('');
  });

  it('drops tasks dated before the period ends and those the document itself closes', () => {
    expect(texts(picks.tasks)).toEqual(['Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7.']);
    const year = prefillProse({ ...seed, period: '2021-Y', narratives: [line('phuong_huong', '524', '- Chuẩn bị tổng kết công tác phối hợp năm 2021.\n- Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7.\n- Xây dựng kế hoạch phối hợp năm 2022.', '2021-Q3')] });
    expect(texts(year.picks!.tasks)).toEqual(['Xây dựng kế hoạch phối hợp năm 2022.']);
  });
});
