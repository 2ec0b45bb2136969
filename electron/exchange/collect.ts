import { parsePeriodCode, quartersOf, periodCode } from '../../shared/domain/periods';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import * as xq from '../db/queries/exchange';
import { getDocumentSettingsJson, getPeriods } from '../db/queries/plan';
import { resolutions } from '../db/queries/reconcile';
import { getPlanBundle } from '../plan/service';
import { loadReconcileSettings } from '../reconcile/load';
import { DocumentSettings } from '../../shared/domain/document-settings';
import { reportFiles } from '../db/queries/reports';
import type { PackageContents, PackageReport, PackageSettlement, PackageWorkbook } from './contents';

/** The entry's extension: the received file's own, so the parser is handed what the district sent. */
function extensionOf(fileName: string): PackageWorkbook['ext'] {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xls' || ext === 'ods' ? ext : 'xlsx';
}

/**
 * The periods a package covers: the whole plan year, or one period with the quarters it is made
 * of (a six-month package carries Q1 and Q2, whose reports and settlements its figures rest on).
 */
export async function periodsCovered(ctx: Pick<AppContext, 'db'>, year: number, period: string | null): Promise<string[]> {
  const all = (await getPeriods(ctx.db, year)).map((p) => p.code);
  if (period === null) return all;
  const parsed = parsePeriodCode(period);
  if (!parsed || parsed.year !== year || !all.includes(period)) throw new AppError('not_found', `Kế hoạch năm ${year} không có kỳ ${period}.`);
  return [...new Set([period, ...quartersOf(parsed.kind).map((k) => periodCode(year, k))])];
}

/** Everything of the plan year (or period) this PC holds, as the package's entries carry it. */
export async function collectContents(ctx: AppContext, year: number, period: string | null): Promise<PackageContents> {
  const periods = await periodsCovered(ctx, year, period);
  const bundle = await getPlanBundle(ctx, year);
  const rows = await xq.reportsForPackage(ctx.db, periods);
  const ids = rows.map((r) => r.id);
  const [files, values, narratives, duplicates, fixes, settled, locks, drafts, docJson, reconcile] = await Promise.all([
    reportFiles(ctx.db, [...new Set(rows.map((r) => r.content_hash))]),
    xq.valuesOf(ctx.db, ids),
    xq.narrativesOf(ctx.db, ids),
    xq.duplicatesOf(ctx.db, ids),
    xq.settlementCorrections(ctx.db, periods),
    resolutions(ctx.db, periods),
    xq.locksOf(ctx.db, periods),
    xq.draftsOf(ctx.db, periods),
    getDocumentSettingsJson(ctx.db, year),
    loadReconcileSettings(ctx, year),
  ]);
  const reports: PackageReport[] = rows.map((r) => ({
    period: r.period_code,
    districtCode: r.district_code,
    unitType: r.unit_type,
    version: r.version,
    isCurrent: r.is_current === 1,
    fileName: r.file_name,
    sha256: r.content_hash,
    bytes: r.file_bytes,
    receivedDate: r.received_date,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    formVersion: r.form_version,
    reportDate: r.report_date,
    preparedBy: r.prepared_by,
    encoding: r.encoding,
    identityJson: r.identity_json,
    findingsJson: r.findings_json,
    values: Object.fromEntries(values.filter((v) => v.report_id === r.id).map((v) => [v.indicator_code, { period: v.period_value, ytd: v.ytd_value, trace: v.trace_json }])),
    narrative: Object.fromEntries(narratives.filter((n) => n.report_id === r.id).map((n) => [n.key, n.text])),
    duplicates: duplicates.filter((d) => d.report_id === r.id).map((d) => ({ fileName: d.file_name, receivedDate: d.received_date, recordedAt: d.recorded_at, recordedBy: d.recorded_by })),
  }));
  const settlements: PackageSettlement[] = settled
    .sort((a, b) => a.settledAt.localeCompare(b.settledAt) || a.key.localeCompare(b.key))
    .map((s) => ({
      period: s.period,
      key: s.key,
      rule: s.rule,
      status: s.status,
      chosenValue: s.chosenValue,
      note: s.note,
      settledBy: s.settledBy,
      settledAt: s.settledAt,
      corrections: fixes.filter((c) => c.finding_key === s.key).map((c) => ({ sha256: c.content_hash, indicator: c.indicator_code, field: c.field, value: c.new_value })),
    }));
  const workbooks: PackageWorkbook[] = [];
  for (const r of rows) {
    const bytes = files.get(r.content_hash);
    if (bytes && !workbooks.some((w) => w.sha256 === r.content_hash)) workbooks.push({ sha256: r.content_hash, ext: extensionOf(r.file_name), bytes });
  }
  return {
    reports,
    workbooks,
    settlements,
    locks: locks.map((l) => ({ period: l.period_code, lockedBy: l.locked_by, lockedAt: l.locked_at, note: l.note })),
    drafts: drafts.map((d) => ({ kind: d.kind, period: d.period_code, proseJson: d.prose_json, updatedBy: d.updated_by, updatedAt: d.updated_at })),
    plan: { plan: bundle.plan, areas: bundle.areas, indicators: bundle.indicators, districts: bundle.districts, periods: bundle.periods },
    settings: { year, document: docJson ? DocumentSettings.parse(JSON.parse(docJson)) : null, reconcile },
  };
}
