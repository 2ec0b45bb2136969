import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { NarrativeKey } from '../../../shared/domain/form';
import type { ReportSummary, StoredReportState } from '../../../shared/domain/import';
import type { FigurePair } from '../../../shared/domain/report';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findByHash(db: Db, sha256: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'period_code', 'district_code', 'unit_type', 'version', 'file_name', 'imported_at'])
    .where('content_hash', '=', sha256)
    .orderBy('id')
    .executeTakeFirst();
}

export async function currentReport(db: Db, period: string, districtCode: string, unitType: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'version', 'file_name', 'received_date', 'report_date'])
    .where('period_code', '=', period)
    .where('district_code', '=', districtCode)
    .where('unit_type', '=', unitType as 'BDV' | 'QS')
    .where('is_current', '=', 1)
    .executeTakeFirst();
}

export async function maxVersion(db: Db, period: string, districtCode: string, unitType: string): Promise<number> {
  const r = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('period_code', '=', period)
    .where('district_code', '=', districtCode)
    .where('unit_type', '=', unitType as 'BDV' | 'QS')
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

export interface SlotState {
  current: { id: number; version: number; file_name: string; received_date: string; report_date: string | null } | null;
  maxVersion: number;
}

/**
 * What a save weighs a file against, in one indexed read: the unit's current report of the period
 * and the highest version stored (history included). A slot holds a handful of versions.
 */
export async function slotState(db: Db, period: string, districtCode: string, unitType: string): Promise<SlotState> {
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'version', 'is_current', 'file_name', 'received_date', 'report_date'])
    .where('period_code', '=', period)
    .where('district_code', '=', districtCode)
    .where('unit_type', '=', unitType as 'BDV' | 'QS')
    .execute();
  const row = rows.find((r) => r.is_current === 1);
  const current = row ? { id: row.id, version: row.version, file_name: row.file_name, received_date: row.received_date, report_date: row.report_date } : null;
  return { current, maxVersion: rows.reduce((m, r) => Math.max(m, r.version), 0) };
}

export interface NewReport {
  planYear: number;
  period: string;
  districtCode: string;
  unitType: 'BDV' | 'QS';
  version: number;
  fileName: string;
  sha256: string;
  bytes: number;
  receivedDate: string;
  importedBy: string;
  formVersion: number | null;
  reportDate: string | null;
  preparedBy: string | null;
  encoding: string;
  identityJson: string;
  findingsJson: string;
  /** False for a report older than the one already current: stored as history only. */
  isCurrent: boolean;
  /**
   * The slot's current report that a current one retires, when the caller read it in the same
   * transaction (null: there is none); left out, the slot's current report is looked up.
   */
  retires?: number | null;
  values: Record<string, FigurePair>;
  traces: Record<string, unknown>;
  narrative: Partial<Record<NarrativeKey, string | null>>;
  /** The workbook's original bytes, kept once per sha256 (absent for a report received "as read" only). */
  fileBytes?: Uint8Array;
}

/** Rows per multi-row insert: 5 columns × 200 stays far under SQLITE_MAX_VARIABLE_NUMBER (32766). */
const INSERT_CHUNK = 200;

const VALUE_COLUMNS = ['report_id', 'indicator_code', 'period_value', 'ytd_value', 'trace_json'] as const satisfies readonly (keyof Database['report_values'])[];
const valuesSql = new Map<number, string>();

/**
 * The insert of a chunk of figure rows, its SQL written once per row count (a form's count is
 * fixed): building it through the query builder cost more than SQLite's work on it, and the same
 * SQL string finds its prepared statement at once.
 */
function valuesInsert(rows: Insertable<Database['report_values']>[]): CompiledQuery {
  let sql = valuesSql.get(rows.length);
  if (!sql) {
    const row = `(${VALUE_COLUMNS.map(() => '?').join(', ')})`;
    sql = `insert into "report_values" (${VALUE_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows.length }, () => row).join(', ')}`;
    valuesSql.set(rows.length, sql);
  }
  return CompiledQuery.raw(sql, rows.flatMap((r) => VALUE_COLUMNS.map((c) => r[c] ?? null)));
}

/** Inserts a report version; a current one retires the previous current one (kept as history). */
export async function insertReport(trx: Transaction<Database>, r: NewReport): Promise<number> {
  if (r.isCurrent && r.retires !== null) {
    const retire = trx.updateTable('reports').set({ is_current: 0 }).where('is_current', '=', 1);
    if (r.retires !== undefined) await retire.where('id', '=', r.retires).execute();
    else await retire.where('period_code', '=', r.period).where('district_code', '=', r.districtCode).where('unit_type', '=', r.unitType).execute();
  }
  const { id } = await trx
    .insertInto('reports')
    .values({
      plan_year: r.planYear,
      period_code: r.period,
      district_code: r.districtCode,
      unit_type: r.unitType,
      version: r.version,
      is_current: r.isCurrent ? 1 : 0,
      file_name: r.fileName,
      content_hash: r.sha256,
      file_bytes: r.bytes,
      received_date: r.receivedDate,
      imported_at: new Date().toISOString(),
      imported_by: r.importedBy,
      form_version: r.formVersion,
      report_date: r.reportDate,
      prepared_by: r.preparedBy,
      encoding: r.encoding,
      identity_json: r.identityJson,
      findings_json: r.findingsJson,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const values = Object.entries(r.values).map(([code, v]) => ({
    report_id: id,
    indicator_code: code,
    period_value: v.period,
    ytd_value: v.ytd,
    trace_json: r.traces[code] === undefined ? null : JSON.stringify(r.traces[code]),
  }));
  // Multi-row inserts, chunked under SQLite's bound-parameter limit whatever a form holds.
  for (let i = 0; i < values.length; i += INSERT_CHUNK) await trx.executeQuery(valuesInsert(values.slice(i, i + INSERT_CHUNK)));
  const texts = Object.entries(r.narrative)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([key, text]) => ({ report_id: id, key, text }));
  if (texts.length) await trx.insertInto('report_narratives').values(texts).execute();
  if (r.fileBytes) await keepReportFile(trx, r.sha256, r.fileName, r.fileBytes);
  return id;
}

/** The original bytes of a workbook, once per content: a second report of the same bytes adds nothing. */
export async function keepReportFile(trx: Transaction<Database>, sha256: string, fileName: string, bytes: Uint8Array): Promise<void> {
  await trx
    .insertInto('report_files')
    .values({ sha256, file_name: fileName, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), size: bytes.byteLength })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** The kept original bytes of some reports' workbooks, by sha256 (a report received "as read" has none). */
export async function reportFiles(db: Db, sha256s: string[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < sha256s.length; i += 500) {
    const rows = await db.selectFrom('report_files').select(['sha256', 'bytes']).where('sha256', 'in', sha256s.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.sha256, new Uint8Array(r.bytes));
  }
  return out;
}

export async function listReports(db: Db, filter: { period?: string; planYear?: number }): Promise<Omit<ReportSummary, 'unitName'>[]> {
  let q = db
    .selectFrom('reports')
    .select(['id', 'district_code', 'unit_type', 'period_code', 'version', 'is_current', 'file_name', 'received_date', 'imported_at', 'imported_by', 'findings_json', 'content_hash'])
    .orderBy('period_code')
    .orderBy('district_code')
    .orderBy('unit_type')
    .orderBy('version', 'desc');
  if (filter.period) q = q.where('period_code', '=', filter.period);
  if (filter.planYear) q = q.where('plan_year', '=', filter.planYear);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    districtCode: r.district_code,
    unitType: r.unit_type,
    period: r.period_code,
    version: r.version,
    isCurrent: r.is_current === 1,
    fileName: r.file_name,
    receivedDate: r.received_date,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    findings: (JSON.parse(r.findings_json) as unknown[]).length,
    sha256: r.content_hash,
  }));
}

export async function reportValues(db: Db, reportId: number): Promise<Record<string, FigurePair>> {
  const rows = await db.selectFrom('report_values').select(['indicator_code', 'period_value', 'ytd_value']).where('report_id', '=', reportId).execute();
  return Object.fromEntries(rows.map((r) => [r.indicator_code, { period: r.period_value, ytd: r.ytd_value }]));
}

export async function reportNarrative(db: Db, reportId: number): Promise<Record<string, string>> {
  const rows = await db.selectFrom('report_narratives').select(['key', 'text']).where('report_id', '=', reportId).execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

export interface DuplicateArrival {
  reportId: number;
  fileName: string;
  receivedDate: string;
  recordedBy: string;
}

/** A file received again byte for byte: nothing of it is used, but its arrival is kept. */
export async function insertDuplicateArrival(trx: Transaction<Database>, d: DuplicateArrival): Promise<number> {
  const { id } = await trx
    .insertInto('duplicate_arrivals')
    .values({ report_id: d.reportId, file_name: d.fileName, received_date: d.receivedDate, recorded_at: new Date().toISOString(), recorded_by: d.recordedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Duplicate arrivals of the reports of some periods, with the report each repeats. */
export async function duplicateArrivals(db: Db, filter: { period?: string; planYear?: number }) {
  let q = db
    .selectFrom('duplicate_arrivals as d')
    .innerJoin('reports as r', 'r.id', 'd.report_id')
    .select(['d.id', 'd.report_id', 'd.file_name', 'd.received_date', 'd.recorded_at', 'd.recorded_by', 'r.period_code', 'r.district_code', 'r.unit_type', 'r.version', 'r.file_name as report_file_name', 'r.content_hash'])
    .orderBy('d.id');
  if (filter.period) q = q.where('r.period_code', '=', filter.period);
  if (filter.planYear) q = q.where('r.plan_year', '=', filter.planYear);
  return q.execute();
}

export interface StoredReportRow {
  id: number;
  districtCode: string;
  unitType: 'BDV' | 'QS';
  version: number;
  state: StoredReportState;
  fileName: string;
  sha256: string;
  reportDate: string | null;
  receivedDate: string;
  importedAt: string;
}

/**
 * Every stored version of every unit's report of one period, and every file received again byte
 * for byte for one of them (state duplicate, under the version it repeats); the caller orders them.
 */
export async function storedReportsOfPeriod(db: Db, period: string): Promise<StoredReportRow[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'district_code', 'unit_type', 'version', 'is_current', 'file_name', 'content_hash', 'report_date', 'received_date', 'imported_at'])
    .where('period_code', '=', period)
    .orderBy('id')
    .execute();
  const stored: StoredReportRow[] = rows.map((r) => ({
    id: r.id,
    districtCode: r.district_code,
    unitType: r.unit_type,
    version: r.version,
    state: r.is_current === 1 ? 'current' : 'superseded',
    fileName: r.file_name,
    sha256: r.content_hash,
    reportDate: r.report_date,
    receivedDate: r.received_date,
    importedAt: r.imported_at,
  }));
  const byId = new Map(stored.map((r) => [r.id, r]));
  const again = (await duplicateArrivals(db, { period })).flatMap((d): StoredReportRow[] => {
    const r = byId.get(d.report_id);
    return r ? [{ ...r, state: 'duplicate', fileName: d.file_name, receivedDate: d.received_date, importedAt: d.recorded_at }] : [];
  });
  return [...stored, ...again];
}

export async function countReports(db: Db): Promise<number> {
  const r = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function reportedPeriods(db: Db): Promise<string[]> {
  return (await db.selectFrom('reports').select('period_code').distinct().orderBy('period_code').execute()).map((r) => r.period_code);
}
