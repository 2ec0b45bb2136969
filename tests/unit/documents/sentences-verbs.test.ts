import { describe, expect, it } from 'vitest';
import { indicatorRole } from '../../../electron/documents/indicator-roles';
import { areaFigures, areaSentences } from '../../../electron/documents/sentences';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';
import type { Indicator } from '../../../shared/domain/plan';

/** Part I as a leader reads it: each kind of indicator with its own verb, incidents apart from what was done. */

const seed = readSeed(SEED_DIR);
const area = (no: number) => seed.indicators.filter((i) => i.area === no).sort((a, b) => a.sortOrder - b.sortOrder);
const sentences = (no: number, totals: Record<string, number | null>, previous: Record<string, number> | null = null) =>
  areaSentences(areaFigures(area(no), totals, previous ? { totals: previous, name: '6 tháng đầu năm 2020' } : null), '6 tháng đầu năm 2021');

describe('the role of each indicator, told from the catalogue', () => {
  it('makes every khiếu kiện / vụ việc / điểm nóng / tôn giáo trái pháp luật count an incident, and nothing else', () => {
    const incidents = seed.indicators.filter((i) => indicatorRole(i) === 'incident').map((i) => i.code);
    expect(incidents).toEqual(['TH02', 'TH04', 'TH05', 'TH06', 'TH07', 'TH08']);
    expect(seed.indicators.filter((i) => indicatorRole(i) === 'resolved').map((i) => i.code)).toEqual(['TH03']);
    // Fighting a forest fire is something the units did, not an incident of the province.
    expect(indicatorRole(seed.indicators.find((i) => i.code === 'LV10')!)).toBe('result');
  });

  it('follows the kind of the catalogue: people, money and days whatever the label', () => {
    const byKind = (kind: Indicator['kind']) => seed.indicators.filter((i) => i.kind === kind).map(indicatorRole);
    expect(new Set(byKind('people'))).toEqual(new Set(['people']));
    expect(new Set(byKind('money'))).toEqual(new Set(['money']));
    expect(new Set(byKind('days'))).toEqual(new Set(['days']));
    expect(indicatorRole(seed.indicators.find((i) => i.code === 'TT01')!)).toBe('activity');
    expect(indicatorRole(seed.indicators.find((i) => i.code === 'GN01')!)).toBe('result');
  });
});

describe('verbs by indicator kind', () => {
  it('organises activities and reaches people "cho … lượt người"', () => {
    const [done] = sentences(1, { TT01: 1234, TT02: 56789, TT04: 12 });
    expect(done).toBe(
      'Trong 6 tháng đầu năm 2021, toàn tỉnh đã thực hiện: tổ chức 1.234 buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật cho 56.789 lượt người; ' +
        'tổ chức 12 hội nghị quán triệt, triển khai chủ đề năm "Đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở".',
    );
    expect(done).not.toMatch(/\d lượt người được tuyên truyền/);
  });

  it('never prints a count of people as a decimal, nor "cho" without the activity before it', () => {
    const [done] = sentences(1, { TT01: 0, TT02: 158772 });
    expect(done).toContain('158.772 lượt người được tuyên truyền');
    expect(done).not.toContain('cho 158.772');
    expect(done).not.toMatch(/158\.772,/);
  });

  it('mobilises people who take part, and writes money in triệu đồng up to 1.000, tỷ đồng above, two decimals at most', () => {
    const [done] = sentences(4, { LV02: 5, LV03: 260, LV04: 629, LV07: 999.5 });
    expect(done).toContain('tổ chức 5 đợt hành quân dã ngoại kết hợp làm công tác dân vận');
    expect(done).toContain('huy động 260 lượt cán bộ, chiến sĩ tham gia làm công tác dân vận');
    expect(done).toContain('629 ngày công giúp dân');
    expect(done).toContain('giá trị thuốc cấp phát 999,5 triệu đồng');
    const [money] = sentences(2, { GN09: 62806.397 });
    expect(money).toContain('tổng kinh phí vận động được 62,81 tỷ đồng');
  });

  it('says incidents "phát sinh … vụ, đã giải quyết … vụ", never among what the province did', () => {
    const out = sentences(3, { TH01: 40, TH02: 12, TH03: 10, TH04: 15, TH05: 0, TH08: 10 });
    expect(out).toEqual([
      'Trong 6 tháng đầu năm 2021, toàn tỉnh đã thực hiện: 40 lần trao đổi, cung cấp thông tin giữa hai cơ quan.',
      'Trên địa bàn tỉnh phát sinh 12 điểm nóng, vụ việc phức tạp, đã giải quyết 10 vụ; 15 vụ khiếu kiện đông người; 10 vụ hoạt động tôn giáo trái pháp luật.',
      'Không phát sinh vụ tranh chấp đất đai.',
    ]);
    expect(out[0]).not.toMatch(/khiếu kiện|tôn giáo|điểm nóng/);
  });

  it('opens with the incidents when the area did nothing else, and keeps a settled count with no arising one apart', () => {
    expect(sentences(3, { TH04: 3 })).toEqual(['Trong 6 tháng đầu năm 2021, trên địa bàn tỉnh phát sinh 3 vụ khiếu kiện đông người.']);
    expect(sentences(3, { TH02: null, TH03: 4 })).toEqual(['Đã giải quyết 4 vụ điểm nóng, vụ việc phức tạp.']);
    expect(sentences(3, { TH02: 0, TH04: 0 })).toEqual(['Trong 6 tháng đầu năm 2021, trên địa bàn tỉnh không phát sinh điểm nóng, vụ việc phức tạp, vụ khiếu kiện đông người.']);
  });

  it('keeps the comparison in brackets after the figure it is about', () => {
    const [done] = sentences(1, { TT01: 110, TT02: 2000 }, { TT01: 100, TT02: 2500 });
    expect(done).toContain('tổ chức 110 buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật (tăng 10% so với 6 tháng đầu năm 2020) cho 2.000 lượt người (giảm 20%)');
  });
});
