import { describe, expect, it } from 'vitest';
import { medianExcluding } from '../../../electron/reconcile/rules/r8-plausibility';
import { reportOf, shift } from '../../helpers/reconcile-data';
import { foundEverywhere, fresh, run } from './helpers';

type DS = ReturnType<typeof fresh>;
const periodValue = (ds: DS, period: string, d: string, u: 'BDV' | 'QS', ind: string): number => {
  const v = reportOf(ds, period, d, u).values[ind]?.period;
  if (v === null || v === undefined) throw new Error(`no ${ind}`);
  return v;
};
/** Makes a quarter's figure `to`, carrying the change through lũy kế so that only R8 can object. */
const setFigure = (ds: DS, q: 'Q1' | 'Q2' | 'Q3' | 'Q4', d: string, u: 'BDV' | 'QS', ind: string, to: number) => shift(ds, d, u, q, ind, to - periodValue(ds, `2021-${q}`, d, u, ind));

describe('R8 plausibility', () => {
  it('names money written in nghìn đồng in a triệu đồng column', () => {
    const ds = fresh();
    setFigure(ds, 'Q3', '534', 'QS', 'GN09', periodValue(ds, '2021-Q3', '534', 'QS', 'GN09') * 1000);
    expect(foundEverywhere(ds)).toEqual(['2021-Q3: R8 534 QS GN09']);
    const f = run(ds, '2021-Q3').findings[0];
    expect(f).toMatchObject({ key: 'R8|2021-Q3|534|QS|GN09|period', severity: 'warning', cells: [{ indicator: 'GN09', field: 'period' }] });
    expect(f?.message).toContain('có thể đã ghi bằng nghìn đồng thay vì triệu đồng');
    expect(f?.message).toContain('Ban CHQS thị xã Đức Phổ');
    expect(f?.message).toMatch(/ghi \d{1,3}(\.\d{3})+(,\d+)? triệu đồng/);
    expect(f?.values['Trung vị các đơn vị khác cùng kỳ']).toBeGreaterThan(0);
  });

  it('names money written in đồng', () => {
    const ds = fresh();
    setFigure(ds, 'Q2', '535', 'BDV', 'GN09', Math.round(periodValue(ds, '2021-Q2', '535', 'BDV', 'GN09') * 1_000_000));
    expect(foundEverywhere(ds)).toEqual(['2021-Q2: R8 535 BDV GN09']);
    const msg = run(ds, '2021-Q2').findings[0]?.message ?? '';
    expect(msg).toContain('có thể đã ghi bằng đồng thay vì triệu đồng');
    expect(msg).not.toContain('nghìn đồng');
  });

  it('names "1.250" read as 1,25, and the lũy kế it leaves with decimals', () => {
    const ds = fresh();
    const usual = periodValue(ds, '2021-Q4', '536', 'BDV', 'TT02');
    setFigure(ds, 'Q4', '536', 'BDV', 'TT02', usual / 1000);
    expect(foundEverywhere(ds)).toEqual(['2021-Q4: R8 536 BDV TT02', '2021-Q4: R8 536 BDV TT02']);
    const [slip, ytd] = run(ds, '2021-Q4').findings;
    expect(slip?.key).toBe('R8|2021-Q4|536|BDV|TT02|period');
    expect(slip?.message).toContain('có thể dấu chấm phân cách hàng nghìn đã bị đọc thành dấu thập phân');
    expect(slip?.values['Có thể là']).toBe(usual);
    expect(ytd?.key).toBe('R8|2021-Q4|536|BDV|TT02|ytd');
    expect(ytd?.message).toContain('phải là số nguyên');
  });

  it('flags any count with decimals, but not half a ngày công', () => {
    const ds = fresh();
    shift(ds, '522', 'QS', 'Q4', 'LV02', 0.5);
    shift(ds, '522', 'QS', 'Q4', 'LV04', 0.5);
    expect(foundEverywhere(ds)).toEqual(['2021-Q4: R8 522 QS LV02', '2021-Q4: R8 522 QS LV02']);
    const msg = run(ds, '2021-Q4').findings[0]?.message ?? '';
    expect(msg).toContain('phải là số nguyên');
    expect(msg).not.toContain('dấu thập phân');
  });

  it('flags a count far above both references without guessing a money slip', () => {
    const ds = fresh();
    setFigure(ds, 'Q4', '524', 'BDV', 'TT07', Math.max(60, periodValue(ds, '2021-Q4', '524', 'BDV', 'TT07') * 40));
    expect(foundEverywhere(ds)).toEqual(['2021-Q4: R8 524 BDV TT07']);
    const msg = run(ds, '2021-Q4').findings[0]?.message ?? '';
    expect(msg).toContain('đề nghị kiểm tra lại với đơn vị');
    expect(msg).not.toContain('đồng');
  });

  it('clears a unit that is big every quarter, and an indicator that jumps in every district at once', () => {
    const ds = fresh();
    for (const r of [...ds.reports, ...ds.history]) {
      const big = r.districtCode === '533' && r.unitType === 'BDV' ? r.values.TT08 : undefined;
      if (big && big.period !== null && big.ytd !== null) {
        big.period = big.period * 40 + 60;
        big.ytd = null;
      }
      const everywhere = r.period === '2021-Q2' ? r.values.TT06 : undefined;
      if (everywhere && everywhere.period !== null) {
        everywhere.period = everywhere.period * 40 + 60;
        everywhere.ytd = null;
      }
    }
    expect(foundEverywhere(ds).filter((f) => f.includes('R8'))).toEqual([]);
  });

  it('stays quiet below the absolute floor', () => {
    const ds = fresh();
    const v = periodValue(ds, '2021-Q4', '525', 'QS', 'TH04');
    ds.settings.outlierFloor = 1_000_000;
    setFigure(ds, 'Q4', '525', 'QS', 'TH04', (v + 1) * 500);
    expect(foundEverywhere(ds)).toEqual([]);
    ds.settings.outlierFloor = 50;
    expect(foundEverywhere(ds)).toEqual(['2021-Q4: R8 525 QS TH04']);
  });

  it('computes a median without one value', () => {
    expect(medianExcluding([1, 2, 3, 100], 100, 1)).toBe(2);
    expect(medianExcluding([1, 2, 3, 100], 2, 1)).toBe(3);
    expect(medianExcluding([1, 2, 3, 4], undefined, 1)).toBe(2.5);
    expect(medianExcluding([5, 5], 5, 2)).toBeUndefined();
    expect(medianExcluding([], undefined, 1)).toBeUndefined();
  });
});
