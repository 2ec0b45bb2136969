import { DOCUMENT_KIND_LABELS, type DocumentDraft, type DocumentInput, type DocumentKind, type DocumentProse, type DocumentWarnings, type PreviewBlock, type ReminderUnit } from '../../shared/domain/documents';
import type { SavedFiles } from '../../shared/domain/app';
import { NARRATIVE_KEYS, type NarrativeKey } from '../../shared/domain/form';
import { parsePeriodCode, periodName, quartersOf } from '../../shared/domain/periods';
import type { PlanBundle, UnitType } from '../../shared/domain/plan';
import { addDaysIso, localIsoDate, dateVi } from '../../shared/dates';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { writeAudit } from '../db/queries/audit';
import { currentNarratives, getDraft, saveDraft } from '../db/queries/documents';
import { getPeriod } from '../db/queries/plan';
import type { FileSink } from '../files/sink';
import { getDocumentSettings, getPlanBundle } from '../plan/service';
import { periodFigures, periodState, type PeriodState } from '../reconcile/service';
import { buildDocument, documentExtension } from './index';
import { prefillProse } from './prefill';
import { withheldNarratives } from './withheld';
import { hasFigures } from './year-over-year';
import { previewDocx } from './preview';

export interface DocumentRequest {
  kind: DocumentKind;
  period: string;
  /** Printed after the place name; defaults to today. */
  issueDate?: string;
  /** Quarterly summary: which body issues it. */
  body?: UnitType;
  /** Reminder letter: the date units must report by; defaults to a week after the issue date. */
  deadline?: string;
}


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

async function prefill(ctx: AppContext, period: string, bundle: PlanBundle): Promise<DocumentProse> {
  const p = parsePeriodCode(period)!;
  const quarters = quartersOf(p.kind).map((q) => `${p.year}-${q}`);
  const rows = await currentNarratives(ctx.db, [...new Set([...quarters, period])]);
  const narratives = rows
    .filter((r): r is typeof r & { key: NarrativeKey } => (NARRATIVE_KEYS as readonly string[]).includes(r.key))
    .filter((r) => !withheldNarratives(r.findings_json).has(r.key))
    .map((r) => ({ districtCode: r.district_code, unitType: r.unit_type, key: r.key, text: r.text }));
  return prefillProse({ areas: bundle.areas, indicators: bundle.indicators, districts: bundle.districts, narratives });
}

/** The prose of a document: as the user saved it, or prefilled from the districts' narratives. */
export async function getDraftFor(ctx: AppContext, kind: DocumentKind, period: string): Promise<DocumentDraft> {
  assertKindFits(kind, period);
  const found = await getPeriod(ctx.db, period);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const bundle = await getPlanBundle(ctx, found.year);
  const [draft, state] = await Promise.all([proseFor(ctx, kind, period, bundle), periodState(ctx, period)]);
  return { kind, period, ...draft, warnings: warnings(state, bundle) };
}

export async function saveDraftFor(ctx: AppContext, kind: DocumentKind, period: string, prose: DocumentProse): Promise<DocumentDraft> {
  assertKindFits(kind, period);
  if (!(await getPeriod(ctx.db, period))) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const before = await getDraft(ctx.db, kind, period);
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    await saveDraft(trx, { kind, period, proseJson: JSON.stringify(prose), by: actor.displayName });
    await writeAudit(trx, actor, { action: before ? 'update' : 'create', entity: 'document_draft', entityKey: `${kind}/${period}`, oldValue: before ? JSON.parse(before.prose_json) : null, newValue: prose });
  });
  return getDraftFor(ctx, kind, period);
}

/**
 * A document of a plan year cannot be dated before that year's first data window, nor give a
 * deadline before its own date. (A later date is allowed: a report is often dated for its signing.)
 */
function checkDocumentDates(year: number, periods: { windowStart: string }[], issueDate: string, deadline: string | undefined): void {
  const first = periods.map((p) => p.windowStart).sort()[0];
  if (first && issueDate < first) {
    throw new AppError('invalid_input', `Ngày văn bản ${dateVi(issueDate)} ở trước ngày bắt đầu kỳ số liệu đầu tiên của kế hoạch năm ${year} (${dateVi(first)}): hãy kiểm tra lại ngày văn bản.`);
  }
  if (deadline !== undefined && deadline < issueDate) {
    throw new AppError('invalid_input', `Hạn gửi ${dateVi(deadline)} ở trước ngày văn bản ${dateVi(issueDate)}: hãy kiểm tra lại hạn gửi.`);
  }
}

/** Everything one document is built from; its numbers come only from the figures service. */
export async function documentInput(ctx: AppContext, req: DocumentRequest): Promise<DocumentInput> {
  assertKindFits(req.kind, req.period);
  const found = await getPeriod(ctx.db, req.period);
  if (!found) throw new AppError('not_found', `Không có kỳ báo cáo ${req.period}.`);
  const { year, ...period } = found;
  const bundle = await getPlanBundle(ctx, year);
  // The period is read once: its figures, and for a reminder its completeness, come from one state.
  const [settings, state, draft] = await Promise.all([getDocumentSettings(ctx, year), periodState(ctx, req.period), proseFor(ctx, req.kind, req.period, bundle)]);
  const figures = state.figures;
  const previousPeriod = `${year - 1}-${period.kind}`;
  const previous = (await getPeriod(ctx.db, previousPeriod)) ? await periodFigures(ctx, previousPeriod) : null;
  const issueDate = req.issueDate ?? localIsoDate();
  checkDocumentDates(year, bundle.periods, issueDate, req.deadline);
  let reminder: DocumentInput['reminder'] = null;
  if (req.kind === 'reminder') {
    const units: ReminderUnit[] = state.view.completeness
      .filter((c) => c.status !== 'on_time')
      .map((c) => ({
        districtCode: c.districtCode,
        unitType: c.unitType,
        unitName: unitName(bundle, c.districtCode, c.unitType),
        status: c.status === 'late' ? 'late' : 'missing',
        daysLate: c.daysLate,
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
  return `${names[req.kind]}.${ext}`;
}

export async function buildRequested(ctx: AppContext, req: DocumentRequest): Promise<Uint8Array> {
  return buildDocument(await documentInput(ctx, req));
}

export async function exportDocument(ctx: AppContext, sink: FileSink, req: DocumentRequest): Promise<SavedFiles> {
  const bytes = await buildRequested(ctx, req);
  const path = await sink.saveFile(documentFileName(req), bytes);
  if (path) await writeAudit(ctx.db, await ctx.actor(), { action: 'export', entity: 'document', entityKey: `${req.kind}/${req.period}`, oldValue: null, newValue: path });
  return { path, count: path ? 1 : 0 };
}

export async function previewDocument(ctx: AppContext, req: DocumentRequest): Promise<PreviewBlock[]> {
  // The Excel annex has the same table as the Word one: preview that.
  const kind = req.kind === 'annex-xlsx' ? 'annex' : req.kind;
  return previewDocx(await buildRequested(ctx, { ...req, kind }));
}
