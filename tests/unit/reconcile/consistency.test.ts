import { describe, expect, it } from 'vitest';
import { cleanDataSet, cloneDataSet, removeReport, reportOf, shift } from '../../helpers/reconcile-data';
import { foundEverywhere, fresh, keys, run } from './helpers';

const cell = (ds: ReturnType<typeof fresh>, period: string, d: string, u: 'BDV' | 'QS', ind: string) => {
  const c = reportOf(ds, period, d, u).values[ind];
  if (!c) throw new Error(`no ${ind}`);
  return c;
};

describe('R4 rules within one report', () => {
  it('flags TT03 above TT01 in both columns, naming the rule', () => {
    const ds = fresh();
    const r = reportOf(ds, '2021-Q4', '530', 'BDV');
    // Just enough to break the relation in lũy kế too, carried through so that only R4 can fire.
    shift(ds, '530', 'BDV', 'Q4', 'TT03', (r.values.TT01?.ytd ?? 0) - (r.values.TT03?.ytd ?? 0) + 1);
    expect(foundEverywhere(ds)).toEqual(['2021-Q4: R4 530 BDV TT03', '2021-Q4: R4 530 BDV TT03']);
    expect(keys(ds, '2021-Q4')).toEqual(['R4|2021-Q4|530|BDV|TT03|period<=TT01', 'R4|2021-Q4|530|BDV|TT03|ytd<=TT01']);
    const f = run(ds, '2021-Q4').findings[0];
    expect(f?.message).toContain('Ban Dân vận huyện Sơn Tây');
    expect(f?.message).toContain('không được lớn hơn chỉ tiêu TT01');
    expect(f?.values.TT03).toBeGreaterThan(f?.values.TT01 as number);
  });

  it('accepts equality and skips a rule when a side is not reported', () => {
    const ds = fresh();
    const q4 = reportOf(ds, '2021-Q4', '531', 'QS').values;
    shift(ds, '531', 'QS', 'Q4', 'DK02', (q4.DK01?.period ?? 0) - (q4.DK02?.period ?? 0));
    expect(q4.DK02?.period).toBe(q4.DK01?.period);
    const th = reportOf(ds, '2021-Q4', '532', 'QS').values;
    shift(ds, '532', 'QS', 'Q4', 'TH08', (th.TH07?.period ?? 0) + 1 - (th.TH08?.period ?? 0));
    th.TH07 = { period: null, ytd: null };
    expect(foundEverywhere(ds)).toEqual([]);
  });
});

describe('R5 year to date', () => {
  it('flags a wrong lũy kế in its quarter and in the next one, which built on it', () => {
    const ds = fresh();
    cell(ds, '2021-Q3', '531', 'QS', 'GN09').ytd! += 10;
    expect(foundEverywhere(ds)).toEqual(['2021-Q3: R5 531 QS GN09', '2021-Q4: R5 531 QS GN09']);
    const f = run(ds, '2021-Q3').findings[0];
    expect(f?.key).toBe('R5|2021-Q3|531|QS|GN09|ytd');
    expect(f?.values['Lũy kế đúng']).toBeCloseTo((f?.values['Lũy kế ghi trong báo cáo'] as number) - 10, 6);
    expect(f?.message).toContain('lũy kế Quý II năm 2021');
  });

  it('checks Q1 lũy kế against its own figure, and tolerates money rounding but not a count off by one', () => {
    const ds = fresh();
    cell(ds, '2021-Q1', '533', 'BDV', 'BD02').ytd! += 1;
    cell(ds, '2021-Q2', '533', 'BDV', 'BD02').ytd! += 1;
    cell(ds, '2021-Q3', '533', 'BDV', 'BD02').ytd! += 1;
    cell(ds, '2021-Q4', '533', 'BDV', 'BD02').ytd! += 1;
    for (const q of ['Q2', 'Q3', 'Q4']) cell(ds, `2021-${q}`, '533', 'QS', 'GN09').ytd! += 0.04;
    const q1 = run(ds, '2021-Q1').findings;
    expect(q1.map((f) => f.key)).toEqual(['R5|2021-Q1|533|BDV|BD02|ytd']);
    expect(q1[0]?.message).toContain('phải bằng số thực hiện trong kỳ');
    expect(run(ds, '2021-Q2').findings).toEqual([]);
  });

  it('skips a quarter whose previous quarter is missing', () => {
    const ds = fresh();
    removeReport(ds, '2021-Q2', '532', 'BDV');
    cell(ds, '2021-Q3', '532', 'BDV', 'TT01').ytd! += 7;
    expect(run(ds, '2021-Q3').findings).toEqual([]);
  });

  it('requires a separately filed six-month report to carry lũy kế equal to its figure', () => {
    const ds = fresh();
    cell(ds, '2021-H1', '522', 'BDV', 'TT06').ytd! += 3;
    expect(foundEverywhere(ds)).toEqual(['2021-H1: R5 522 BDV TT06']);
  });
});

describe('R6 the two units of a district', () => {
  it('flags a joint activity reported differently by Ban Dân vận and Ban CHQS, in both columns', () => {
    const ds = fresh();
    shift(ds, '532', 'QS', 'Q2', 'GN05', 3);
    expect(foundEverywhere(ds)).toEqual([
      '2021-Q2: R6 532 * GN05',
      '2021-Q2: R6 532 * GN05',
      '2021-Q3: R6 532 * GN05',
      '2021-Q4: R6 532 * GN05',
    ]);
    const [period, ytd] = run(ds, '2021-Q2').findings;
    expect(period).toMatchObject({ key: 'R6|2021-Q2|532|*|GN05|period', unitType: null });
    expect((period?.values.QS as number) - (period?.values.BDV as number)).toBe(3);
    expect(ytd?.key).toBe('R6|2021-Q2|532|*|GN05|ytd');
    expect(period?.message).toMatch(/^Quý II năm 2021, huyện Nghĩa Hành, chỉ tiêu GN05 .*Ban Dân vận báo cáo \d+ suất, Ban CHQS báo cáo \d+ suất/);
    expect(run(ds, '2021-Q3').findings[0]?.key).toBe('R6|2021-Q3|532|*|GN05|ytd');
  });

  it('leaves alone an empty side, a difference within the money tolerance and indicators without cross_check', () => {
    const ds = fresh();
    cell(ds, '2021-Q4', '533', 'QS', 'LV05').period = null;
    cell(ds, '2021-Q4', '533', 'QS', 'LV05').ytd = null;
    cell(ds, '2021-Q4', '534', 'QS', 'GN02').period! += 0.03;
    cell(ds, '2021-Q4', '534', 'QS', 'GN02').ytd! += 0.03;
    shift(ds, '535', 'QS', 'Q4', 'TT01', 5);
    expect(foundEverywhere(ds)).toEqual([]);
  });
});

describe('R7 six months and year against the quarters', () => {
  it('flags a separately filed H1 report that does not add up to Q1 + Q2', () => {
    const ds = fresh();
    const h1 = cell(ds, '2021-H1', '522', 'BDV', 'TT02');
    h1.period! += 100;
    h1.ytd! += 100;
    expect(foundEverywhere(ds)).toEqual(['2021-H1: R7 522 BDV TT02']);
    const f = run(ds, '2021-H1').findings[0];
    expect(f?.key).toBe('R7|2021-H1|522|BDV|TT02|period');
    expect(f?.message).toContain('cộng các báo cáo Quý I năm 2021, Quý II năm 2021');
  });

  it('flags a lũy kế chain that is consistent quarter to quarter but started wrong', () => {
    const ds = fresh();
    for (const q of ['Q1', 'Q2', 'Q3', 'Q4']) cell(ds, `2021-${q}`, '528', 'BDV', 'TT04').ytd! += 2;
    expect(foundEverywhere(ds)).toEqual(['2021-Q1: R5 528 BDV TT04', '2021-H1: R7 528 BDV TT04', '2021-Y: R7 528 BDV TT04']);
    expect(run(ds, '2021-Y').findings[0]?.key).toBe('R7|2021-Y|528|BDV|TT04|ytd');
  });

  it('does not compare a filed report with incomplete quarters', () => {
    const ds = cloneDataSet(cleanDataSet({ filedSummaries: ['524-QS'] }));
    removeReport(ds, '2021-Q1', '524', 'QS');
    cell(ds, '2021-H1', '524', 'QS', 'TT02').period! += 1;
    cell(ds, '2021-H1', '524', 'QS', 'TT02').ytd! += 1;
    expect(run(ds, '2021-H1').findings).toEqual([]);
  });
});
