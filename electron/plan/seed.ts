import fs from 'node:fs';
import path from 'node:path';
import { z } from '../../shared/zod';
import { DocumentSettings } from '../../shared/domain/document-settings';
import { defaultPeriods } from '../../shared/domain/periods';
import { ContentArea, District, Indicator, PlanInfo, type Period } from '../../shared/domain/plan';
import { parseCsvRecords } from '../../shared/text/csv';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { districtNames } from '../db/queries/plan';
import { insertPlanBundle } from './store';

export interface PlanSeed {
  plan: PlanInfo;
  areas: ContentArea[];
  indicators: Indicator[];
  districts: District[];
  periods: Period[];
  documentSettings: DocumentSettings;
}

const SeedMeta = z.object({ plan: PlanInfo, areas: z.array(ContentArea), documentSettings: DocumentSettings });

/** Reads the seed folder: plan.json (plan, areas, document settings), indicators.csv, districts.csv. */
export function readSeed(dir: string): PlanSeed {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8').normalize('NFC');
  const meta = SeedMeta.parse(JSON.parse(read('plan.json')));
  const indicators = parseCsvRecords(read('indicators.csv')).map((r, i) =>
    Indicator.parse({
      code: r.code,
      area: Number(r.area),
      label: r.label,
      unit: r.unit,
      reportedBy: r.reported_by,
      kind: r.kind,
      crossCheck: r.cross_check === 'yes',
      rule: r.rule ? r.rule : null,
      sortOrder: (i + 1) * 10,
    }),
  );
  const districts = parseCsvRecords(read('districts.csv')).map((r, i) =>
    District.parse({
      ...districtNames(r),
      aliases: (r.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
      sortOrder: (i + 1) * 10,
    }),
  );
  return { ...meta, indicators, districts, periods: defaultPeriods(meta.plan.year) };
}

/** First run: an empty database gets the plan the product was made from. */
export async function seedIfEmpty(ctx: AppContext, seedDir: string): Promise<boolean> {
  const any = await ctx.db.selectFrom('plans').select('year').limit(1).executeTakeFirst();
  if (any) return false;
  let seed: PlanSeed;
  try {
    seed = readSeed(seedDir);
  } catch (e) {
    throw new AppError('internal', `Không đọc được dữ liệu khởi tạo của kế hoạch (${seedDir}): ${(e as Error).message}`);
  }
  await ctx.db.transaction().execute((trx) => insertPlanBundle(trx, seed));
  return true;
}
