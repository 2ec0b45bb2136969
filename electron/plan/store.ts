import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { insertPlan, setDocumentSettingsJson, upsertArea, upsertDistrict, upsertIndicator, upsertPeriod } from '../db/queries/plan';
import type { PlanSeed } from './seed';

/** Writes a whole plan year (used by the first-run seed and by copying a plan to a new year). */
export async function insertPlanBundle(trx: Transaction<Database>, seed: PlanSeed): Promise<void> {
  const year = seed.plan.year;
  await insertPlan(trx, seed.plan);
  for (const a of seed.areas) await upsertArea(trx, year, a);
  for (const i of seed.indicators) await upsertIndicator(trx, year, i);
  for (const d of seed.districts) await upsertDistrict(trx, year, d);
  for (const p of seed.periods) await upsertPeriod(trx, year, p);
  await setDocumentSettingsJson(trx, year, JSON.stringify(seed.documentSettings));
}
