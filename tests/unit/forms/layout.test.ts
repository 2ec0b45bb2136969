import { describe, expect, it } from 'vitest';
import { planLayout, roman } from '../../../electron/forms/layout';
import { buildBlankForm } from '../../../electron/forms/template';
import { wrappedLines } from '../../../electron/forms/text-fit';
import { indicatorsFor } from '../../../shared/domain/plan';
import { AppError } from '../../../shared/result';
import { district, period, seed } from './form-fixture';

describe('planLayout', () => {
  it('places areas and indicators in plan order with no gaps, after the header row and before the narrative', () => {
    const layout = planLayout(seed.areas, indicatorsFor(seed.indicators, 'QS'));
    const tableRows = [...layout.areas.map((a) => a.row), ...layout.indicators.map((i) => i.row)].sort((a, b) => a - b);
    expect(tableRows[0]).toBe(layout.headerRow + 1);
    expect(tableRows.at(-1)).toBe(layout.tableEndRow);
    expect(tableRows).toEqual(Array.from({ length: tableRows.length }, (_, k) => layout.headerRow + 1 + k));
    expect(layout.narrative[0]!.headingRow).toBeGreaterThan(layout.tableEndRow);
    expect(layout.lastRow).toBeGreaterThan(layout.narrative.at(-1)!.inputRow);
  });

  it('sorts by sort order inside an area, whatever order the catalogue comes in', () => {
    const shuffled = [...indicatorsFor(seed.indicators, 'BDV')].reverse();
    const codes = planLayout([...seed.areas].reverse(), shuffled).indicators.map((r) => r.indicator.code);
    expect(codes).toEqual(indicatorsFor(seed.indicators, 'BDV').map((i) => i.code));
  });

  it('drops an area with nothing to report and keeps the others numbered as in the plan', () => {
    const withoutArea4 = seed.indicators.filter((i) => i.area !== 4);
    expect(planLayout(seed.areas, withoutArea4).areas.map((a) => a.numeral)).toEqual(['I', 'II', 'III', 'V', 'VI']);
  });

  it('refuses, in Vietnamese, an indicator whose area the plan lacks and an empty catalogue', () => {
    const stray = { ...seed.indicators[0]!, code: 'ZZ01', area: 9 };
    expect(() => planLayout(seed.areas, [stray])).toThrow(/ZZ01 thuộc nội dung số 9/);
    expect(() => planLayout(seed.areas, [])).toThrow(AppError);
  });

  it('writes Roman numerals', () => {
    expect([1, 4, 6, 9, 14, 19].map(roman)).toEqual(['I', 'IV', 'VI', 'IX', 'XIV', 'XIX']);
  });
});

describe('buildBlankForm input checks', () => {
  it('refuses a period of another plan year', async () => {
    const other = { ...period('2021-Q1'), code: '2022-Q1' };
    await expect(buildBlankForm({ ...seed, district: district('524'), unitType: 'BDV', period: other })).rejects.toThrow(/không thuộc kế hoạch năm 2021/);
  });
});

describe('wrappedLines', () => {
  it('counts wrapped lines at word boundaries and explicit line breaks', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('Số liệu', 10)).toBe(1);
    // 12 characters per line at width 10.
    expect(wrappedLines('aaaa bbbb cccc dddd', 10)).toBe(2);
    expect(wrappedLines('một\nhai\nba', 40)).toBe(3);
    expect(wrappedLines('x'.repeat(30), 10)).toBe(3);
    expect(wrappedLines('aaaa bbbb cccc dddd', 10, 24)).toBe(4);
  });
});
