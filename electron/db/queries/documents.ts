import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function getDraft(db: Db, kind: string, period: string) {
  return db.selectFrom('document_drafts').selectAll().where('kind', '=', kind).where('period_code', '=', period).executeTakeFirst();
}

export async function saveDraft(db: Db, d: { kind: string; period: string; proseJson: string; by: string }): Promise<void> {
  const values = { prose_json: d.proseJson, updated_by: d.by, updated_at: new Date().toISOString() };
  await db
    .insertInto('document_drafts')
    .values({ kind: d.kind, period_code: d.period, ...values })
    .onConflict((oc) => oc.columns(['kind', 'period_code']).doUpdateSet(values))
    .execute();
}

/** The narrative blocks of the current reports of the given periods, with their unit and the report's import findings. */
export async function currentNarratives(db: Db, periods: string[]) {
  if (!periods.length) return [];
  return db
    .selectFrom('report_narratives')
    .innerJoin('reports', 'reports.id', 'report_narratives.report_id')
    .select(['reports.district_code', 'reports.unit_type', 'reports.period_code', 'report_narratives.key', 'report_narratives.text', 'reports.findings_json'])
    .where('reports.period_code', 'in', periods)
    .where('reports.is_current', '=', 1)
    .orderBy('reports.period_code')
    .orderBy('reports.district_code')
    .orderBy('reports.unit_type')
    .execute();
}
