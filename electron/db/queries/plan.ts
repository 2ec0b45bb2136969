import type { Kysely, Selectable, Transaction } from 'kysely';
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

const toDistrict = (r: Selectable<DistrictsTable>): District => ({
  code: r.code,
  name: r.name,
  type: r.type,
  partyCommittee: r.party_committee,
  boardUnit: r.board_unit,
  militaryUnit: r.military_unit,
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

export async function getIndicators(db: Db, year: number): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('plan_year', '=', year).orderBy('sort_order').orderBy('code').execute();
  return rows.map(toIndicator);
}

export async function getIndicator(db: Db, year: number, code: string): Promise<Indicator | null> {
  const r = await db.selectFrom('indicators').selectAll().where('plan_year', '=', year).where('code', '=', code).executeTakeFirst();
  return r ? toIndicator(r) : null;
}

export async function getDistricts(db: Db, year: number): Promise<District[]> {
  const rows = await db.selectFrom('districts').selectAll().where('plan_year', '=', year).orderBy('sort_order').orderBy('code').execute();
  return rows.map(toDistrict);
}

export async function getDistrict(db: Db, year: number, code: string): Promise<District | null> {
  const r = await db.selectFrom('districts').selectAll().where('plan_year', '=', year).where('code', '=', code).executeTakeFirst();
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

export async function insertPlan(db: Db, plan: PlanInfo): Promise<void> {
  await db
    .insertInto('plans')
    .values({
      year: plan.year,
      number: plan.number,
      title: plan.title,
      issued_date: plan.issuedDate,
      start_date: plan.startDate,
      end_date: plan.endDate,
      body_bdv: plan.bodyBdv,
      body_qs: plan.bodyQs,
      form_version: plan.formVersion,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function updatePlan(db: Db, plan: PlanInfo): Promise<void> {
  await db
    .updateTable('plans')
    .set({
      number: plan.number,
      title: plan.title,
      issued_date: plan.issuedDate,
      start_date: plan.startDate,
      end_date: plan.endDate,
      body_bdv: plan.bodyBdv,
      body_qs: plan.bodyQs,
      form_version: plan.formVersion,
    })
    .where('year', '=', plan.year)
    .execute();
}

export async function upsertArea(db: Db, year: number, area: ContentArea): Promise<void> {
  await db
    .insertInto('content_areas')
    .values({ plan_year: year, no: area.no, title: area.title })
    .onConflict((oc) => oc.columns(['plan_year', 'no']).doUpdateSet({ title: area.title }))
    .execute();
}

export async function upsertIndicator(db: Db, year: number, i: Indicator): Promise<void> {
  const values = {
    area_no: i.area,
    label: i.label,
    unit: i.unit,
    reported_by: i.reportedBy,
    kind: i.kind,
    cross_check: i.crossCheck ? 1 : 0,
    rule: i.rule,
    sort_order: i.sortOrder,
  };
  await db
    .insertInto('indicators')
    .values({ plan_year: year, code: i.code, ...values })
    .onConflict((oc) => oc.columns(['plan_year', 'code']).doUpdateSet(values))
    .execute();
}

export async function deleteIndicator(db: Db, year: number, code: string): Promise<void> {
  await db.deleteFrom('indicators').where('plan_year', '=', year).where('code', '=', code).execute();
}

export async function upsertDistrict(db: Db, year: number, d: District): Promise<void> {
  const values = {
    name: d.name,
    type: d.type,
    party_committee: d.partyCommittee,
    board_unit: d.boardUnit,
    military_unit: d.militaryUnit,
    aliases: JSON.stringify(d.aliases),
    sort_order: d.sortOrder,
  };
  await db
    .insertInto('districts')
    .values({ plan_year: year, code: d.code, ...values })
    .onConflict((oc) => oc.columns(['plan_year', 'code']).doUpdateSet(values))
    .execute();
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
