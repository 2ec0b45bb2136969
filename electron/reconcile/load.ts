import { DEFAULT_RECONCILE_SETTINGS, type ReconcileSettings } from '../../shared/domain/reconcile';
import { ReconcileSettingsSchema } from '../../shared/domain/reconcile-settings';
import { localIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { getAppSetting } from '../db/queries/app-settings';
import { getDistricts, getIndicators, getPeriod, getPeriods, listPlans } from '../db/queries/plan';
import { duplicateArrivalRows, reportRows, settledValues, type ReportRow } from '../db/queries/reconcile';
import type { ReconcileInput, StoredReport } from './input';

export const settingsKey = (year: number) => `reconcile_settings:${year}`;

export async function loadReconcileSettings(ctx: AppContext, year: number): Promise<ReconcileSettings> {
  const json = await getAppSetting(ctx.db, settingsKey(year));
  if (!json) return DEFAULT_RECONCILE_SETTINGS;
  const parsed = ReconcileSettingsSchema.safeParse({ ...DEFAULT_RECONCILE_SETTINGS, ...(JSON.parse(json) as object) });
  return parsed.success ? parsed.data : DEFAULT_RECONCILE_SETTINGS;
}

async function withValues(ctx: AppContext, rows: ReportRow[]): Promise<StoredReport[]> {
  const values = await settledValues(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    districtCode: r.districtCode,
    unitType: r.unitType,
    version: r.version,
    isCurrent: r.isCurrent,
    receivedDate: r.receivedDate,
    sha256: r.sha256,
    fileName: r.fileName,
    reportDate: r.reportDate,
    identityOverrides: r.identityOverrides,
    values: values.get(r.id) ?? {},
  }));
}

/** Everything the pure rules need for one period, figures settled (current corrections applied). */
export async function loadReconcileInput(ctx: AppContext, periodCode: string, today: string = localIsoDate()): Promise<ReconcileInput> {
  const found = await getPeriod(ctx.db, periodCode);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${periodCode}.`);
  const { year, ...period } = found;
  const earlierYears = (await listPlans(ctx.db)).map((p) => p.year).filter((y) => y < year);
  const [periods, indicators, districts, rows, historyRows, settings, duplicates] = await Promise.all([
    getPeriods(ctx.db, year),
    getIndicators(ctx.db, year),
    getDistricts(ctx.db, year),
    reportRows(ctx.db, { years: [year], currentOnly: false }),
    reportRows(ctx.db, { years: earlierYears, currentOnly: true }),
    loadReconcileSettings(ctx, year),
    duplicateArrivalRows(ctx.db, year),
  ]);
  return {
    planYear: year,
    period,
    periods,
    indicators,
    districts,
    reports: await withValues(ctx, rows),
    history: await withValues(ctx, historyRows),
    settings,
    today,
    duplicates,
  };
}
