import type { StoredReport } from '../../../electron/reconcile/input';
import { cleanDataSet, type DataSet } from '../../helpers/reconcile-data';

/**
 * The first half of 2021 with two things left open, the way a real quarter often ends: Ba Tơ's Ban
 * Dân vận never sent Quý II (R1) and Bình Sơn's Ban CHQS sent Quý I late (R2). Nothing is locked.
 */
export const MISSING = { period: '2021-Q2', districtCode: '535', unitType: 'BDV' } as const;
export const LATE = { period: '2021-Q1', districtCode: '524', unitType: 'QS', receivedDate: '2021-03-29' } as const;

const is = (r: StoredReport, u: { period: string; districtCode: string; unitType: string }) => r.period === u.period && r.districtCode === u.districtCode && r.unitType === u.unitType;

export function unsettledHalfYear(): DataSet {
  const ds = cleanDataSet({ historyYears: 0 });
  ds.reports = ds.reports.filter((r) => !is(r, MISSING)).map((r) => (is(r, LATE) ? { ...r, receivedDate: LATE.receivedDate } : r));
  return ds;
}

/** Every report of a unit and period, to move or replace in a data set. */
export const reportOf = (ds: DataSet, u: { period: string; districtCode: string; unitType: string }): StoredReport => {
  const r = ds.reports.find((x) => is(x, u));
  if (!r) throw new Error(`no report ${u.period} ${u.districtCode}-${u.unitType}`);
  return r;
};
