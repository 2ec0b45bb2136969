import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../electron/reconcile/reconcile';
import { RULES } from '../../../shared/domain/reconcile';
import { inputFor, reportOf, shift } from '../../helpers/reconcile-data';
import { fresh, PERIODS, run } from './helpers';

describe('reconciling a clean, consistent year', () => {
  it('finds nothing in any period, and every unit is on time', () => {
    const ds = fresh();
    expect(ds.reports.filter((r) => r.period.endsWith('Q1'))).toHaveLength(26);
    for (const p of PERIODS) {
      const r = run(ds, p);
      expect(r.findings, p).toEqual([]);
      expect(r.completeness, p).toHaveLength(26);
      expect(r.completeness.every((c) => c.status === 'on_time' && c.daysLate === 0), p).toBe(true);
    }
  });

  it('lists the units in the official order, BDV before QS, with the due date of the period', () => {
    const rows = run(fresh(), '2021-Q2').completeness;
    expect(rows.slice(0, 4).map((c) => `${c.districtCode}-${c.unitType}`)).toEqual(['522-BDV', '522-QS', '524-BDV', '524-QS']);
    expect(rows.at(-1)).toMatchObject({ districtCode: '536', unitType: 'QS', dueDate: '2021-06-20', version: 1 });
  });

  it('runs only the enabled rules, but always reports completeness', () => {
    const ds = fresh();
    reportOf(ds, '2021-Q4', '524', 'BDV').receivedDate = '2021-12-30';
    shift(ds, '530', 'QS', 'Q4', 'DK03', 5);
    ds.settings.enabled = Object.fromEntries(RULES.map((r) => [r, false])) as typeof ds.settings.enabled;
    const off = reconcile(inputFor(ds, '2021-Q4'));
    expect(off.findings).toEqual([]);
    expect(off.completeness.find((c) => c.districtCode === '524' && c.unitType === 'BDV')).toMatchObject({ status: 'late', daysLate: 10 });
    ds.settings.enabled.R9 = true;
    expect(reconcile(inputFor(ds, '2021-Q4')).findings).toEqual([]);
    ds.settings.dk03Min = 9;
    expect(reconcile(inputFor(ds, '2021-Y')).findings.map((f) => f.rule)).toEqual(['R9']);
  });

  it('gives the same keys whatever the order of the stored reports, each key once, and leaves the input untouched', () => {
    const ds = fresh();
    shift(ds, '532', 'QS', 'Q2', 'GN05', 3);
    reportOf(ds, '2021-Q2', '525', 'BDV').receivedDate = '2021-07-01';
    shift(ds, '530', 'BDV', 'Q2', 'TT03', 500);
    const before = structuredClone(ds);
    const a = run(ds, '2021-Q2').findings.map((f) => f.key);
    expect(ds).toEqual(before);
    const shuffled = { ...ds, reports: [...ds.reports].reverse(), history: [...ds.history].reverse() };
    const b = run(shuffled, '2021-Q2').findings.map((f) => f.key);
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(a.length).toBeGreaterThan(3);
  });
});
