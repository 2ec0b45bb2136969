import { cleanDataSet, reportOf, type DataSet } from '../helpers/reconcile-data';

/** Q4: the two units of each given district disagree on LV05 (R6 on the period figure and on lũy kế). */
export function plantedR6(districts: string[]): DataSet {
  const ds = cleanDataSet({ historyYears: 0 });
  for (const d of districts) {
    const qs = reportOf(ds, '2021-Q4', d, 'QS');
    qs.values.LV05 = { period: qs.values.LV05!.period! + 2, ytd: qs.values.LV05!.ytd! + 2 };
  }
  return ds;
}
