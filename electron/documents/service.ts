import { DOCUMENT_KIND_LABELS, type DocumentDraft, type IssueDates, type DocumentInput, type DocumentKind, type DocumentProse, type DocumentWarnings, type PreviewBlock, type ReminderUnit } from '../../shared/domain/documents';
import type { SavedFiles } from '../../shared/domain/app';
import type { ParsedInputOf } from '../../shared/contract';
import { NARRATIVE_KEYS, type NarrativeKey } from '../../shared/domain/form';
import { parsePeriodCode, periodName, quartersOf } from '../../shared/domain/periods';
import type { PlanBundle, UnitType } from '../../shared/domain/plan';
import type { ReconcileView } from '../../shared/domain/reconcile';
import { addDaysIso, localIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { writeAudit } from '../db/queries/audit';
import { currentNarratives, getDraft, saveDraft } from '../db/queries/documents';
import { getPeriod } from '../db/queries/plan';
import type { FileSink } from '../files/sink';
import { getDocumentSettings, getPlanBundle } from '../plan/service';
import { periodFigures, periodState, type PeriodState } from '../reconcile/service';
import { daysBetween } from '../reconcile/rules/r1-completeness';
import { draftFileName } from './draft-mark';
import { draftNote, isGated, isSettled, refusal } from './gate';
import { buildDocument, documentExtension } from './index';
import { issueDates, resolveIssueDate } from './issue-date';
import { prefillProse } from './prefill';
import { withComposedText } from '../../shared/domain/prose-compose';
import { withheldNarratives } from './withheld';
import { hasFigures } from './year-over-year';
import { previewDocx } from './preview';
import { savedFiles } from '../files/saved';

/** A document asked for: the input of documents.preview and documents.export, as the contract parsed it. */
export type DocumentRequest = ParsedInputOf<'documents.export'>;


/** Which periods each kind is written for. */
function assertKindFits(kind: DocumentKind, period: string): void {
  const p = parsePeriodCode(period);
  const ok = !!p && (kind === 'six-month' ? p.kind === 'H1' : kind === 'year' ? p.kind === 'Y' : kind === 'quarter' || kind === 'reminder' ? p.kind.startsWith('Q') : true);
  if (!ok) {
    const need = kind === 'six-month' ? '6 tháng đầu năm' : kind === 'year' ? 'cả năm' : 'một quý';
    throw new AppError('invalid_input', `${DOCUMENT_KIND_LABELS[kind]} lập cho kỳ ${need}, không lập cho ${periodName(period)}.`);
  }
}

const unitName = (bundle: PlanBundle, code: string, type: UnitType) => bundle.units.find((u) => u.districtCode === code && u.unitType === type)?.name ?? `${code}-${type}`;

function warnings(state: PeriodState, bundle: PlanBundle): DocumentWarnings {
  const { figures, view } = state;
  return { openFindings: figures.openFindings, missingUnits: figures.missing.map((m) => unitName(bundle, m.districtCode, m.unitType)), locked: view.lock !== null };
}

async function proseFor(ctx: AppContext, kind: DocumentKind, period: string, bundle: PlanBundle) {
  const saved = await getDraft(ctx.db, kind, period);
  const prose = saved ? (JSON.parse(saved.prose_json) as DocumentProse) : await prefill(ctx, period, bundle);
  return { prose, savedAt: saved?.updated_at ?? null, savedBy: saved?.updated_by ?? null };
}

/** Province totals of the same kind of period a year earlier, when that year is in the product and reported. */
async function previousTotals(ctx: AppContext, period: string) {
  const p = parsePeriodCode(period)!;
  const code = `${p.year - 1}-${p.kind}`;
  if (!(await getPeriod(ctx.db, code))) return null;
  const figures = await periodFigures(ctx, code);
  // A half year or a year is built from its quarters (no report of its own): its figures decide.
  return hasFigures(figures) ? { totals: figures.province.byIndicator, period: code } : null;
}

async function prefill(ctx: AppContext, period: string, bundle: PlanBundle): Promise<DocumentProse> {
  const p = parsePeriodCode(period)!;
  const quarters = quartersOf(p.kind).map((q) => `${p.year}-${q}`);
  const rows = await currentNarratives(ctx.db, [...new Set([...quarters, period])]);
  const narratives = rows
    .filter((r): r is typeof r & { key: NarrativeKey } => (NARRATIVE_KEYS as readonly string[]).includes(r.key))
    .filter((r) => !withheldNarratives(r.findings_json).has(r.key))
    .map((r) => ({ districtCode: r.district_code, unitType: r.unit_type, key: r.key, text: r.text, period: r.period_code }));
  const [settings, figures, previous] = await Promise.all([getDocumentSettings(ctx, p.year), periodFigures(ctx, period), previousTotals(ctx, period)]);
  return prefillProse({
    areas: bundle.areas,
    indicators: bundle.indicators,
    districts: bundle.districts,
    narratives,
    period,
    highlightsPerArea: settings.highlightsPerArea,
    totals: figures.province.byIndicator,
    previous,
  });
}

/** The prose of a document: as the user saved it, or prefilled from the districts' narratives. */
export async function getDraftFor(ctx: AppContext, kind: DocumentKind, period: string): Promise<DocumentDraft> {
  assertKindFits(kind, period);
  const found = await getPeriod(ctx.db, period);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const bundle = await getPlanBundle(ctx, found.year);
  const [draft, state] = await Promise.all([proseFor(ctx, kind, period, bundle), periodState(ctx, period)]);
  return { kind, period, ...draft, warnings: warnings(state, bundle), dates: issueDates(found, bundle.periods, localIsoDate()) };
}

export async function saveDraftFor(ctx: AppContext, kind: DocumentKind, period: string, prose: DocumentProse): Promise<DocumentDraft> {
  assertKindFits(kind, period);
  if (!(await getPeriod(ctx.db, period))) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const before = await getDraft(ctx.db, kind, period);
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    // With items, the printed text is made from the ticked ones: what is saved cannot disagree with them.
    const composed = withComposedText(prose);
    await saveDraft(trx, { kind, period, proseJson: JSON.stringify(composed), by: actor.displayName });
    await writeAudit(trx, actor, { action: before ? 'update' : 'create', entity: 'document_draft', entityKey: `${kind}/${period}`, oldValue: before ? JSON.parse(before.prose_json) : null, newValue: composed });
  });
  return getDraftFor(ctx, kind, period);
}

/** The earliest and the suggested issue date of a period's documents (null: the clerk must give one). */
export async function documentDates(ctx: AppContext, period: string): Promise<IssueDates> {
  const found = await getPeriod(ctx.db, period);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const bundle = await getPlanBundle(ctx, found.year);
  return issueDates(found, bundle.periods, localIsoDate());
}

/** The periods whose findings and lock a document depends on: its own and the quarters in it. */
async function gateViews(ctx: AppContext, period: string, own: PeriodState, asOf: string): Promise<ReconcileView[]> {
  const p = parsePeriodCode(period)!;
  const quarters = p.kind.startsWith('Q') ? [] : quartersOf(p.kind).map((q) => `${p.year}-${q}`);
  const views = await Promise.all(quarters.map(async (q) => (await periodState(ctx, q, { asOf })).view));
  return [...views, own.view];
}

/** Figures read "tính đến ngày …" when, on the issue date, a report came in late or is still awaited. */
function figuresAsOf(state: PeriodState, issueDate: string, dueDate: string): string | null {
  const rows = state.view.completeness;
  return rows.some((c) => c.status === 'late') || (issueDate > dueDate && rows.some((c) => c.status === 'missing')) ? issueDate : null;
}

/**
 * Everything one document is built from, as of its issue date; its numbers come only from the
 * figures service. `gate`: refuse a final document whose figures are not settled (see gate.ts).
 */
export async function documentInput(ctx: AppContext, req: DocumentRequest, options: { gate?: boolean } = {}): Promise<DocumentInput> {
  assertKindFits(req.kind, req.period);
  const found = await getPeriod(ctx.db, req.period);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${req.period}.`);
  const { year, ...period } = found;
  const bundle = await getPlanBundle(ctx, year);
  const issueDate = resolveIssueDate(period, year, issueDates(period, bundle.periods, localIsoDate()), req.issueDate, req.deadline);
  // The period is read once, as of the issue date: its figures, findings and completeness come from one state.
  const [settings, state, draft] = await Promise.all([getDocumentSettings(ctx, year), periodState(ctx, req.period, { asOf: issueDate }), proseFor(ctx, req.kind, req.period, bundle)]);
  // The note is what the gate weighs and what a draft prints: a plain preview needs neither.
  const note = (options.gate && isGated(req.kind)) || req.draft ? draftNote(await gateViews(ctx, req.period, state, issueDate), bundle.districts) : null;
  if (options.gate && isGated(req.kind) && !req.draft && note && !isSettled(note)) throw refusal(req.kind, req.period, note);
  const figures = state.figures;
  const previousPeriod = `${year - 1}-${period.kind}`;
  const previous = (await getPeriod(ctx.db, previousPeriod)) ? await periodFigures(ctx, previousPeriod) : null;
  let reminder: DocumentInput['reminder'] = null;
  if (req.kind === 'reminder') {
    const units: ReminderUnit[] = state.view.completeness
      .filter((c) => c.status !== 'on_time')
      .map((c) => ({
        districtCode: c.districtCode,
        unitType: c.unitType,
        unitName: unitName(bundle, c.districtCode, c.unitType),
        status: c.status === 'late' ? 'late' : 'missing',
        // A report still awaited is late by the days up to the letter's date, not by some later day.
        daysLate: c.status === 'late' ? c.daysLate : Math.max(0, daysBetween(period.dueDate, issueDate)),
      }));
    if (!units.length) throw new AppError('conflict', `Tất cả 26 đơn vị đã gửi báo cáo ${periodName(req.period)} đúng hạn: không cần công văn đôn đốc.`);
    reminder = { units, deadline: req.deadline ?? addDaysIso(issueDate, 7) };
  }
  return {
    kind: req.kind,
    plan: bundle.plan,
    areas: bundle.areas,
    indicators: bundle.indicators,
    districts: bundle.districts,
    settings,
    period,
    figures,
    previous: previous && hasFigures(previous) ? previous : null,
    prose: draft.prose,
    issueDate,
    body: req.body ?? 'BDV',
    reminder,
    draft: req.draft ? note : null,
    figuresAsOf: figuresAsOf(state, issueDate, period.dueDate),
  };
}

export function documentFileName(req: DocumentRequest): string {
  const when = periodName(req.period);
  const ext = documentExtension(req.kind);
  const names: Record<DocumentKind, string> = {
    'six-month': `Báo cáo sơ kết ${when}`,
    year: `Báo cáo tổng kết ${when}`,
    annex: `Phụ lục số liệu ${when}`,
    'annex-xlsx': `Phụ lục số liệu ${when}`,
    quarter: `Báo cáo tổng hợp ${when} - ${req.body === 'QS' ? 'Bộ CHQS tỉnh' : 'Ban Dân vận Tỉnh ủy'}`,
    reminder: `Công văn đôn đốc báo cáo ${when}`,
  };
  const name = `${names[req.kind]}.${ext}`;
  return req.draft ? draftFileName(name) : name;
}

/** The bytes of a document to save: a final one only when its figures are settled, else a draft if asked. */
export async function buildRequested(ctx: AppContext, req: DocumentRequest): Promise<Uint8Array> {
  return buildDocument(await documentInput(ctx, req, { gate: true }));
}

export async function exportDocument(ctx: AppContext, sink: FileSink, req: DocumentRequest): Promise<SavedFiles> {
  const bytes = await buildRequested(ctx, req);
  const path = await sink.saveFile(documentFileName(req), bytes);
  if (path) await writeAudit(ctx.db, await ctx.actor(), { action: 'export', entity: 'document', entityKey: `${req.kind}/${req.period}`, oldValue: null, newValue: path });
  return savedFiles(sink, path, path ? [path] : []);
}

export async function previewDocument(ctx: AppContext, req: DocumentRequest): Promise<PreviewBlock[]> {
  // The Excel annex has the same table as the Word one: preview that.
  const kind = req.kind === 'annex-xlsx' ? 'annex' : req.kind;
  // A preview is for reading before settling: never refused, marked only when a draft is asked.
  return previewDocx(await buildDocument(await documentInput(ctx, { ...req, kind })));
}
