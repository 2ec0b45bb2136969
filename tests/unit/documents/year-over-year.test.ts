import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { changePhrase, figurePhrase } from '../../../electron/documents/sentences';
import { yearOverYear } from '../../../electron/documents/year-over-year';
import { documentInput } from '../../helpers/document-input';
import { bodyText, readParts } from './docx-parts';

/**
 * The year review against the previous plan year: key indicators with "tăng/giảm … %", a count of
 * rises and falls per content area, and a plain sentence wherever the product has nothing to
 * compare with — the whole year, an area, or single indicators.
 */

const yearText = async (input: ReturnType<typeof documentInput>) => {
  const text = bodyText((await readParts(await buildDocument(input)))['word/document.xml'] ?? '');
  return text.slice(0, text.indexOf('PHỤ LỤC'));
};

describe('year over year', () => {
  it('names the key indicators with their change, the first of each area both years report', () => {
    const input = documentInput({ kind: 'year' });
    const { lead } = yearOverYear(input);
    const tt01 = input.indicators.find((i) => i.code === 'TT01')!;
    const now = input.figures.province.byIndicator.TT01!;
    const then = input.previous!.province.byIndicator.TT01!;
    expect(lead[0]).toMatch(/^So với năm 2020, một số chỉ tiêu chính: /u);
    expect(lead[0]).toContain(`${figurePhrase(tt01, now)} (${changePhrase(now, then)})`);
    expect(lead[0]!.split('; ')).toHaveLength(input.areas.length);
  });

  it('counts each area\'s rises and falls against the previous year, exactly', () => {
    const input = documentInput({ kind: 'year' });
    const { byArea } = yearOverYear(input);
    for (const area of input.areas) {
      let up = 0;
      let down = 0;
      for (const ind of input.indicators.filter((i) => i.area === area.no)) {
        const now = input.figures.province.byIndicator[ind.code];
        const then = input.previous!.province.byIndicator[ind.code];
        if (now === null || now === undefined || then === null || then === undefined) continue;
        if (now > then) up++;
        else if (now < then) down++;
      }
      if (up > 0) expect(byArea[area.no], String(area.no)).toContain(`${up} chỉ tiêu tăng`);
      if (down > 0) expect(byArea[area.no], String(area.no)).toContain(`${down} chỉ tiêu giảm`);
    }
  });

  it('says plainly when the previous year is not in the product, and prints it in the year report', async () => {
    const input = documentInput({ kind: 'year', withPrevious: false });
    expect(yearOverYear(input)).toEqual({ lead: ['Chưa có số liệu năm 2020 trong phần mềm để so sánh.'], byArea: {} });
    const text = await yearText(input);
    expect(text).toContain('Chưa có số liệu năm 2020 trong phần mềm để so sánh.');
    expect(text).not.toContain('so với năm 2020');
  });

  it('names the indicators and areas the previous year has no figure for', () => {
    const input = documentInput({ kind: 'year' });
    const area1 = input.indicators.filter((i) => i.area === 1);
    for (const ind of area1) input.previous!.province.byIndicator[ind.code] = null;
    input.previous!.province.byIndicator.GN01 = null;
    const gn01 = input.indicators.find((i) => i.code === 'GN01')!;
    const { byArea } = yearOverYear(input);
    expect(byArea[1]).toBe('Chưa có số liệu năm 2020 của nội dung này trong phần mềm để so sánh.');
    expect(byArea[2]).toContain(`Chưa có số liệu năm 2020 để so sánh: ${gn01.label.replace(/^Số\s+/u, '')}`);
  });

  it('counts a rise from a previous zero without a percentage, and a zero both years as the same', () => {
    const input = documentInput({ kind: 'year' });
    input.previous!.province.byIndicator.TH04 = 0;
    input.figures.province.byIndicator.TH04 = 0;
    input.previous!.province.byIndicator.TH08 = 0;
    input.figures.province.byIndicator.TH08 = 3;
    const { byArea } = yearOverYear(input);
    expect(byArea[3]).toContain('1 chỉ tiêu bằng');
    expect(byArea[3]).not.toContain('Chưa có số liệu');
  });

  it('warns that a comparison with an incomplete year is only indicative', () => {
    const input = documentInput({ kind: 'year' });
    input.previous!.missing = [{ districtCode: '535', unitType: 'BDV', periods: ['2020-Q4'] }];
    expect(yearOverYear(input).lead).toContain('Số liệu năm 2020 trong phần mềm còn thiếu báo cáo của 1 đơn vị, nên mức tăng, giảm so với năm 2020 chỉ có giá trị tham khảo.');
  });

  it('prints the comparison in the year report under each area, and nowhere in the six-month report', async () => {
    const input = documentInput({ kind: 'year' });
    const text = await yearText(input);
    const { lead, byArea } = yearOverYear(input);
    expect(text).toContain(lead[0]!);
    for (const area of input.areas) {
      const at = text.indexOf(byArea[area.no]!);
      expect(at, String(area.no)).toBeGreaterThan(text.indexOf(`${area.no}. ${area.title}`));
    }
    const six = await yearText(documentInput({ kind: 'six-month', withPrevious: true }));
    expect(six).not.toContain('So với năm 2020');
  });
});
