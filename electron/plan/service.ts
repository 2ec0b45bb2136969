import type { Transaction } from 'kysely';
import { DocumentSettings } from '../../shared/domain/document-settings';
import { periodCode } from '../../shared/domain/periods';
import { unitsOf, type ContentArea, type District, type Indicator, type Period, type PlanBundle, type PlanInfo } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { writeAudit } from '../db/queries/audit';
import * as q from '../db/queries/plan';
import type { Database } from '../db/schema';
import { renameYearIn, type CopyPreview, type YearRename } from '../../shared/domain/year-rename';
import { checkDistrictKeys } from './district-rules';
import { periodsAfterEdit } from './period-rules';
import { insertPlanBundle } from './store';

export async function requirePlan(ctx: AppContext, year: number): Promise<PlanInfo> {
  const plan = await q.getPlan(ctx.db, year);
  if (!plan) throw new AppError('not_found', `Chưa có kế hoạch năm ${year}. Hãy sao chép kế hoạch năm trước sang năm ${year} ở trang Danh mục.`);
  return plan;
}

export async function getPlanBundle(ctx: AppContext, year: number): Promise<PlanBundle> {
  const plan = await requirePlan(ctx, year);
  const [areas, indicators, districts, periods] = await Promise.all([
    q.getAreas(ctx.db, year),
    q.getIndicators(ctx.db, year),
    q.getDistricts(ctx.db, year),
    q.getPeriods(ctx.db, year),
  ]);
  return { plan, areas, indicators, districts, units: unitsOf(districts), periods };
}

export async function getDocumentSettings(ctx: AppContext, year: number): Promise<DocumentSettings> {
  await requirePlan(ctx, year);
  const json = await q.getDocumentSettingsJson(ctx.db, year);
  if (!json) throw new AppError('not_found', `Kế hoạch năm ${year} chưa có thiết lập văn bản.`);
  return DocumentSettings.parse(JSON.parse(json));
}

/** Runs a change and its audit row in one transaction; skips both when nothing changed. */
async function audited<T>(
  ctx: AppContext,
  entity: string,
  key: string,
  before: T | null,
  after: T,
  write: (trx: Transaction<Database>) => Promise<void>,
): Promise<void> {
  if (before !== null && JSON.stringify(before) === JSON.stringify(after)) return;
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await write(trx);
    await writeAudit(trx, actor, { action: before === null ? 'create' : 'update', entity, entityKey: key, oldValue: before, newValue: after });
  });
}

export async function savePlanInfo(ctx: AppContext, info: PlanInfo): Promise<PlanInfo> {
  const before = await requirePlan(ctx, info.year);
  if (info.endDate < info.startDate) throw new AppError('invalid_input', 'Ngày kết thúc kế hoạch phải sau ngày bắt đầu.');
  await audited(ctx, 'plan', String(info.year), before, info, (trx) => q.updatePlan(trx, info));
  return info;
}

export async function saveArea(ctx: AppContext, year: number, area: ContentArea): Promise<ContentArea> {
  await requirePlan(ctx, year);
  const before = (await q.getAreas(ctx.db, year)).find((a) => a.no === area.no) ?? null;
  await audited(ctx, 'content_area', `${year}/${area.no}`, before, area, (trx) => q.upsertArea(trx, year, area));
  return area;
}

export async function saveIndicator(ctx: AppContext, year: number, indicator: Indicator): Promise<Indicator> {
  await requirePlan(ctx, year);
  const areas = await q.getAreas(ctx.db, year);
  if (!areas.some((a) => a.no === indicator.area)) {
    throw new AppError('invalid_input', `Nội dung ${indicator.area} chưa có trong kế hoạch năm ${year}.`);
  }
  if (indicator.rule) {
    const ref = indicator.rule.replace(/^[<>=]+\s*/, '');
    if (ref === indicator.code) throw new AppError('invalid_input', 'Quy tắc không thể so chỉ tiêu với chính nó.');
    if (!(await q.getIndicator(ctx.db, year, ref))) throw new AppError('invalid_input', `Quy tắc nhắc đến chỉ tiêu ${ref}, nhưng chỉ tiêu này không có.`);
  }
  const before = await q.getIndicator(ctx.db, year, indicator.code);
  await audited(ctx, 'indicator', `${year}/${indicator.code}`, before, indicator, (trx) => q.upsertIndicator(trx, year, indicator));
  return indicator;
}

export async function saveDistrict(ctx: AppContext, year: number, district: District): Promise<District> {
  await requirePlan(ctx, year);
  const before = await q.getDistrict(ctx.db, year, district.code);
  if (!before) throw new AppError('not_found', `Không có đơn vị mã ${district.code} trong kế hoạch năm ${year}.`);
  checkDistrictKeys(district, await q.getDistricts(ctx.db, year));
  await audited(ctx, 'district', `${year}/${district.code}`, before, district, (trx) => q.upsertDistrict(trx, year, district));
  return district;
}

export async function savePeriod(ctx: AppContext, period: Period): Promise<Period> {
  const before = await q.getPeriod(ctx.db, period.code);
  if (!before) throw new AppError('not_found', `Không có kỳ báo cáo ${period.code}.`);
  if (before.kind !== period.kind) throw new AppError('invalid_input', 'Không đổi được loại kỳ báo cáo.');
  const { year } = before;
  const current = await q.getPeriods(ctx.db, year);
  const changed = periodsAfterEdit(year, period, current).filter((p) => JSON.stringify(p) !== JSON.stringify(current.find((c) => c.code === p.code)));
  if (changed.length === 0) return period;
  const actor = await ctx.actor();
  // The six months and the year follow their quarters: their moved windows are stored, and audited, with the quarter's edit.
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of changed) {
      const old = current.find((c) => c.code === p.code) ?? null;
      await q.upsertPeriod(trx, year, p);
      await writeAudit(trx, actor, { action: 'update', entity: 'period', entityKey: p.code, oldValue: old, newValue: p });
    }
  });
  return period;
}

export async function saveDocumentSettings(ctx: AppContext, year: number, settings: DocumentSettings): Promise<DocumentSettings> {
  const before = await getDocumentSettings(ctx, year);
  await audited(ctx, 'document_settings', String(year), before, settings, (trx) => q.setDocumentSettingsJson(trx, year, JSON.stringify(settings)));
  return settings;
}

const shiftYear = (iso: string | null, by: number): string | null => {
  if (!iso) return null;
  const y = Number(iso.slice(0, 4)) + by;
  const md = iso.slice(5);
  // 29/2 does not exist in most years: fall back to 28/2.
  return md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-02-28` : `${y}${iso.slice(4)}`;
};

/** What copying would rename: the plan title always, areas and indicators naming the year if asked. */
export async function previewCopy(ctx: AppContext, fromYear: number, toYear: number): Promise<CopyPreview> {
  const from = await getPlanBundle(ctx, fromYear);
  if (await q.getPlan(ctx.db, toYear)) throw new AppError('conflict', `Đã có kế hoạch năm ${toYear}.`);
  return copyPreviewOf(from, toYear);
}

function copyPreviewOf(from: PlanBundle, toYear: number): CopyPreview {
  const fromYear = from.plan.year;
  const rename = (what: YearRename['what'], key: string, before: string): YearRename[] => {
    const after = renameYearIn(before, fromYear, toYear);
    return after === before ? [] : [{ what, key, before, after }];
  };
  return {
    fromYear,
    toYear,
    planTitle: { before: from.plan.title, after: renameYearIn(from.plan.title, fromYear, toYear) },
    renames: [...from.areas.flatMap((a) => rename('area', String(a.no), a.title)), ...from.indicators.flatMap((i) => rename('indicator', i.code, i.label))],
  };
}

/**
 * A new plan year starts as a copy of an earlier one: same catalogue, districts and settings, dates
 * moved; with `renameYear`, area titles and indicator labels naming the old year name the new one.
 */
export async function copyPlan(ctx: AppContext, fromYear: number, toYear: number, options: { renameYear?: boolean } = {}): Promise<PlanBundle> {
  const from = await getPlanBundle(ctx, fromYear);
  if (await q.getPlan(ctx.db, toYear)) throw new AppError('conflict', `Đã có kế hoạch năm ${toYear}.`);
  const by = toYear - fromYear;
  const settings = await getDocumentSettings(ctx, fromYear);
  const preview = copyPreviewOf(from, toYear);
  const plan: PlanInfo = {
    ...from.plan,
    year: toYear,
    number: '',
    issuedDate: null,
    title: preview.planTitle.after,
    startDate: shiftYear(from.plan.startDate, by)!,
    endDate: shiftYear(from.plan.endDate, by)!,
  };
  const renamed = new Map(options.renameYear ? preview.renames.map((r) => [`${r.what}/${r.key}`, r.after]) : []);
  const areas = from.areas.map((a) => ({ ...a, title: renamed.get(`area/${a.no}`) ?? a.title }));
  const indicators = from.indicators.map((i) => ({ ...i, label: renamed.get(`indicator/${i.code}`) ?? i.label }));
  const periods = from.periods.map((p) => ({
    ...p,
    code: periodCode(toYear, p.kind),
    windowStart: shiftYear(p.windowStart, by)!,
    windowEnd: shiftYear(p.windowEnd, by)!,
    dueDate: shiftYear(p.dueDate, by)!,
  }));
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await insertPlanBundle(trx, { plan, areas, indicators, districts: from.districts, periods, documentSettings: settings });
    await writeAudit(trx, actor, {
      action: 'copy',
      entity: 'plan',
      entityKey: String(toYear),
      oldValue: { fromYear },
      newValue: { ...plan, renamedYear: [...renamed.keys()] },
    });
  });
  return getPlanBundle(ctx, toYear);
}
