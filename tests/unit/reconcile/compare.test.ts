import { describe, expect, it } from 'vitest';
import { compareDistrictReports } from '../../../electron/reconcile/compare';
import { inputFor, removeReport, reportOf } from '../../helpers/reconcile-data';
import { fresh } from './helpers';

type DS = ReturnType<typeof fresh>;
const rowsOf = (ds: DS, period: string, district: string) => compareDistrictReports(inputFor(ds, period), district).rows;
const marked = (ds: DS, period: string, district: string) => rowsOf(ds, period, district).filter((r) => r.differs).map((r) => r.indicator);

describe('So sánh BDV | QS: only joint indicators can differ', () => {
  it('marks nothing in a clean district, though the two units’ own activities differ', () => {
    const ds = fresh();
    const bdv = reportOf(ds, '2021-Q2', '532', 'BDV').values.TT02?.period;
    const qs = reportOf(ds, '2021-Q2', '532', 'QS').values.TT02?.period;
    expect(bdv).not.toBe(qs);
    expect(marked(ds, '2021-Q2', '532')).toEqual([]);
    const rows = rowsOf(ds, '2021-Q2', '532');
    expect(rows.map((r) => r.indicator)).toEqual(ds.indicators.map((i) => i.code));
    expect(rows.find((r) => r.indicator === 'GN05')).toEqual({ indicator: 'GN05', joint: true, differs: false });
    expect(rows.find((r) => r.indicator === 'TT02')).toEqual({ indicator: 'TT02', joint: false, differs: false });
  });

  it('marks a joint indicator whose two figures disagree, in either column, and the others never', () => {
    const ds = fresh();
    const qs = reportOf(ds, '2021-Q2', '532', 'QS');
    qs.values.GN05 = { period: (qs.values.GN05?.period ?? 0) + 4, ytd: qs.values.GN05?.ytd ?? 0 };
    qs.values.LV05 = { period: qs.values.LV05?.period ?? 0, ytd: (qs.values.LV05?.ytd ?? 0) + 1 };
    qs.values.TT01 = { period: 9999, ytd: 9999 };
    expect(marked(ds, '2021-Q2', '532')).toEqual(['GN05', 'LV05']);
    expect(rowsOf(ds, '2021-Q2', '532').find((r) => r.indicator === 'TT01')).toEqual({ indicator: 'TT01', joint: false, differs: false });
  });

  it('tolerates a money difference within the setting, as R6 does', () => {
    const ds = fresh();
    const qs = reportOf(ds, '2021-Q1', '524', 'QS');
    const bdv = reportOf(ds, '2021-Q1', '524', 'BDV');
    qs.values.GN02 = { period: (bdv.values.GN02?.period ?? 0) + 0.05, ytd: bdv.values.GN02?.ytd ?? 0 };
    expect(marked(ds, '2021-Q1', '524')).toEqual([]);
    qs.values.GN02 = { period: (bdv.values.GN02?.period ?? 0) + 0.2, ytd: bdv.values.GN02?.ytd ?? 0 };
    expect(marked(ds, '2021-Q1', '524')).toEqual(['GN02']);
  });

  it('marks nothing when one unit has not reported or left the cell empty', () => {
    const ds = fresh();
    reportOf(ds, '2021-Q3', '525', 'BDV').values.GN05 = { period: null, ytd: null };
    reportOf(ds, '2021-Q3', '525', 'QS').values.GN05 = { period: 50, ytd: 50 };
    expect(marked(ds, '2021-Q3', '525')).toEqual([]);
    removeReport(ds, '2021-Q3', '525', 'QS');
    const cmp = compareDistrictReports(inputFor(ds, '2021-Q3'), '525');
    expect(cmp.units.map((u) => u.reportId === null)).toEqual([false, true]);
    expect(cmp.rows.some((r) => r.differs)).toBe(false);
  });
});
