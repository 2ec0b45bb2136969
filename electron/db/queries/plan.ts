import type { Insertable, Kysely, Selectable, Transaction, UpdateObject } from 'kysely';
import type { ContentArea, District, Indicator, Period, PlanInfo, PlanSummary } from '../../../shared/domain/plan';
import type { Database, DistrictsTable, IndicatorsTable, PeriodsTable, PlansTable } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

const toPlan = (r: Selectable<PlansTable>): PlanInfo => ({
  year: r.year,
  number: r.number,
  title: r.title,
  issuedDate: r.issued_date,
  startDate: r.start_date,
  endDate: r.end_date,
  bodyBdv: r.body_bdv,
  bodyQs: r.body_qs,
  formVersion: r.form_version,
});

const toIndicator = (r: Selectable<IndicatorsTable>): Indicator => ({
  code: r.code,
  area: r.area_no,
  label: r.label,
  unit: r.unit,
  reportedBy: r.reported_by,
  kind: r.kind,
  crossCheck: r.cross_check === 1,
  rule: r.rule,
  sortOrder: r.sort_order,
});

type DistrictNameColumn = 'code' | 'name' | 'type' | 'party_committee' | 'board_unit' | 'military_unit';

/** A district's names from its columns: the table and the seed's districts.csv use the same column names. */
export const districtNames = <V>(r: Record<DistrictNameColumn, V>) => ({
  code: r.code,
  name: r.name,
  type: r.type,
  partyCommittee: r.party_committee,
  boardUnit: r.board_unit,
  militaryUnit: r.military_unit,
});

const toDistrict = (r: Selectable<DistrictsTable>): District => ({
  ...districtNames(r),
  aliases: JSON.parse(r.aliases) as string[],
  sortOrder: r.sort_order,
});

const toPeriod = (r: Selectable<PeriodsTable>): Period => ({
  code: r.code,
  kind: r.kind,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  dueDate: r.due_date,
});

export async function listPlans(db: Db): Promise<PlanSummary[]> {
  return db.selectFrom('plans').select(['year', 'title', 'number']).orderBy('year', 'desc').execute();
}

export async function getPlan(db: Db, year: number): Promise<PlanInfo | null> {
  const r = await db.selectFrom('plans').selectAll().where('year', '=', year).executeTakeFirst();
  return r ? toPlan(r) : null;
}

export async function getAreas(db: Db, year: number): Promise<ContentArea[]> {
  return db.selectFrom('content_areas').select(['no', 'title']).where('plan_year', '=', year).orderBy('no').execute();
}

/**
 * Indicators and districts are keyed alike (plan year, code) and listed in the plan's order, then
 * by code: one query for both, for the whole year or one code.
 */
function planRows<T extends 'indicators' | 'districts'>(db: Db, table: T, year: number, code?: string) {
  let q = db.selectFrom(table as 'indicators' | 'districts').selectAll().where('plan_year', '=', year);
  if (code !== undefined) q = q.where('code', '=', code);
  return q.orderBy('sort_order').orderBy('code').execute() as Promise<Selectable<Database[T]>[]>;
}

export async function getIndicators(db: Db, year: number): Promise<Indicator[]> {
  return (await planRows(db, 'indicators', year)).map(toIndicator);
}

export async function getIndicator(db: Db, year: number, code: string): Promise<Indicator | null> {
  const [r] = await planRows(db, 'indicators', year, code);
  return r ? toIndicator(r) : null;
}

export async function getDistricts(db: Db, year: number): Promise<District[]> {
  return (await planRows(db, 'districts', year)).map(toDistrict);
}

export async function getDistrict(db: Db, year: number, code: string): Promise<District | null> {
  const [r] = await planRows(db, 'districts', year, code);
  return r ? toDistrict(r) : null;
}

export async function getPeriods(db: Db, year: number): Promise<Period[]> {
  const rows = await db.selectFrom('periods').selectAll().where('plan_year', '=', year).execute();
  const order = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'];
  return rows.map(toPeriod).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

export async function getPeriod(db: Db, code: string): Promise<(Period & { year: number }) | null> {
  const r = await db.selectFrom('periods').selectAll().where('code', '=', code).executeTakeFirst();
  return r ? { ...toPeriod(r), year: r.plan_year } : null;
}

/** Every period of every plan year, with its year: a handful of rows per year. */
export async function listAllPeriods(db: Db): Promise<(Period & { year: number })[]> {
  const rows = await db.selectFrom('periods').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ ...toPeriod(r), year: r.plan_year }));
}

/** What the clerk may edit of a plan: all its columns but the year (its key) and when it was created. */
const planColumns = (plan: PlanInfo) => ({
  number: plan.number,
  title: plan.title,
  issued_date: plan.issuedDate,
  start_date: plan.startDate,
  end_date: plan.endDate,
  body_bdv: plan.bodyBdv,
  body_qs: plan.bodyQs,
  form_version: plan.formVersion,
});

export async function insertPlan(db: Db, plan: PlanInfo): Promise<void> {
  await db
    .insertInto('plans')
    .values({ year: plan.year, ...planColumns(plan), created_at: new Date().toISOString() })
    .execute();
}

export async function updatePlan(db: Db, plan: PlanInfo): Promise<void> {
  await db.updateTable('plans').set(planColumns(plan)).where('year', '=', plan.year).execute();
}

export async function upsertArea(db: Db, year: number, area: ContentArea): Promise<void> {
  await db
    .insertInto('content_areas')
    .values({ plan_year: year, no: area.no, title: area.title })
    .onConflict((oc) => oc.columns(['plan_year', 'no']).doUpdateSet({ title: area.title }))
    .execute();
}

/** Writes an indicator or a district of a plan year: the stored one of that code is replaced. */
async function upsertPlanRow<T extends 'indicators' | 'districts'>(
  db: Db,
  table: T,
  key: { plan_year: number; code: string },
  values: Omit<Insertable<Database[T]>, 'plan_year' | 'code'>,
): Promise<void> {
  await db
    .insertInto(table as 'indicators' | 'districts')
    .values({ ...key, ...values } as Insertable<Database['indicators' | 'districts']>)
    .onConflict((oc) => oc.columns(['plan_year', 'code']).doUpdateSet(values as UpdateObject<Database, 'indicators' | 'districts'>))
    .execute();
}

export async function upsertIndicator(db: Db, year: number, i: Indicator): Promise<void> {
  await upsertPlanRow(db, 'indicators', { plan_year: year, code: i.code }, {
    area_no: i.area,
    label: i.label,
    unit: i.unit,
    reported_by: i.reportedBy,
    kind: i.kind,
    cross_check: i.crossCheck ? 1 : 0,
    rule: i.rule,
    sort_order: i.sortOrder,
  });
}

export async function deleteIndicator(db: Db, year: number, code: string): Promise<void> {
  await db.deleteFrom('indicators').where('plan_year', '=', year).where('code', '=', code).execute();
}

export async function upsertDistrict(db: Db, year: number, d: District): Promise<void> {
  await upsertPlanRow(db, 'districts', { plan_year: year, code: d.code }, {
    name: d.name,
    type: d.type,
    party_committee: d.partyCommittee,
    board_unit: d.boardUnit,
    military_unit: d.militaryUnit,
    aliases: JSON.stringify(d.aliases),
    sort_order: d.sortOrder,
  });
}

export async function upsertPeriod(db: Db, year: number, p: Period): Promise<void> {
  const values = { kind: p.kind, window_start: p.windowStart, window_end: p.windowEnd, due_date: p.dueDate };
  await db
    .insertInto('periods')
    .values({ code: p.code, plan_year: year, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
}

export async function getDocumentSettingsJson(db: Db, year: number): Promise<string | null> {
  const r = await db.selectFrom('document_settings').select('json').where('plan_year', '=', year).executeTakeFirst();
  return r?.json ?? null;
}

export async function setDocumentSettingsJson(db: Db, year: number, json: string): Promise<void> {
  await db
    .insertInto('document_settings')
    .values({ plan_year: year, json })
    .onConflict((oc) => oc.column('plan_year').doUpdateSet({ json }))
    .execute();
}
