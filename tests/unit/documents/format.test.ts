import { describe, expect, it } from 'vitest';
import { fillNumberPattern, formatMoney, formatNumber, formatPercent, longDate, lowerFirst, NUMBER_BLANK, placeAndDate, shortDate } from '../../../electron/documents/format';
import { recipientLines } from '../../../electron/documents/recipients';
import { absentPhrase, areaFigures, areaSentences, changePhrase, comparisonPhrase, figurePhrase } from '../../../electron/documents/sentences';
import { fitSizePt, textWidthTwips } from '../../../electron/documents/text-width';
import { districtsPhrase, missingUnitsSentence, quartersLabel } from '../../../electron/documents/units';
import type { Indicator } from '../../../shared/domain/plan';
import { documentInput, seedPlan } from '../../helpers/document-input';

const indicator = (over: Partial<Indicator>): Indicator => ({
  code: 'XX01',
  area: 1,
  label: 'Số buổi tuyên truyền',
  unit: 'buổi',
  reportedBy: 'both',
  kind: 'count',
  crossCheck: false,
  rule: null,
  sortOrder: 10,
  ...over,
});

describe('Vietnamese number, money and date formats', () => {
  it('groups thousands with "." and writes decimals after ","', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-3500)).toBe('-3.500');
    expect(formatNumber(0.004)).toBe('0');
    expect(formatNumber(999.999)).toBe('1.000');
    expect(formatNumber(1.23456, 3)).toBe('1,235');
  });

  it('writes money in triệu đồng up to 1.000 and in tỷ đồng above, at most two decimals', () => {
    expect(formatMoney(350)).toBe('350 triệu đồng');
    expect(formatMoney(12.5)).toBe('12,5 triệu đồng');
    expect(formatMoney(999)).toBe('999 triệu đồng');
    expect(formatMoney(1000)).toBe('1.000 triệu đồng');
    expect(formatMoney(1200)).toBe('1,2 tỷ đồng');
    expect(formatMoney(1234)).toBe('1,23 tỷ đồng');
    expect(formatMoney(12543.2)).toBe('12,54 tỷ đồng');
    expect(formatMoney(62806.397)).toBe('62,81 tỷ đồng');
  });

  it('writes percentages with one decimal at most', () => {
    expect(formatPercent(12)).toBe('12%');
    expect(formatPercent(5.26)).toBe('5,3%');
  });

  it('pads days below 10 and the months 1 and 2 with a zero, as official dates are written', () => {
    expect(longDate('2021-06-15')).toBe('ngày 15 tháng 6 năm 2021');
    expect(longDate('2021-02-05')).toBe('ngày 05 tháng 02 năm 2021');
    expect(longDate('2021-12-09')).toBe('ngày 09 tháng 12 năm 2021');
    expect(placeAndDate('Quảng Ngãi', '2021-06-15')).toBe('Quảng Ngãi, ngày 15 tháng 6 năm 2021');
    expect(shortDate('2021-06-30')).toBe('30/06/2021');
  });

  it('leaves the number blank for the clerk and fills the year', () => {
    expect(fillNumberPattern('Số: {so}-BC/BDVTU-BCHQS', '2021-06-15')).toBe(`Số: ${NUMBER_BLANK}-BC/BDVTU-BCHQS`);
    expect(fillNumberPattern('Số {so}/{nam}/BC-BCHQS', '2021-06-15')).toBe(`Số ${NUMBER_BLANK}/2021/BC-BCHQS`);
    expect(NUMBER_BLANK.trim()).toBe('');
    expect(NUMBER_BLANK.length).toBeGreaterThanOrEqual(5);
  });

  it('lower-cases a fragment\'s first letter but not an abbreviation', () => {
    expect(lowerFirst('Giá trị quà tặng')).toBe('giá trị quà tặng');
    expect(lowerFirst('Đoàn viên')).toBe('đoàn viên');
    expect(lowerFirst('HĐND các cấp')).toBe('HĐND các cấp');
  });
});

describe('sentences woven from the catalogue labels', () => {
  it('reads "Số <noun phrase>" as "<n> <noun phrase>"', () => {
    expect(figurePhrase(indicator({ label: 'Số buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật' }), 1234)).toBe('1.234 buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật');
    expect(figurePhrase(indicator({ label: 'Số lượt người được tuyên truyền', unit: 'lượt người', kind: 'people' }), 56789)).toBe('56.789 lượt người được tuyên truyền');
    expect(figurePhrase(indicator({ label: 'Tổng số lượng chiến sĩ trẻ tình nguyện', unit: 'người' }), 12)).toBe('12 chiến sĩ trẻ tình nguyện');
  });

  it('reads a money label as "<label> <amount>"', () => {
    expect(figurePhrase(indicator({ label: 'Giá trị nhà xây mới, bàn giao', unit: 'triệu đồng', kind: 'money' }), 1200)).toBe('giá trị nhà xây mới, bàn giao 1,2 tỷ đồng');
    expect(figurePhrase(indicator({ label: 'Tổng kinh phí vận động được', unit: 'triệu đồng', kind: 'money' }), 350)).toBe('tổng kinh phí vận động được 350 triệu đồng');
  });

  it('follows a label the user edited, since labels are data', () => {
    expect(figurePhrase(indicator({ label: 'Số hội nghị đối thoại với Nhân dân', unit: 'hội nghị' }), 7)).toBe('7 hội nghị đối thoại với Nhân dân');
    expect(figurePhrase(indicator({ label: 'Tỷ lệ hộ được thăm hỏi', unit: '%' }), 12.5)).toBe('tỷ lệ hộ được thăm hỏi 12,5%');
    expect(absentPhrase(indicator({ label: 'Số vụ khiếu kiện đông người', unit: 'vụ' }))).toBe('vụ khiếu kiện đông người');
  });

  it('leaves out what nobody reported, lists zeros apart, and compares with the previous period', () => {
    const inds = [
      indicator({ code: 'AA01', label: 'Số buổi tuyên truyền', sortOrder: 1 }),
      indicator({ code: 'AA02', label: 'Số lớp tập huấn', unit: 'lớp', sortOrder: 2 }),
      indicator({ code: 'AA03', label: 'Số vụ khiếu kiện đông người', unit: 'vụ', sortOrder: 3 }),
      indicator({ code: 'AA04', label: 'Số vụ cháy rừng', unit: 'vụ', sortOrder: 4 }),
      indicator({ code: 'AA05', label: 'Số cặp kết nghĩa', unit: 'cặp', sortOrder: 5 }),
    ];
    const totals = { AA01: 110, AA02: 45, AA03: 0, AA04: null, AA05: 9 };
    const previous = { totals: { AA01: 100, AA02: 50, AA03: 3, AA04: 2, AA05: 0 }, name: 'năm 2020' };
    const f = areaFigures(inds, totals, previous);
    expect(f.done).toEqual(['tổ chức 110 buổi tuyên truyền (tăng 10% so với năm 2020)', 'tổ chức 45 lớp tập huấn (giảm 10%)', '9 cặp kết nghĩa']);
    expect(f.none).toEqual([]);
    expect(f.noIncidents).toEqual(['vụ khiếu kiện đông người']);
    expect(areaSentences(f, 'năm 2021')).toEqual([
      'Trong năm 2021, toàn tỉnh đã thực hiện: tổ chức 110 buổi tuyên truyền (tăng 10% so với năm 2020); tổ chức 45 lớp tập huấn (giảm 10%); 9 cặp kết nghĩa.',
      'Không phát sinh vụ khiếu kiện đông người.',
    ]);
    expect(areaSentences(areaFigures(inds, {}, null), '6 tháng đầu năm 2021')).toEqual(['Chưa có số liệu tổng hợp của nội dung này trong 6 tháng đầu năm 2021.']);
    expect(areaSentences(areaFigures(inds.slice(2, 3), { AA03: 0 }, null), 'Quý II năm 2021')).toEqual(['Trong Quý II năm 2021, trên địa bàn tỉnh không phát sinh vụ khiếu kiện đông người.']);
    expect(areaSentences(areaFigures(inds.slice(4, 5), { AA05: 0 }, null), 'Quý II năm 2021')).toEqual(['Trong Quý II năm 2021, toàn tỉnh chưa có: cặp kết nghĩa.']);
  });

  it('says "bằng" for an unchanged figure and nothing against a zero or missing one', () => {
    expect(comparisonPhrase(100, 100, 'năm 2020')).toBe('bằng năm 2020');
    expect(changePhrase(5, 0)).toBeNull();
    expect(changePhrase(5, null)).toBeNull();
    expect(changePhrase(50, 200)).toBe('giảm 75%');
  });
});

describe('units, periods and recipients as the documents name them', () => {
  it('compresses quarters and names missing units in district order', () => {
    expect(quartersLabel(['2021-Q1', '2021-Q2'])).toBe('Quý I, II năm 2021');
    const input = documentInput({ kind: 'six-month' });
    expect(missingUnitsSentence(input.figures, input.districts)).toBe(
      'Còn 2 đơn vị chưa gửi báo cáo: Ban Chỉ huy Quân sự huyện Mộ Đức (Quý II năm 2021); Ban Dân vận Huyện ủy Ba Tơ (cả 6 tháng đầu năm 2021). Số liệu của các kỳ còn thiếu chưa được tổng hợp trong báo cáo này.',
    );
    const complete = documentInput({ kind: 'six-month', missing: [] });
    expect(missingUnitsSentence(complete.figures, complete.districts)).toBeNull();
    const quarter = documentInput({ kind: 'quarter' });
    expect(missingUnitsSentence(quarter.figures, quarter.districts)).toContain('Ban Chỉ huy Quân sự huyện Mộ Đức; Ban Dân vận Huyện ủy Ba Tơ.');
    expect(districtsPhrase(seedPlan().districts)).toBe('13 huyện, thị xã, thành phố');
  });

  it('ends recipients with commas and the last with a full stop', () => {
    expect(recipientLines(['Ban Dân vận Trung ương', 'Cục Chính trị Quân khu 5,', ' ', 'Lưu: VPTU; VT BCH.'])).toEqual([
      '- Ban Dân vận Trung ương,',
      '- Cục Chính trị Quân khu 5,',
      '- Lưu: VPTU; VT BCH.',
    ]);
  });

  it('estimates text widths well enough to size the party-line rule and fit figures', () => {
    const party = textWidthTwips('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true);
    // Measured in Times New Roman Bold 15 pt: about 207 pt.
    expect(party / 20).toBeGreaterThan(195);
    expect(party / 20).toBeLessThan(220);
    expect(textWidthTwips('1.234', 8)).toBeLessThan(textWidthTwips('12.345', 8));
    expect(fitSizePt(['1.234'], 400, 8, 5.5)).toBe(8);
    expect(fitSizePt(['123.456.789'], 300, 8, 5.5)).toBe(5.5);
  });
});
