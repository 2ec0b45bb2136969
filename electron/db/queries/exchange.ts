import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ExchangeConflict } from '../../../shared/domain/exchange';
import { SECTION_LABELS } from '../../../shared/domain/exchange';
import type { Database, ExchangeConflictsTable } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Every stored version of the reports of some periods, with the columns a package carries. */
export async function reportsForPackage(db: Db, periods: string[]) {
  if (!periods.length) return [];
  return db.selectFrom('reports').selectAll().where('period_code', 'in', periods).orderBy('id').execute();
}

export async function valuesOf(db: Db, reportIds: number[]) {
  const out: { report_id: number; indicator_code: string; period_value: number | null; ytd_value: number | null; trace_json: string | null }[] = [];
  for (let i = 0; i < reportIds.length; i += 500) out.push(...(await db.selectFrom('report_values').selectAll().where('report_id', 'in', reportIds.slice(i, i + 500)).execute()));
  return out;
}

export async function narrativesOf(db: Db, reportIds: number[]) {
  const out: { report_id: number; key: string; text: string }[] = [];
  for (let i = 0; i < reportIds.length; i += 500) out.push(...(await db.selectFrom('report_narratives').selectAll().where('report_id', 'in', reportIds.slice(i, i + 500)).execute()));
  return out;
}

export async function duplicatesOf(db: Db, reportIds: number[]) {
  const out: Selectable<Database['duplicate_arrivals']>[] = [];
  for (let i = 0; i < reportIds.length; i += 500) out.push(...(await db.selectFrom('duplicate_arrivals').selectAll().where('report_id', 'in', reportIds.slice(i, i + 500)).orderBy('id').execute()));
  return out;
}

/** The current corrections made while settling findings of some periods, their report named by its sha256. */
export async function settlementCorrections(db: Db, periods: string[]) {
  if (!periods.length) return [];
  return db
    .selectFrom('corrections as c')
    .innerJoin('reports as r', 'r.id', 'c.report_id')
    .select(['c.finding_key', 'c.indicator_code', 'c.field', 'c.new_value', 'r.content_hash', 'c.id'])
    .where('r.period_code', 'in', periods)
    .where('c.is_current', '=', 1)
    .where('c.finding_key', 'is not', null)
    .orderBy('c.id')
    .execute();
}

export async function draftsOf(db: Db, periods: string[]) {
  if (!periods.length) return [];
  return db.selectFrom('document_drafts').selectAll().where('period_code', 'in', periods).orderBy('period_code').orderBy('kind').execute();
}

export async function locksOf(db: Db, periods: string[]) {
  if (!periods.length) return [];
  return db.selectFrom('period_locks').selectAll().where('period_code', 'in', periods).orderBy('period_code').execute();
}

export type NewConflict = Omit<ExchangeConflict, 'id' | 'label' | 'resolvedAt' | 'resolvedBy' | 'choice'>;

export const conflictView = (r: Selectable<ExchangeConflictsTable>): ExchangeConflict => ({
  id: r.id,
  kind: r.kind,
  planYear: r.plan_year,
  period: r.period_code,
  key: r.finding_key,
  ours: JSON.parse(r.ours_json) as unknown,
  theirs: JSON.parse(r.theirs_json) as unknown,
  packageId: r.package_id,
  packageFile: r.package_file,
  section: r.section,
  label: `Khác với bên ${SECTION_LABELS[r.section]}`,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
  choice: r.choice,
});

/** A conflict already kept with the same version of theirs (resolved or not): the same package again keeps nothing new. */
export async function sameConflictKept(db: Db, kind: NewConflict['kind'], key: string, theirsJson: string): Promise<boolean> {
  const r = await db.selectFrom('exchange_conflicts').select('id').where('kind', '=', kind).where('finding_key', '=', key).where('theirs_json', '=', theirsJson).executeTakeFirst();
  return r !== undefined;
}

export async function insertConflict(trx: Transaction<Database>, c: NewConflict & { oursJson: string; theirsJson: string }): Promise<number> {
  const { id } = await trx
    .insertInto('exchange_conflicts')
    .values({
      kind: c.kind,
      plan_year: c.planYear,
      period_code: c.period,
      finding_key: c.key,
      ours_json: c.oursJson,
      theirs_json: c.theirsJson,
      package_id: c.packageId,
      package_file: c.packageFile,
      section: c.section,
      created_at: c.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listConflicts(db: Db, filter: { year?: number; period?: string; openOnly?: boolean }): Promise<ExchangeConflict[]> {
  let q = db.selectFrom('exchange_conflicts').selectAll().orderBy('id');
  if (filter.year !== undefined) q = q.where('plan_year', '=', filter.year);
  if (filter.period !== undefined) q = q.where('period_code', '=', filter.period);
  if (filter.openOnly) q = q.where('resolved_at', 'is', null);
  return (await q.execute()).map(conflictView);
}

export async function getConflict(db: Db, id: number): Promise<ExchangeConflict | null> {
  const r = await db.selectFrom('exchange_conflicts').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? conflictView(r) : null;
}

export async function markResolved(trx: Transaction<Database>, id: number, by: string, choice: 'ours' | 'theirs'): Promise<void> {
  await trx.updateTable('exchange_conflicts').set({ resolved_at: new Date().toISOString(), resolved_by: by, choice }).where('id', '=', id).execute();
}
