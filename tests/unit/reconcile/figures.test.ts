import { describe, expect, it } from 'vitest';
import { computeFigures, pickJoint } from '../../../electron/reconcile/figures';
import { cleanDataSet, cloneDataSet, inputFor, removeReport, reportOf, type DataSet } from '../../helpers/reconcile-data';
import { fresh } from './helpers';

const figures = (ds: DataSet, period: string, extra: Partial<Parameters<typeof computeFigures>[0]> = {}) =>
  computeFigures({ ...inputFor(ds, period), crossCheckChoices: {}, openFindings: 0, ...extra });

/** The province total computed the long way, straight from the stored reports of the quarters. */
function expectedTotal(ds: DataSet, quarters: string[], code: string): number {
  const ind = ds.indicators.find((i) => i.code === code);
  let total = 0;
  for (const r of ds.reports) {
    if (!r.isCurrent || !quarters.includes(r.period)) continue;
    // A joint activity counts once per district: take the BDV figure (the clean set has QS equal to it).
    if (ind?.crossCheck && ind.reportedBy === 'both' && r.unitType === 'QS') continue;
    total += r.values[code]?.period ?? 0;
  }
  return total;
}

describe('settled figures of a period', () => {
  it('sums every unit for own activities and each district once for joint ones', () => {
    const ds = fresh();
    const f = figures(ds, '2021-Q1', { openFindings: 4 });
    expect(f.period).toBe('2021-Q1');
    expect(f.quarters).toEqual(['2021-Q1']);
    expect(f.openFindings).toBe(4);
    expect(f.missing).toEqual([]);
    expect(f.units).toHaveLength(26);
    expect(f.districts.map((d) => d.districtCode)).toEqual(ds.districts.map((d) => d.code));
    for (const ind of ds.indicators) {
      expect(f.province.byIndicator[ind.code], ind.code).toBeCloseTo(expectedTotal(ds, ['2021-Q1'], ind.code), 6);
      expect(f.province.byArea[ind.area]?.[ind.code], ind.code).toBe(f.province.byIndicator[ind.code]);
    }
    // A joint activity really is counted once: the district equals one unit, not the two.
    const bdv = reportOf(ds, '2021-Q1', '524', 'BDV').values.LV06?.period ?? 0;
    expect(bdv).toBeGreaterThan(0);
    expect(f.districts.find((d) => d.districtCode === '524')?.values.LV06).toBe(bdv);
    // An own activity is both units' sum.
    const tt01 = (reportOf(ds, '2021-Q1', '524', 'BDV').values.TT01?.period ?? 0) + (reportOf(ds, '2021-Q1', '524', 'QS').values.TT01?.period ?? 0);
    expect(f.districts.find((d) => d.districtCode === '524')?.values.TT01).toBe(tt01);
    // A unit carries only the indicators its type reports.
    expect(Object.keys(f.units.find((u) => u.unitType === 'BDV')?.values ?? {})).not.toContain('DK03');
    expect(f.units[0]?.reportId).toBe(reportOf(ds, '2021-Q1', '522', 'BDV').id);
  });

  it('makes six months Q1 + Q2 and the year Q1..Q4, from the quarters even when a summary report was filed', () => {
    const ds = fresh();
    const q = ['Q1', 'Q2', 'Q3', 'Q4'].map((k) => figures(ds, `2021-${k}`));
    const h1 = figures(ds, '2021-H1');
    const y = figures(ds, '2021-Y');
    expect(h1.quarters).toEqual(['2021-Q1', '2021-Q2']);
    for (const ind of ds.indicators) {
      const at = (f: (typeof q)[number] | undefined) => f?.province.byIndicator[ind.code] ?? 0;
      expect(h1.province.byIndicator[ind.code], ind.code).toBeCloseTo(at(q[0]) + at(q[1]), 6);
      expect(y.province.byIndicator[ind.code], ind.code).toBeCloseTo(q.reduce((s, f) => s + at(f), 0), 6);
      expect(y.province.byIndicator[ind.code], ind.code).toBeCloseTo(expectedTotal(ds, ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'], ind.code), 6);
    }
    // 522-BDV filed an H1 report; the figure still comes from its quarters.
    const unit = h1.units.find((u) => u.districtCode === '522' && u.unitType === 'BDV');
    expect(unit?.reportId).toBeNull();
    expect(unit?.values.TT01).toBe((reportOf(ds, '2021-Q1', '522', 'BDV').values.TT01?.period ?? 0) + (reportOf(ds, '2021-Q2', '522', 'BDV').values.TT01?.period ?? 0));
  });

  it('lists a missing unit and sums what was reported', () => {
    const ds = fresh();
    removeReport(ds, '2021-Q2', '524', 'QS');
    const q2 = figures(ds, '2021-Q2');
    expect(q2.missing).toEqual([{ districtCode: '524', unitType: 'QS', periods: ['2021-Q2'] }]);
    const unit = q2.units.find((u) => u.districtCode === '524' && u.unitType === 'QS');
    expect(unit?.reportId).toBeNull();
    expect(Object.values(unit?.values ?? {}).every((v) => v === null)).toBe(true);
    const bdv = reportOf(ds, '2021-Q2', '524', 'BDV').values;
    const district = q2.districts.find((d) => d.districtCode === '524')?.values;
    expect(district?.TT01).toBe(bdv.TT01?.period);
    expect(district?.GN05).toBe(bdv.GN05?.period);
    expect(district?.LV01).toBeNull();
    const h1 = figures(ds, '2021-H1');
    expect(h1.missing).toEqual([{ districtCode: '524', unitType: 'QS', periods: ['2021-Q2'] }]);
    expect(h1.units.find((u) => u.districtCode === '524' && u.unitType === 'QS')?.values.LV01).toBe(reportOf(ds, '2021-Q1', '524', 'QS').values.LV01?.period);
  });

  it('takes a separately filed H1 report when a quarter is missing', () => {
    const ds = cloneDataSet(cleanDataSet({ filedSummaries: ['524-QS'] }));
    removeReport(ds, '2021-Q2', '524', 'QS');
    const filed = reportOf(ds, '2021-H1', '524', 'QS');
    const h1 = figures(ds, '2021-H1');
    expect(h1.missing).toEqual([]);
    const unit = h1.units.find((u) => u.districtCode === '524' && u.unitType === 'QS');
    expect(unit?.reportId).toBe(filed.id);
    expect(unit?.values.TT02).toBe(filed.values.TT02?.period);
  });

  it('counts a disputed joint figure once: the chosen one, else the larger, else the one reported', () => {
    const ds = fresh();
    const b = reportOf(ds, '2021-Q3', '525', 'BDV').values;
    const q = reportOf(ds, '2021-Q3', '525', 'QS').values;
    b.GN05 = { period: 10, ytd: 10 };
    q.GN05 = { period: 14, ytd: 14 };
    b.LV05 = { period: null, ytd: null };
    q.LV05 = { period: 6, ytd: 6 };
    const d = (f: ReturnType<typeof figures>) => f.districts.find((x) => x.districtCode === '525')?.values;
    expect(d(figures(ds, '2021-Q3'))?.GN05).toBe(14);
    expect(d(figures(ds, '2021-Q3'))?.LV05).toBe(6);
    expect(d(figures(ds, '2021-Q3', { crossCheckChoices: { '525|GN05': 10 } }))?.GN05).toBe(10);
    expect(pickJoint(null, null, undefined)).toBeNull();
    expect(pickJoint(3, 3, undefined)).toBe(3);
  });

  it('settles a joint figure of a year quarter by quarter, with the choices made in each quarter', () => {
    const ds = fresh();
    const set = (period: string, bdv: number, qs: number) => {
      reportOf(ds, period, '527', 'BDV').values.BD01 = { period: bdv, ytd: null };
      reportOf(ds, period, '527', 'QS').values.BD01 = { period: qs, ytd: null };
    };
    set('2021-Q1', 5, 4);
    set('2021-Q2', 3, 4);
    const h1 = (extra = {}) => figures(ds, '2021-H1', extra).districts.find((x) => x.districtCode === '527')?.values.BD01;
    // Summing each unit first would give max(8, 8) = 8; the quarters' larger figures give 5 + 4.
    expect(h1()).toBe(9);
    expect(h1({ crossCheckChoicesByPeriod: { '2021-Q1': { '527|BD01': 4 } } })).toBe(8);
    expect(h1({ crossCheckChoices: { '527|BD01': 7 } })).toBe(7);
  });
});
