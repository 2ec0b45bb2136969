import { readSeed } from '../../electron/plan/seed';
import { SEED_DIR } from '../../electron/node-paths';
import type { ParseCatalogue } from '../../electron/import/parse/catalogue';

let cached: ParseCatalogue | null = null;

/** The 2021 plan's catalogue, as the import parser sees it, read from the seed like a fresh install. */
export function seedCatalogue(): ParseCatalogue {
  if (!cached) {
    const seed = readSeed(SEED_DIR);
    cached = { planYear: seed.plan.year, indicators: seed.indicators, districts: seed.districts, periods: seed.periods };
  }
  return cached;
}
