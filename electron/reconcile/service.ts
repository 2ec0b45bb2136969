import type { Kysely, Transaction } from 'kysely';
import { periodName, quartersOf } from '../../shared/domain/periods';
import type { DistrictComparison, FigureEvent, Finding, FindingView, PeriodFigures, ReconcileSettings, ReconcileView, SettleAction } from '../../shared/domain/reconcile';
import type { UnitType } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { setAppSetting } from '../db/queries/app-settings';
import { writeAudit, type Actor } from '../db/queries/audit';
import { deleteLock, getLock, insertLock } from '../db/queries/locks';
import { getPeriod } from '../db/queries/plan';
import type { Database } from '../db/schema';
import { correctionsFor, currentCorrectionsOf, deleteResolution, insertCorrection, originalValues, resolutionStatus, resolutions, upsertResolution, withdrawCorrectionsOf, type ResolutionRow } from '../db/queries/reconcile';
import { asOfInput } from './as-of';
import { compareDistrictReports } from './compare';
import { computeFigures } from './figures';
import { loadReconcileInput, loadReconcileSettings, settingsKey } from './load';
import { reconcile } from './reconcile';
import { goneView, toView } from './settled';

const STATUS_OF = { accept: 'accepted', correct: 'corrected', explain: 'explained' } as const satisfies Record<SettleAction, ResolutionRow['status']>;

const needsSettling = (f: Finding) => f.severity !== 'info';


/** R6 keys end in "|period" or "|ytd"; the district's chosen figure is the period one. */
const choiceEntry = (r: ResolutionRow): [string, number] | null => {
  const [rule, , district, , indicator, field] = r.key.split('|');
  return rule === 'R6' && field === 'period' && r.chosenValue !== null && district && indicator ? [`${district}|${indicator}`, r.chosenValue] : null;
};

export interface PeriodState {
  view: ReconcileView;
  figures: PeriodFigures;
}

/**
 * One period read once: the findings with their settlements, and the settled figures built from
 * the same input. Screens and documents that need both take this rather than loading twice.
 * `asOf`: the state on that date, reports received later left out (a document's issue date).
 */
export async function periodState(ctx: AppContext, period: string, options: { asOf?: string } = {}): Promise<PeriodState> {
  const loaded = await loadReconcileInput(ctx, period);
  // A document speaks as of its date: reports received after it are left out (see as-of.ts).
  const input = options.asOf ? asOfInput(loaded, options.asOf) : loaded;
  const result = reconcile(input);
  const quarters = quartersOf(input.period.kind).map((q) => `${input.planYear}-${q}`);
  const [rows, lock] = await Promise.all([resolutions(ctx.db, [...new Set([period, ...quarters])]), getLock(ctx.db, period)]);
  const settled = new Map(rows.filter((r) => r.period === period).map((r) => [r.key, r]));
  const corrections = await currentCorrectionsOf(ctx.db, [...settled.keys()]);
  const raised = new Set(result.findings.map((f) => f.key));
  const choicesFor = (p: string) => Object.fromEntries(rows.filter((r) => r.period === p).map(choiceEntry).filter((e): e is [string, number] => e !== null));
  const view: ReconcileView = {
    period,
    dueDate: input.period.dueDate,
    lock,
    completeness: result.completeness,
    findings: [
      ...result.findings.map((f) => toView(f, settled.get(f.key), corrections)),
      ...[...settled.values()].filter((r) => !raised.has(r.key)).map((r) => goneView(r, corrections)),
    ],
  };
  const figures = computeFigures({
    ...input,
    crossCheckChoices: choicesFor(period),
    crossCheckChoicesByPeriod: Object.fromEntries(quarters.map((q) => [q, choicesFor(q)])),
    openFindings: result.findings.filter((f) => needsSettling(f) && !settled.has(f.key)).length,
  });
  return { view, figures };
}

export const runReconcile = async (ctx: AppContext, period: string): Promise<ReconcileView> => (await periodState(ctx, period)).view;

/** The single source of the documents' numbers: settled figures, totals and missing units of a period. */
export const periodFigures = async (ctx: AppContext, period: string): Promise<PeriodFigures> => (await periodState(ctx, period)).figures;

async function assertOpen(ctx: AppContext, period: string): Promise<void> {
  const lock = await getLock(ctx.db, period);
  if (lock) throw new AppError('locked', `${periodName(period)} đã chốt số liệu; muốn xử lý tiếp phải mở khóa kỳ (ghi rõ lý do).`);
}

export interface SettleInput {
  period: string;
  key: string;
  action: SettleAction;
  note: string | null;
  /** R6: the figure accepted as the district's. */
  chosenValue?: number | null;
  /** Corrections: the new figures of the finding's cells. */
  corrections?: { reportId: number; indicator: string; field: 'period' | 'ytd'; value: number | null }[];
}

/** A settlement checked against the period as it now stands, ready to be written. */
export interface SettlePlan {
  finding: FindingView;
  status: 'accepted' | 'corrected' | 'explained';
  note: string | null;
  chosen: number | null;
}

/** Where a settlement came from when it is not this clerk's own: who settled it, when, and the audit's note on its source. */
export interface SettleOrigin {
  settledBy: string;
  settledAt: string;
  /** Added to every audit row the settlement writes (the exchange package it came in). */
  source: Record<string, unknown>;
  sourceNote: string;
}

/**
 * The checks of a settlement, on the period as it stands (`ctx.db` may be a transaction): the
 * finding still arises, the period is open, an explanation has a note, a correction touches only
 * the finding's cells and keeps figures non-negative, a chosen R6 figure is one of the two.
 */
export async function checkSettle(ctx: AppContext, s: SettleInput): Promise<SettlePlan> {
  await assertOpen(ctx, s.period);
  const current = await runReconcile(ctx, s.period);
  // A gone finding has nothing left to settle: it can only be reopened.
  const finding = current.findings.find((f) => f.key === s.key && !f.gone);
  if (!finding) throw new AppError('not_found', 'Điểm chênh lệch này không còn (số liệu đã thay đổi). Hãy tải lại danh sách.');
  const note = s.note?.trim() || null;
  if (s.action === 'explain' && !note) throw new AppError('invalid_input', 'Hãy ghi nội dung giải trình.');
  if (s.action === 'correct') {
    if (!s.corrections?.length) throw new AppError('invalid_input', 'Hãy nhập số liệu đúng.');
    if (!note) throw new AppError('invalid_input', 'Hãy ghi lý do sửa số liệu (ví dụ: đơn vị xác nhận qua điện thoại ngày …).');
    const allowed = new Set((finding.cells ?? []).map((c) => `${c.reportId}|${c.indicator}|${c.field}`));
    for (const c of s.corrections) {
      if (!allowed.has(`${c.reportId}|${c.indicator}|${c.field}`)) throw new AppError('invalid_input', `Ô ${c.indicator} không thuộc điểm chênh lệch này.`);
      if (c.value !== null && (!Number.isFinite(c.value) || c.value < 0)) throw new AppError('invalid_input', 'Số liệu phải là số không âm.');
    }
  }
  const chosen = s.action === 'accept' && finding.rule === 'R6' ? (s.chosenValue ?? null) : null;
  if (chosen !== null && !Object.values(finding.values).includes(chosen)) throw new AppError('invalid_input', 'Chỉ chọn được một trong các số liệu của hai đơn vị.');
  const status = STATUS_OF[s.action];
  return { finding, status, note, chosen };
}

/** Writes a checked settlement and its audit rows, inside the caller's transaction. */
export async function writeSettle(trx: Transaction<Database>, actor: Actor, s: SettleInput, plan: SettlePlan, origin?: SettleOrigin): Promise<void> {
  const { finding, note, chosen } = plan;
  const reason = (text: string | null) => (origin ? [text, origin.sourceNote].filter(Boolean).join(' — ') : text);
  for (const c of s.corrections ?? []) {
    const before = (await loadCell(trx, c.reportId, c.indicator, c.field)) ?? null;
    await insertCorrection(trx, { ...c, oldValue: before, newValue: c.value, reason: note!, findingKey: s.key, by: origin?.settledBy ?? actor.displayName });
    await writeAudit(trx, actor, { action: 'correct', entity: 'figure', entityKey: `${c.reportId}/${c.indicator}/${c.field}`, oldValue: before, newValue: origin ? { value: c.value, source: origin.source } : c.value, reason: reason(note) });
  }
  await recordSettlement(trx, actor, { finding, action: s.action, chosen, note, at: origin?.settledAt ?? new Date().toISOString() }, origin);
}

/**
 * Settles one finding: accept as is (optionally choosing the district's figure), correct
 * (new values stored beside the originals, which stay in the report), or explain with a note.
 */
export async function settleFinding(ctx: AppContext, s: SettleInput): Promise<FindingView> {
  const plan = await checkSettle(ctx, s);
  const actor = await ctx.actor();
  await ctx.db.transaction().execute((trx) => writeSettle(trx, actor, s, plan));
  const after = await runReconcile(ctx, s.period);
  const { finding, status, note } = plan;
  // A correction can make the finding disappear: then it is reported as corrected.
  return after.findings.find((f) => f.key === s.key) ?? { ...finding, status, note, settledBy: actor.displayName, settledAt: new Date().toISOString() };
}


/** The resolution and its audit row: one place, so settling one and settling many leave the same trail. */
async function recordSettlement(
  trx: Transaction<Database>,
  actor: Actor,
  s: { finding: FindingView; action: SettleAction; chosen: number | null; note: string | null; at: string },
  origin?: SettleOrigin,
): Promise<void> {
  const status = STATUS_OF[s.action];
  const reason = origin ? [s.note, origin.sourceNote].filter(Boolean).join(' — ') : s.note;
  await upsertResolution(trx, { key: s.finding.key, rule: s.finding.rule, status, chosenValue: s.chosen, note: s.note, settledBy: origin?.settledBy ?? actor.displayName, settledAt: s.at, period: s.finding.period });
  await writeAudit(trx, actor, { action: `settle_${s.action}`, entity: 'finding', entityKey: s.finding.key, oldValue: s.finding.status, newValue: { status, chosenValue: s.chosen, ...(origin ? { source: origin.source } : {}) }, reason });
}

export interface SettleManyInput {
  period: string;
  keys: string[];
  action: 'accept' | 'explain';
  note: string | null;
}

/**
 * One action with one note on a selection of findings of the same rule (ten R8 outliers explained
 * at once). All or nothing: one transaction, so a refusal leaves every finding as it was.
 */
export async function settleMany(ctx: AppContext, s: SettleManyInput): Promise<ReconcileView> {
  await assertOpen(ctx, s.period);
  const note = s.note?.trim() || null;
  if (s.action === 'explain' && !note) throw new AppError('invalid_input', 'Hãy ghi nội dung giải trình.');
  const current = await runReconcile(ctx, s.period);
  const byKey = new Map(current.findings.filter((f) => !f.gone && f.severity !== 'info').map((f) => [f.key, f]));
  const keys = [...new Set(s.keys)];
  const missing = keys.filter((k) => !byKey.has(k));
  if (missing.length) throw new AppError('not_found', `${missing.length} điểm đã chọn không còn (số liệu đã thay đổi). Hãy tải lại danh sách.`);
  const findings = keys.map((k) => byKey.get(k)!);
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  if (rules.length > 1) throw new AppError('invalid_input', `Chỉ xử lý cùng lúc được các điểm của một quy tắc; các điểm đã chọn thuộc ${rules.join(', ')}.`);
  const actor = await ctx.actor();
  const at = new Date().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const finding of findings) await recordSettlement(trx, actor, { finding, action: s.action, chosen: null, note, at });
  });
  return runReconcile(ctx, s.period);
}

async function loadCell(db: Kysely<Database> | Transaction<Database>, reportId: number, indicator: string, field: 'period' | 'ytd'): Promise<number | null> {
  const corrections = await correctionsFor(db, [reportId], indicator);
  const last = [...corrections].reverse().find((c) => c.field === field && c.is_current === 1);
  if (last) return last.new_value;
  const [orig] = await originalValues(db, [reportId], indicator);
  return orig ? (field === 'period' ? orig.period_value : orig.ytd_value) : null;
}

/**
 * Reopens a settled finding. A correction that settled it is withdrawn (kept as history, the
 * figure before it in force again, an audit row old → new): left in force, the rules would no
 * longer raise the finding, and "reopened" would make it vanish instead of standing open.
 */
export async function reopenFinding(ctx: AppContext, period: string, key: string, reason: string): Promise<void> {
  await assertOpen(ctx, period);
  const actor = await ctx.actor();
  const at = new Date().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const status = await resolutionStatus(trx, key);
    // Nothing to reopen: a second click, or another window reopened it first. No audit row for a non-change.
    if (status === null) throw new AppError('conflict', 'Điểm chênh lệch này đang mở (chưa xử lý hoặc đã được mở lại): không có gì để mở lại.');
    for (const w of await withdrawCorrectionsOf(trx, key, { by: actor.displayName, reason, at })) {
      await writeAudit(trx, actor, { action: 'withdraw_correction', entity: 'figure', entityKey: `${w.reportId}/${w.indicator}/${w.field}`, oldValue: w.withdrawnValue, newValue: w.restoredValue, reason });
    }
    await deleteResolution(trx, key);
    await writeAudit(trx, actor, { action: 'reopen', entity: 'finding', entityKey: key, oldValue: status, newValue: 'open', reason });
  });
}

export async function lockPeriod(ctx: AppContext, period: string, note: string | null): Promise<ReconcileView> {
  if (!(await getPeriod(ctx.db, period))) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  if (await getLock(ctx.db, period)) throw new AppError('conflict', `${periodName(period)} đã được chốt số liệu.`);
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await insertLock(trx, { period, lockedBy: actor.displayName, lockedAt: new Date().toISOString(), note });
    await writeAudit(trx, actor, { action: 'lock', entity: 'period', entityKey: period, oldValue: null, newValue: 'locked', reason: note });
  });
  return runReconcile(ctx, period);
}

export async function unlockPeriod(ctx: AppContext, period: string, reason: string): Promise<ReconcileView> {
  const lock = await getLock(ctx.db, period);
  if (!lock) throw new AppError('conflict', `${periodName(period)} chưa chốt số liệu.`);
  if (!reason.trim()) throw new AppError('invalid_input', 'Mở khóa kỳ phải ghi rõ lý do.');
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await deleteLock(trx, period);
    await writeAudit(trx, actor, { action: 'unlock', entity: 'period', entityKey: period, oldValue: lock, newValue: 'unlocked', reason });
  });
  return runReconcile(ctx, period);
}

/** Every version's figure and every correction of one indicator of one unit and period. */
export async function figureHistory(ctx: AppContext, q: { period: string; districtCode: string; unitType: UnitType; indicator: string }): Promise<FigureEvent[]> {
  const versions = await ctx.db
    .selectFrom('reports')
    .select(['id', 'version', 'is_current', 'imported_at', 'imported_by', 'file_name'])
    .where('period_code', '=', q.period)
    .where('district_code', '=', q.districtCode)
    .where('unit_type', '=', q.unitType)
    .orderBy('version')
    .execute();
  const ids = versions.map((v) => v.id);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const [orig, corrections] = await Promise.all([originalValues(ctx.db, ids, q.indicator), correctionsFor(ctx.db, ids, q.indicator)]);
  const events: FigureEvent[] = [];
  for (const o of orig) {
    const v = byId.get(o.report_id)!;
    for (const field of ['period', 'ytd'] as const) {
      events.push({ at: v.imported_at, kind: 'import', reportId: v.id, version: v.version, isCurrentVersion: v.is_current === 1, field, value: field === 'period' ? o.period_value : o.ytd_value, oldValue: null, by: v.imported_by, reason: null, fileName: v.file_name });
    }
  }
  for (const c of corrections) {
    const v = byId.get(c.report_id)!;
    events.push({ at: c.created_at, kind: 'correction', reportId: v.id, version: v.version, isCurrentVersion: v.is_current === 1, field: c.field, value: c.new_value, oldValue: c.old_value, by: c.created_by, reason: c.reason, fileName: v.file_name });
    if (c.withdrawn_at) {
      // The figure back in force is the one the correction had replaced.
      events.push({ at: c.withdrawn_at, kind: 'withdrawal', reportId: v.id, version: v.version, isCurrentVersion: v.is_current === 1, field: c.field, value: c.old_value, oldValue: c.new_value, by: c.withdrawn_by ?? '', reason: c.withdrawn_reason, fileName: v.file_name });
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export async function compareDistrict(ctx: AppContext, period: string, districtCode: string): Promise<DistrictComparison> {
  return compareDistrictReports(await loadReconcileInput(ctx, period), districtCode);
}

export const getReconcileSettings = loadReconcileSettings;

export async function saveReconcileSettings(ctx: AppContext, year: number, settings: ReconcileSettings): Promise<ReconcileSettings> {
  if (settings.dk03Min > settings.dk03Max) throw new AppError('invalid_input', 'Số mô hình tối thiểu không được lớn hơn tối đa.');
  const before = await loadReconcileSettings(ctx, year);
  if (JSON.stringify(before) === JSON.stringify(settings)) return settings;
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await setAppSetting(trx, settingsKey(year), JSON.stringify(settings));
    await writeAudit(trx, actor, { action: 'update', entity: 'reconcile_settings', entityKey: String(year), oldValue: before, newValue: settings });
  });
  return settings;
}
