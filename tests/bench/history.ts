import type { AppContext } from '../../electron/context';
import { upsertDistrict } from '../../electron/db/queries/plan';
import { copyPlan } from '../../electron/plan/service';
import { cleanDataSet, syntheticDistricts } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';

/**
 * Ten years before the seeded 2021 plan at commune scale (170 units × 2 bodies × 4 quarters ×
 * 10 years ≈ 13,600 reports), written through the query modules as imports would leave them.
 */
export async function fillTenYears(ctx: AppContext): Promise<number> {
  const districts = syntheticDistricts(170);
  for (let year = 2011; year <= 2020; year++) {
    await copyPlan(ctx, 2021, year);
    for (const d of districts) await upsertDistrict(ctx.db, year, d);
  }
  const ds = cleanDataSet({ planYear: 2020, historyYears: 9, districts });
  const all = [...ds.history, ...ds.reports];
  await storeDataSet(ctx, { ...ds, reports: all });
  return all.length;
}
