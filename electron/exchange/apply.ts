import type { Kysely, Transaction } from 'kysely';
import type { ExchangeConflict, ExchangePreview, IncomingReport, LockResult, ReportRef, SettlementLine, SettlementResult, DraftResult } from '../../shared/domain/exchange';
import { DocumentSettings } from '../../shared/domain/document-settings';
import { periodName } from '../../shared/domain/periods';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { writeAudit, type Actor } from '../db/queries/audit';
import { saveDraft } from '../db/queries/documents';
import * as xq from '../db/queries/exchange';
import { getLock, insertLock } from '../db/queries/locks';
import { getDistricts, getDocumentSettingsJson, getPeriod } from '../db/queries/plan';
import { resolutions } from '../db/queries/reconcile';
import { currentReport, findByHash, insertDuplicateArrival, insertReport, maxVersion } from '../db/queries/reports';
import type { Database } from '../db/schema';
import { decideSlot, whyNewer, whyTied } from '../import/versions';
import { getPlanBundle } from '../plan/service';
import { loadReconcileSettings } from '../reconcile/load';
import { checkSettle, runReconcile, writeSettle, type SettleOrigin } from '../reconcile/service';
import { periodsCovered } from './collect';
import type { PackageReport, PackageSettlement } from './contents';
import { canonicalJson } from './manifest';
import { planDifferences, sameSettlement } from './preview';
import type { Unpacked } from './unpack';
import type { Importer } from '../import/importer';
import { describeDifferences, figureDifferences, type StagedWorkbook } from './workbooks';

/**
 * Applies a checked package in one transaction: reports through the importer's version rule,
 * settlements through the settle code the screens use, then drafts and locks; whatever differs
 * from this PC's own work is kept as a conflict, never written over. A dry run does all of it and
 * rolls back, so the preview is exactly what the import would do.
 */

type Trx = Transaction<Database>;

class DryRun extends Error {
  constructor(readonly result: ExchangePreview) {
    super('dry run');
  }
}

export interface PackageSource {
  source: Record<string, unknown>;
  note: string;
}

export function packageSource(u: Unpacked): PackageSource {
  const { info } = u;
  return {
    source: { package: info.fileName, packageId: info.id, packageSha256: info.sha256, section: info.section },
    note: `Từ gói trao đổi "${info.fileName}" (mã ${info.id}) của ${info.sectionLabel}`,
  };
}

const ACTION = { accepted: 'accept', corrected: 'correct', explained: 'explain' } as const;

/** This PC's settlement of a finding in the package's terms: corrections name their report by sha256. */
async function ourSettlement(trx: Trx, period: string, key: string): Promise<SettlementLine | null> {
  const r = (await resolutions(trx, [period])).find((x) => x.key === key);
  if (!r) return null;
  const fixes = (await xq.settlementCorrections(trx, [period])).filter((c) => c.finding_key === key);
  return { ...r, corrections: fixes.map((c) => ({ sha256: c.content_hash, indicator: c.indicator_code, field: c.field, value: c.new_value })) };
}

/** The package's workbooks, staged once (before any transaction) in an importer of their own. */
export interface StagedPackage {
  importer: Importer;
  workbooks: Map<string, StagedWorkbook>;
}

export async function applyPackage(ctx: AppContext, u: Unpacked, o: { dryRun: boolean; staged: StagedPackage }): Promise<ExchangePreview> {
  const actor = await ctx.actor();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const result = await applyIn({ ...ctx, db: trx }, trx, actor, u, o.staged);
      if (o.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
}

async function applyIn(tctx: AppContext, trx: Trx, actor: Actor, u: Unpacked, staged: StagedPackage): Promise<ExchangePreview> {
  const { manifest, info, contents } = u;
  const src = packageSource(u);
  const year = manifest.planYear;
  const conflicts: Omit<ExchangeConflict, 'id'>[] = [];
  let wrote = false;
  const audit = async (entry: Parameters<typeof writeAudit>[2]) => {
    wrote = true;
    await writeAudit(trx, actor, entry);
  };

  /** Keeps a conflict unless the same version of theirs was kept before (resolved or not). */
  const keepConflict = async (kind: ExchangeConflict['kind'], period: string | null, key: string, ours: unknown, theirs: unknown) => {
    const theirsJson = canonicalJson(theirs);
    if (await xq.sameConflictKept(trx, kind, key, theirsJson)) return;
    const c = { kind, planYear: year, period, key, ours, theirs, packageId: info.id, packageFile: info.fileName, section: info.section, createdAt: new Date().toISOString() };
    const id = await xq.insertConflict(trx, { ...c, oursJson: canonicalJson(ours), theirsJson });
    conflicts.push({ ...c, label: `Khác với bên ${info.sectionLabel}`, resolvedAt: null, resolvedBy: null, choice: null });
    await audit({ action: 'exchange_conflict', entity: 'exchange_conflict', entityKey: String(id), oldValue: ours, newValue: { kind, key, theirs, source: src.source }, reason: src.note });
  };

  // The plan year: never written over; every difference waits for the clerk.
  const bundle = await getPlanBundle(tctx, year);
  const docJson = await getDocumentSettingsJson(trx, year);
  const ourPlan = {
    plan: { plan: bundle.plan, areas: bundle.areas, indicators: bundle.indicators, districts: bundle.districts, periods: bundle.periods },
    document: docJson ? DocumentSettings.parse(JSON.parse(docJson)) : null,
    reconcile: await loadReconcileSettings(tctx, year),
  };
  const plan = planDifferences(ourPlan, contents.plan, contents.settings);
  for (const d of plan) await keepConflict('plan', d.what === 'period' ? d.key : null, `${d.what}/${d.key}`, d.ours, d.theirs);

  // Reports, oldest version first, each weighed as an import would weigh it.
  const incoming: IncomingReport[] = [];
  const districts = new Set((await getDistricts(trx, year)).map((d) => d.code));
  const ordered = [...contents.reports].sort((a, b) => `${a.period}|${a.districtCode}|${a.unitType}`.localeCompare(`${b.period}|${b.districtCode}|${b.unitType}`) || a.version - b.version);
  const env: ReportEnv = { districts, audit, keepConflict, src, staged, wrote: () => (wrote = true) };
  for (const r of ordered) incoming.push(await applyReport(trx, actor, r, env));
  const withWorkbook = new Set(contents.workbooks.map((w) => w.sha256));
  const withoutWorkbook = contents.reports.filter((r) => !withWorkbook.has(r.sha256)).length;

  const periods = manifest.period ? await periodsCovered(tctx, year, manifest.period) : (await getPlanBundle(tctx, year)).periods.map((p) => p.code);
  const inPackage = new Set(contents.reports.map((r) => r.sha256));
  const onlyHere: ReportRef[] = (await xq.reportsForPackage(trx, periods))
    .filter((r) => !inPackage.has(r.content_hash))
    .map((r) => ({ period: r.period_code, districtCode: r.district_code, unitType: r.unit_type, version: r.version, fileName: r.file_name, sha256: r.content_hash, receivedDate: r.received_date, reportDate: r.report_date }));

  const settlements: SettlementResult[] = [];
  for (const s of contents.settlements) settlements.push(await applySettlement(tctx, trx, actor, s, { keepConflict, src, wrote: () => (wrote = true) }));

  const drafts: DraftResult[] = [];
  for (const d of contents.drafts) {
    const here = await xq.draftsOf(trx, [d.period]).then((all) => all.find((x) => x.kind === d.kind) ?? null);
    if (here && here.prose_json === d.proseJson) drafts.push({ kind: d.kind, period: d.period, outcome: 'agree' });
    else if (here) {
      await keepConflict('draft', d.period, `draft/${d.kind}/${d.period}`, JSON.parse(here.prose_json), JSON.parse(d.proseJson));
      drafts.push({ kind: d.kind, period: d.period, outcome: 'conflict' });
    } else {
      await saveDraft(trx, { kind: d.kind, period: d.period, proseJson: d.proseJson, by: d.updatedBy });
      await audit({ action: 'create', entity: 'document_draft', entityKey: `${d.kind}/${d.period}`, oldValue: null, newValue: { prose: JSON.parse(d.proseJson) as unknown, source: src.source }, reason: src.note });
      drafts.push({ kind: d.kind, period: d.period, outcome: 'applied' });
    }
  }

  const locks: LockResult[] = [];
  const conflictPeriods = new Set((await xq.listConflicts(trx, { year, openOnly: true })).map((c) => c.period));
  for (const l of contents.locks) {
    const ours = await getLock(trx, l.period);
    if (ours) {
      locks.push({ period: l.period, outcome: 'both', theirs: l, ours, message: null });
      continue;
    }
    const state = await runReconcile(tctx, l.period);
    const open = state.findings.filter((f) => f.severity !== 'info' && f.status === 'open').length;
    const held = conflictPeriods.has(l.period)
      ? `${periodName(l.period)} còn điểm khác với bên ${info.sectionLabel} chưa chọn: chốt sau khi chọn xong.`
      : open > 0
        ? `${periodName(l.period)} còn ${open} điểm chênh lệch chưa xử lý trên máy này: chưa chốt theo gói.`
        : null;
    if (held) {
      locks.push({ period: l.period, outcome: 'held', theirs: l, ours: null, message: held });
      continue;
    }
    await insertLock(trx, l);
    await audit({ action: 'lock', entity: 'period', entityKey: l.period, oldValue: null, newValue: { locked: true, lockedBy: l.lockedBy, lockedAt: l.lockedAt, source: src.source }, reason: [l.note, src.note].filter(Boolean).join(' — ') });
    locks.push({ period: l.period, outcome: 'applied', theirs: l, ours: null, message: null });
  }
  const packaged = new Set(contents.locks.map((l) => l.period));
  for (const l of await xq.locksOf(trx, periods)) {
    if (!packaged.has(l.period_code)) locks.push({ period: l.period_code, outcome: 'here_only', theirs: null, ours: { period: l.period_code, lockedBy: l.locked_by, lockedAt: l.locked_at, note: l.note }, message: null });
  }

  if (wrote) await writeAudit(trx, actor, { action: 'exchange_import', entity: 'exchange_package', entityKey: info.id, oldValue: null, newValue: { ...src.source, planYear: year, period: manifest.period, createdBy: manifest.createdBy, createdAt: manifest.createdAt }, reason: src.note });
  return { package: info, reports: { incoming, onlyHere, withoutWorkbook }, settlements, locks, plan, drafts, conflicts, changes: wrote };
}

interface ReportEnv {
  districts: Set<string>;
  audit: (entry: Parameters<typeof writeAudit>[2]) => Promise<void>;
  keepConflict: (kind: ExchangeConflict['kind'], period: string | null, key: string, ours: unknown, theirs: unknown) => Promise<void>;
  src: PackageSource;
  staged: StagedPackage;
  /** The importer's save writes its own audit rows: the package then has written something. */
  wrote: () => void;
}

const refOf = (r: PackageReport): ReportRef => ({ period: r.period, districtCode: r.districtCode, unitType: r.unitType, version: r.version, fileName: r.fileName, sha256: r.sha256, receivedDate: r.receivedDate, reportDate: r.reportDate });

/** One report of the package: already here (its arrivals added), or saved as an import would save it. */
async function applyReport(trx: Trx, actor: Actor, r: PackageReport, env: ReportEnv): Promise<IncomingReport> {
  const ref = refOf(r);
  const slot = `${r.period}/${r.districtCode}-${r.unitType}`;
  const here = await findByHash(trx, r.sha256);
  if (here) {
    for (const d of r.duplicates) {
      const known = (await xq.duplicatesOf(trx, [here.id])).some((x) => x.file_name === d.fileName && x.received_date === d.receivedDate);
      if (known) continue;
      await insertDuplicateArrival(trx, { reportId: here.id, fileName: d.fileName, receivedDate: d.receivedDate, recordedBy: d.recordedBy });
      await env.audit({ action: 'import_duplicate', entity: 'report', entityKey: `${slot}/v${here.version}`, oldValue: null, newValue: { fileName: d.fileName, sha256: r.sha256, receivedDate: d.receivedDate, duplicateOf: here.file_name, source: env.src.source }, reason: env.src.note });
    }
    return { ...ref, outcome: 'duplicate', message: `Đã có trên máy này (tệp "${here.file_name}").` };
  }
  if (!(await getPeriod(trx, r.period)) || !env.districts.has(r.districtCode)) {
    return { ...ref, outcome: 'unknown_slot', message: `Kế hoạch trên máy này không có kỳ ${r.period} hoặc đơn vị mã ${r.districtCode}: chưa nhận báo cáo này.` };
  }
  const lock = await getLock(trx, r.period);
  if (lock) return { ...ref, outcome: 'locked', message: `${periodName(r.period)} đã chốt số liệu trên máy này: chưa nhận báo cáo này. Muốn nhận, hãy mở khóa kỳ (ghi rõ lý do) rồi nhập lại gói.` };
  const stored = await currentReport(trx, r.period, r.districtCode, r.unitType);
  const self = { fileName: r.fileName, reportDate: r.reportDate, receivedDate: r.receivedDate };
  const current = stored ? { fileName: stored.file_name, reportDate: stored.report_date, receivedDate: stored.received_date } : null;
  const decision = decideSlot(self, current, []);
  if (decision.kind === 'tie') {
    await env.keepConflict('report', r.period, `report/${slot}/${r.sha256}`, { ...current, version: stored?.version }, r);
    return { ...ref, outcome: 'tie', message: `${whyTied(self, decision.with)}. Hãy chọn bản dùng làm số liệu.` };
  }
  const workbook = env.staged.workbooks.get(r.sha256);
  if (workbook) return saveWorkbook(trx, actor, r, workbook, env);
  const isCurrent = decision.kind !== 'older';
  return saveReport(trx, actor, r, isCurrent, env, decision.kind === 'older' ? `Cũ hơn bản đang dùng: ${whyNewer(decision.winner, self)}. Chỉ lưu làm lịch sử.` : null);
}

/**
 * A report whose workbook came with it: saved by the importer from this PC's own reading of the
 * bytes, only when that reading gives the figures the package states; otherwise kept as a conflict
 * with both sets of figures, each named at its cell, and nothing of it saved.
 */
async function saveWorkbook(trx: Trx, actor: Actor, r: PackageReport, w: StagedWorkbook, env: ReportEnv): Promise<IncomingReport> {
  const ref = refOf(r);
  const key = `workbook/${r.period}/${r.districtCode}-${r.unitType}/${r.sha256}`;
  const held = async (ours: unknown, why: string): Promise<IncomingReport> => {
    await env.keepConflict('report', r.period, key, ours, r);
    return { ...ref, outcome: 'workbook_differs', message: `${why} Chưa lưu báo cáo này: hãy xem hai bản ở trang Đối chiếu và chọn.` };
  };
  if (!w.ok) return held({ parsed: null, problem: w.problem, differences: [] }, `Máy này không đọc được tệp gốc như bên gửi: ${w.problem}`);
  const differences = figureDifferences(w.view, r);
  if (differences.length) return held({ parsed: w.view.values, problem: null, differences }, `Số liệu đọc từ tệp gốc khác với số liệu bên gửi ghi trong gói: ${describeDifferences(differences)}.`);
  try {
    const saved = await env.staged.importer.saveWithin(trx, actor, w.stagingId, { receivedDate: r.receivedDate, reportDate: r.reportDate, source: env.src });
    env.wrote();
    const message = saved.status === 'superseded' ? 'Cũ hơn bản đang dùng: chỉ lưu làm lịch sử.' : saved.status === 'new_version' ? 'Thay bản đang dùng (ngày báo cáo hoặc ngày nhận mới hơn); bản cũ giữ trong lịch sử.' : 'Báo cáo mới với máy này (đọc lại từ tệp gốc).';
    return { ...ref, version: saved.version, outcome: saved.status, message };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'locked') return { ...ref, outcome: 'locked', message: e.message };
    return held({ parsed: w.view.values, problem: e.message, differences: [] }, e.message);
  }
}

/** Stores a package's report as a new version of its slot, as the importer stores a file. */
export async function saveReport(trx: Trx, actor: Actor, r: PackageReport, isCurrent: boolean, env: Pick<ReportEnv, 'audit' | 'src'>, why: string | null): Promise<IncomingReport> {
  const version = (await maxVersion(trx, r.period, r.districtCode, r.unitType)) + 1;
  const period = (await getPeriod(trx, r.period))!;
  await insertReport(trx, {
    planYear: period.year,
    period: r.period,
    districtCode: r.districtCode,
    unitType: r.unitType,
    version,
    isCurrent,
    fileName: r.fileName,
    sha256: r.sha256,
    bytes: r.bytes,
    receivedDate: r.receivedDate,
    importedBy: actor.displayName,
    formVersion: r.formVersion,
    reportDate: r.reportDate,
    preparedBy: r.preparedBy,
    encoding: r.encoding,
    identityJson: r.identityJson,
    findingsJson: r.findingsJson,
    values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, { period: v.period, ytd: v.ytd }])),
    traces: Object.fromEntries(Object.entries(r.values).filter(([, v]) => v.trace !== null).map(([k, v]) => [k, JSON.parse(v.trace!) as unknown])),
    narrative: r.narrative,
  });
  const status = !isCurrent ? 'superseded' : version === 1 ? 'accepted' : 'new_version';
  await env.audit({
    action: status === 'accepted' ? 'import' : status === 'new_version' ? 'import_new_version' : 'import_superseded',
    entity: 'report',
    entityKey: `${r.period}/${r.districtCode}-${r.unitType}/v${version}`,
    oldValue: null,
    newValue: { fileName: r.fileName, sha256: r.sha256, receivedDate: r.receivedDate, version, current: isCurrent, source: env.src.source },
    reason: env.src.note,
  });
  return { ...refOf(r), version, outcome: status, message: why ?? (status === 'new_version' ? 'Thay bản đang dùng (ngày báo cáo hoặc ngày nhận mới hơn); bản cũ giữ trong lịch sử.' : 'Báo cáo mới với máy này.') };
}

interface SettleEnv {
  keepConflict: ReportEnv['keepConflict'];
  src: PackageSource;
  wrote: () => void;
}

/** The input of the settle code for a package's settlement, its corrections on this PC's reports. */
export async function settleInputOf(trx: Kysely<Database>, s: PackageSettlement) {
  const corrections = [];
  for (const c of s.corrections) {
    const report = await findByHash(trx, c.sha256);
    if (!report) return null;
    corrections.push({ reportId: report.id, indicator: c.indicator, field: c.field, value: c.value });
  }
  return { period: s.period, key: s.key, action: ACTION[s.status], note: s.note, chosenValue: s.chosenValue, corrections: corrections.length ? corrections : undefined };
}

export const originOf = (s: PackageSettlement, src: PackageSource): SettleOrigin => ({ settledBy: s.settledBy, settledAt: s.settledAt, source: src.source, sourceNote: src.note });

async function applySettlement(tctx: AppContext, trx: Trx, actor: Actor, s: PackageSettlement, env: SettleEnv): Promise<SettlementResult> {
  const ours = await ourSettlement(trx, s.period, s.key);
  if (ours && sameSettlement(ours, s)) return { theirs: s, ours, outcome: 'agree', message: null };
  if (ours) {
    await env.keepConflict('settlement', s.period, s.key, ours, s);
    return { theirs: s, ours, outcome: 'conflict', message: null };
  }
  const input = await settleInputOf(trx, s);
  if (!input) return { theirs: s, ours: null, outcome: 'skipped', message: 'Báo cáo được sửa số liệu không có trên máy này: chưa áp dụng.' };
  try {
    const plan = await checkSettle(tctx, input);
    await writeSettle(trx, actor, input, plan, originOf(s, env.src));
    env.wrote();
    return { theirs: s, ours: null, outcome: 'applied', message: null };
  } catch (e) {
    if (e instanceof AppError) return { theirs: s, ours: null, outcome: 'skipped', message: e.message };
    throw e;
  }
}
