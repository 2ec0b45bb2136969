import type { Kysely, Transaction } from 'kysely';
import type { StoredReport } from '../../reconcile/input';
import type { Database } from '../schema';
import { duplicateArrivals } from './reports';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored report version as the reconciliation reads it, before its figures are joined in. */
export type ReportRow = Omit<StoredReport, 'values' | 'identityOverrides'> & { planYear: number; identityOverrides: string[] };

const overridesOf = (json: string): string[] => {
  // Every report of the year passes here at each reconciliation; almost none carries an override.
  if (!json.includes('identity_overridden')) return [];
  const list = JSON.parse(json) as { code?: unknown; message?: unknown }[];
  return Array.isArray(list) ? list.filter((f) => f.code === 'identity_overridden' && typeof f.message === 'string').map((f) => f.message as string) : [];
};

/** Report versions of the given plan years (all versions), or only the current ones. */
export async function reportRows(db: Db, filter: { years: number[]; currentOnly: boolean }): Promise<ReportRow[]> {
  if (!filter.years.length) return [];
  let q = db
    .selectFrom('reports')
    .select(['id', 'period_code', 'plan_year', 'district_code', 'unit_type', 'version', 'is_current', 'received_date', 'content_hash', 'file_name', 'report_date', 'findings_json'])
    .where('plan_year', 'in', filter.years);
  if (filter.currentOnly) q = q.where('is_current', '=', 1);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    period: r.period_code,
    planYear: r.plan_year,
    districtCode: r.district_code,
    unitType: r.unit_type,
    version: r.version,
    isCurrent: r.is_current === 1,
    receivedDate: r.received_date,
    sha256: r.content_hash,
    fileName: r.file_name,
    reportDate: r.report_date,
    identityOverrides: overridesOf(r.findings_json),
  }));
}

/** Figures of the given reports with the current correction (if any) applied. */
export async function settledValues(db: Db, reportIds: number[]): Promise<Map<number, Record<string, { period: number | null; ytd: number | null }>>> {
  const out = new Map<number, Record<string, { period: number | null; ytd: number | null }>>();
  if (!reportIds.length) return out;
  // Chunked: SQLite limits the number of bound parameters.
  for (let i = 0; i < reportIds.length; i += 500) {
    const ids = reportIds.slice(i, i + 500);
    const values = await db.selectFrom('report_values').select(['report_id', 'indicator_code', 'period_value', 'ytd_value']).where('report_id', 'in', ids).execute();
    for (const v of values) {
      const rec = out.get(v.report_id) ?? {};
      rec[v.indicator_code] = { period: v.period_value, ytd: v.ytd_value };
      out.set(v.report_id, rec);
    }
    const corrections = await db
      .selectFrom('corrections')
      .select(['report_id', 'indicator_code', 'field', 'new_value'])
      .where('report_id', 'in', ids)
      .where('is_current', '=', 1)
      .execute();
    for (const c of corrections) {
      const rec = out.get(c.report_id) ?? {};
      const cell = rec[c.indicator_code] ?? { period: null, ytd: null };
      rec[c.indicator_code] = { ...cell, [c.field]: c.new_value };
      out.set(c.report_id, rec);
    }
  }
  return out;
}

export interface ResolutionRow {
  key: string;
  rule: string;
  status: 'accepted' | 'corrected' | 'explained';
  chosenValue: number | null;
  note: string | null;
  settledBy: string;
  settledAt: string;
  period: string;
}

export async function resolutions(db: Db, periods: string[]): Promise<ResolutionRow[]> {
  if (!periods.length) return [];
  const rows = await db.selectFrom('finding_resolutions').selectAll().where('period_code', 'in', periods).execute();
  return rows.map((r) => ({
    key: r.finding_key,
    rule: r.rule,
    status: r.status,
    chosenValue: r.chosen_value,
    note: r.note,
    settledBy: r.settled_by,
    settledAt: r.settled_at,
    period: r.period_code,
  }));
}

export async function upsertResolution(db: Db, r: ResolutionRow): Promise<void> {
  const values = { period_code: r.period, rule: r.rule, status: r.status, chosen_value: r.chosenValue, note: r.note, settled_by: r.settledBy, settled_at: r.settledAt };
  await db
    .insertInto('finding_resolutions')
    .values({ finding_key: r.key, ...values })
    .onConflict((oc) => oc.column('finding_key').doUpdateSet(values))
    .execute();
}

export async function deleteResolution(db: Db, key: string): Promise<void> {
  await db.deleteFrom('finding_resolutions').where('finding_key', '=', key).execute();
}

export interface CorrectionInput {
  reportId: number;
  indicator: string;
  field: 'period' | 'ytd';
  oldValue: number | null;
  newValue: number | null;
  reason: string;
  findingKey: string | null;
  by: string;
}

/** A correction on top of the report's figure; the previous correction of the cell stays, retired. */
export async function insertCorrection(db: Db, c: CorrectionInput): Promise<void> {
  await db
    .updateTable('corrections')
    .set({ is_current: 0 })
    .where('report_id', '=', c.reportId)
    .where('indicator_code', '=', c.indicator)
    .where('field', '=', c.field)
    .where('is_current', '=', 1)
    .execute();
  await db
    .insertInto('corrections')
    .values({
      report_id: c.reportId,
      indicator_code: c.indicator,
      field: c.field,
      old_value: c.oldValue,
      new_value: c.newValue,
      reason: c.reason,
      finding_key: c.findingKey,
      is_current: 1,
      created_by: c.by,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export interface WithdrawnCorrection {
  reportId: number;
  indicator: string;
  field: 'period' | 'ytd';
  /** The corrected figure that stops being in force. */
  withdrawnValue: number | null;
  /** The figure in force again: the previous correction of the cell, or the report's own. */
  restoredValue: number | null;
}

/**
 * Withdraws the corrections in force that settled a finding (it is being reopened). The rows stay,
 * marked withdrawn; in each cell the previous correction still standing (one this one had
 * retired) is back in force, else the report's own figure is.
 */
export async function withdrawCorrectionsOf(db: Db, findingKey: string, w: { by: string; reason: string; at: string }): Promise<WithdrawnCorrection[]> {
  const rows = await db.selectFrom('corrections').selectAll().where('finding_key', '=', findingKey).where('is_current', '=', 1).orderBy('id').execute();
  const out: WithdrawnCorrection[] = [];
  for (const r of rows) {
    await db.updateTable('corrections').set({ is_current: 0, withdrawn_at: w.at, withdrawn_by: w.by, withdrawn_reason: w.reason }).where('id', '=', r.id).execute();
    const previous = await db
      .selectFrom('corrections')
      .select(['id', 'new_value'])
      .where('report_id', '=', r.report_id)
      .where('indicator_code', '=', r.indicator_code)
      .where('field', '=', r.field)
      .where('id', '<', r.id)
      .where('withdrawn_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (previous) await db.updateTable('corrections').set({ is_current: 1 }).where('id', '=', previous.id).execute();
    const [orig] = previous ? [] : await originalValues(db, [r.report_id], r.indicator_code);
    const restoredValue = previous ? previous.new_value : orig ? (r.field === 'period' ? orig.period_value : orig.ytd_value) : null;
    out.push({ reportId: r.report_id, indicator: r.indicator_code, field: r.field, withdrawnValue: r.new_value, restoredValue });
  }
  return out;
}

/** The status a finding is settled with, or null when it stands open. */
export async function resolutionStatus(db: Db, key: string): Promise<ResolutionRow['status'] | null> {
  const r = await db.selectFrom('finding_resolutions').select('status').where('finding_key', '=', key).executeTakeFirst();
  return r?.status ?? null;
}

export async function correctionsFor(db: Db, reportIds: number[], indicator: string) {
  if (!reportIds.length) return [];
  return db
    .selectFrom('corrections')
    .selectAll()
    .where('report_id', 'in', reportIds)
    .where('indicator_code', '=', indicator)
    .orderBy('id')
    .execute();
}

export async function originalValues(db: Db, reportIds: number[], indicator: string) {
  if (!reportIds.length) return [];
  return db
    .selectFrom('report_values')
    .select(['report_id', 'period_value', 'ytd_value'])
    .where('report_id', 'in', reportIds)
    .where('indicator_code', '=', indicator)
    .execute();
}

/** Files received again, byte for byte, for reports of the given plan year. */
export async function duplicateArrivalRows(db: Db, planYear: number) {
  return (await duplicateArrivals(db, { planYear })).map((r) => ({ id: r.id, reportId: r.report_id, fileName: r.file_name, receivedDate: r.received_date }));
}

export interface FindingCorrectionRow {
  findingKey: string;
  reportId: number;
  indicator: string;
  field: 'period' | 'ytd';
  oldValue: number | null;
  newValue: number | null;
}

/** The corrections still in force that settled the given findings (a retired one was undone by a later one). */
export async function currentCorrectionsOf(db: Db, findingKeys: string[]): Promise<FindingCorrectionRow[]> {
  const out: FindingCorrectionRow[] = [];
  // Chunked: SQLite limits the number of bound parameters.
  for (let i = 0; i < findingKeys.length; i += 500) {
    const rows = await db
      .selectFrom('corrections')
      .select(['finding_key', 'report_id', 'indicator_code', 'field', 'old_value', 'new_value'])
      .where('finding_key', 'in', findingKeys.slice(i, i + 500))
      .where('is_current', '=', 1)
      .orderBy('id')
      .execute();
    for (const r of rows) out.push({ findingKey: r.finding_key!, reportId: r.report_id, indicator: r.indicator_code, field: r.field, oldValue: r.old_value, newValue: r.new_value });
  }
  return out;
}
