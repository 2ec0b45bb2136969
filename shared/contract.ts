import { z } from './zod';
import type { AuditEntryView, AppInfo, BackupFile, RestoreInfo, SavedFiles } from './domain/app';
import { AUDIT_KINDS } from './domain/audit-sentence';
import { DOCUMENT_KINDS, type DocumentDraft, type PreviewBlock } from './domain/documents';
import type { ReportSummary, SavedReport, StagedFile } from './domain/import';
import type { DistrictComparison, FigureEvent, FindingView, PeriodFigures, ReconcileSettings, ReconcileView } from './domain/reconcile';
import { ReconcileSettingsSchema } from './domain/reconcile-settings';
import { DocumentSettings } from './domain/document-settings';
import { ContentArea, District, Indicator, Period, PlanInfo, UnitType, Year, type PlanBundle, type PlanSummary } from './domain/plan';
import type { CopyPreview } from './domain/year-rename';
import type { ExchangeConflict, ExchangeImportResult, ExchangePreview, ExchangeSettings } from './domain/exchange';
import { MAX_FILE_BASE64, MAX_FILE_NAME_CHARS, MAX_NARRATIVE_CHARS, MAX_NOTE_CHARS } from './limits';
import type { Result } from './result';
import { IsoDate } from './date-schema';

/**
 * The one contract between the renderer and the services: every channel, the zod schema its
 * input is validated against (from `unknown`), its result type, and whether it changes stored data
 * (every channel that does must write an audit row).
 */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  mutates: boolean;
  /** Phantom: carries the result type, never read at run time. */
  output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, mutates: boolean): ChannelDef<I, O> => ({ input, mutates });

const none = z.strictObject({});
const PeriodCode = z.string().regex(/^\d{4}-(Q[1-4]|H1|Y)$/, 'Kỳ báo cáo có dạng 2021-Q2, 2021-H1 hoặc 2021-Y');
const StagingId = z.uuid('Mã tệp đã nạp không hợp lệ');
const Note = z.string().trim().max(MAX_NOTE_CHARS, `Tối đa ${MAX_NOTE_CHARS} ký tự`);
const Prose = z.string().max(MAX_NARRATIVE_CHARS, `Mỗi phần tối đa ${MAX_NARRATIVE_CHARS} ký tự`);
/**
 * A content area's number as a record key. JSON makes every key a string; zod reads "3" (and "03")
 * back as the number 3, so the domain's Record<number, …> holds from the schema on.
 */
const AreaKey = z.number({ error: 'Mã nội dung là số' }).int('Mã nội dung là số').min(0).max(99, 'Mã nội dung là số');
const ProseItem = z.strictObject({
  text: z.string().max(2_000, 'Mỗi mục tối đa 2.000 ký tự'),
  chosen: z.boolean(),
  sources: z.array(z.strictObject({ unit: z.string().max(200), period: z.string().max(10) })).max(60),
});
const ProseItems = z.array(ProseItem).max(100);
const ProsePicks = z.strictObject({
  highlights: z.record(AreaKey, ProseItems),
  strengths: ProseItems,
  shortcomings: ProseItems,
  causes: ProseItems,
  tasks: ProseItems,
  proposals: ProseItems,
});
const DocumentProse = z.strictObject({
  picks: ProsePicks.optional(),
  highlights: z.record(AreaKey, Prose),
  assessment: Prose,
  tasks: Prose,
  proposals: Prose,
});
const DocumentRequest = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  period: PeriodCode,
  /** Printed after the place name; defaults to today. */
  issueDate: IsoDate.optional(),
  /** Quarterly summary: which body issues it. */
  body: UnitType.optional(),
  /** Reminder letter: the date units must report by; defaults to a week after the issue date. */
  deadline: IsoDate.optional(),
  /** Write it although the figures are not settled: marked "DỰ THẢO", the open findings listed at the end. */
  draft: z.boolean().optional(),
});
const Identity = z.strictObject({ districtCode: z.string().regex(/^\d{3}$/), unitType: UnitType, period: PeriodCode });
const yearOnly = z.strictObject({ year: Year });
/** An exchange package as the renderer hands it over: its bytes, like a workbook to import.stage. */
const PackageFile = z.strictObject({
  fileName: z.string().min(1).max(MAX_FILE_NAME_CHARS),
  dataBase64: z.string().max(MAX_FILE_BASE64, 'Gói quá lớn (tối đa 20 MB)'),
  /** The plan year the clerk means: a package of another year is refused. */
  year: Year.optional(),
});

export const contract = {
  'app.info': channel<AppInfo>()(none, false),
  'app.setDisplayName': channel<AppInfo>()(z.strictObject({ displayName: z.string().trim().min(1).max(100) }), true),

  'plan.list': channel<PlanSummary[]>()(none, false),
  'plan.get': channel<PlanBundle>()(yearOnly, false),
  'plan.saveInfo': channel<PlanInfo>()(z.strictObject({ plan: PlanInfo }), true),
  'plan.saveArea': channel<ContentArea>()(z.strictObject({ year: Year, area: ContentArea }), true),
  'plan.saveIndicator': channel<Indicator>()(z.strictObject({ year: Year, indicator: Indicator }), true),
  'plan.saveDistrict': channel<District>()(z.strictObject({ year: Year, district: District }), true),
  'plan.savePeriod': channel<Period>()(z.strictObject({ period: Period }), true),
  'plan.copy': channel<PlanBundle>()(z.strictObject({ fromYear: Year, toYear: Year, renameYear: z.boolean().optional() }), true),
  'plan.copyPreview': channel<CopyPreview>()(z.strictObject({ fromYear: Year, toYear: Year }), false),

  'settings.getDocument': channel<DocumentSettings>()(yearOnly, false),
  'settings.saveDocument': channel<DocumentSettings>()(z.strictObject({ year: Year, settings: DocumentSettings }), true),

  'import.stage': channel<StagedFile>()(
    z.strictObject({
      fileName: z.string().min(1).max(MAX_FILE_NAME_CHARS),
      dataBase64: z.string().max(MAX_FILE_BASE64, 'Tệp quá lớn (tối đa 20 MB)'),
      year: Year.optional(),
    }),
    false,
  ),
  // force: the clerk confirmed a second time a choice against what the file states for certain.
  'import.confirm': channel<StagedFile>()(z.strictObject({ stagingId: StagingId, identity: Identity, force: z.boolean().optional() }), false),
  'import.save': channel<SavedReport>()(z.strictObject({ stagingId: StagingId, receivedDate: IsoDate.optional() }), true),
  'import.drop': channel<null>()(z.strictObject({ stagingId: StagingId }), false),
  'import.refresh': channel<StagedFile[]>()(
    z.strictObject({ items: z.array(z.strictObject({ stagingId: StagingId, receivedDate: IsoDate.optional() })).max(500) }),
    false,
  ),
  'import.choose': channel<StagedFile>()(z.strictObject({ stagingId: StagingId, use: z.enum(['current', 'history']) }), false),
  'reports.list': channel<ReportSummary[]>()(z.strictObject({ year: Year, period: PeriodCode.optional() }), false),
  'template.save': channel<SavedFiles>()(
    z.strictObject({ period: PeriodCode, unit: z.union([z.literal('all'), z.string().regex(/^\d{3}-(BDV|QS)$/, 'Đơn vị báo cáo có dạng 524-BDV')]) }),
    false,
  ),

  'reconcile.run': channel<ReconcileView>()(z.strictObject({ period: PeriodCode }), false),
  'reconcile.settle': channel<FindingView>()(
    z.strictObject({
      period: PeriodCode,
      key: z.string().min(1).max(300),
      action: z.enum(['accept', 'correct', 'explain']),
      note: Note.nullable(),
      chosenValue: z.number().finite().nullable().optional(),
      corrections: z
        .array(z.strictObject({ reportId: z.number().int().positive(), indicator: z.string().regex(/^[A-Z]{2}\d{2}$/), field: z.enum(['period', 'ytd']), value: z.number().finite().min(0).nullable() }))
        .max(50)
        .optional(),
    }),
    true,
  ),
  'reconcile.settleMany': channel<ReconcileView>()(
    z.strictObject({ period: PeriodCode, keys: z.array(z.string().min(1).max(300)).min(1, 'Hãy chọn ít nhất một điểm').max(500, 'Tối đa 500 điểm một lần'), action: z.enum(['accept', 'explain']), note: Note.nullable() }),
    true,
  ),
  'reconcile.reopen': channel<null>()(z.strictObject({ period: PeriodCode, key: z.string().min(1).max(300), reason: Note.min(1) }), true),
  'reconcile.lock': channel<ReconcileView>()(z.strictObject({ period: PeriodCode, note: Note.nullable() }), true),
  'reconcile.unlock': channel<ReconcileView>()(z.strictObject({ period: PeriodCode, reason: Note.min(1, 'Hãy ghi lý do mở khóa') }), true),
  'reconcile.history': channel<FigureEvent[]>()(
    z.strictObject({ period: PeriodCode, districtCode: z.string().regex(/^\d{3}$/), unitType: UnitType, indicator: z.string().regex(/^[A-Z]{2}\d{2}$/) }),
    false,
  ),
  'reconcile.compare': channel<DistrictComparison>()(z.strictObject({ period: PeriodCode, districtCode: z.string().regex(/^\d{3}$/) }), false),
  'reconcile.getSettings': channel<ReconcileSettings>()(yearOnly, false),
  'reconcile.saveSettings': channel<ReconcileSettings>()(z.strictObject({ year: Year, settings: ReconcileSettingsSchema }), true),
  'figures.get': channel<PeriodFigures>()(z.strictObject({ period: PeriodCode }), false),

  'documents.draft': channel<DocumentDraft>()(z.strictObject({ kind: z.enum(DOCUMENT_KINDS), period: PeriodCode }), false),
  'documents.saveDraft': channel<DocumentDraft>()(z.strictObject({ kind: z.enum(DOCUMENT_KINDS), period: PeriodCode, prose: DocumentProse }), true),
  'documents.preview': channel<PreviewBlock[]>()(DocumentRequest, false),
  'documents.export': channel<SavedFiles>()(DocumentRequest, false),

  // Electron only, and only inside the output folder (electron/files/open.ts checks the path).
  'files.open': channel<null>()(z.strictObject({ path: z.string().min(1).max(4_000), reveal: z.boolean().optional() }), false),

  'backup.create': channel<BackupFile>()(none, true),
  'backup.list': channel<BackupFile[]>()(none, false),
  'backup.restore': channel<RestoreInfo>()(z.strictObject({ name: z.string().regex(/^[\w.-]{1,120}\.db$/, 'Chỉ khôi phục từ một bản sao lưu trong danh sách') }), true),
  'backup.setKeep': channel<number>()(z.strictObject({ keep: z.number().int().min(1).max(365) }), true),

  'exchange.export': channel<SavedFiles>()(z.strictObject({ year: Year, period: PeriodCode.optional() }), false),
  'exchange.preview': channel<ExchangePreview>()(PackageFile, false),
  'exchange.import': channel<ExchangeImportResult>()(PackageFile, true),
  'exchange.conflicts': channel<ExchangeConflict[]>()(z.union([z.strictObject({ year: Year }), z.strictObject({ period: PeriodCode })]), false),
  'exchange.resolve': channel<ExchangeConflict>()(z.strictObject({ id: z.number().int().positive(), choose: z.enum(['ours', 'theirs']) }), true),
  'exchange.getSettings': channel<ExchangeSettings>()(none, false),
  'exchange.saveSettings': channel<ExchangeSettings>()(
    z.strictObject({
      section: UnitType.optional(),
      /** A new shared passphrase (kept in this PC's database: HMAC needs it as it is); null removes it. */
      passphrase: z.string().min(8, 'Cụm mật khẩu dùng chung cần ít nhất 8 ký tự').max(200).nullable().optional(),
    }),
    true,
  ),

  'audit.list': channel<AuditEntryView[]>()(
    z.strictObject({
      entity: z.string().max(40).optional(),
      kind: z.enum(AUDIT_KINDS).optional(),
      period: PeriodCode.optional(),
      unit: z.string().regex(/^\d{3}(-(BDV|QS))?$/).optional(),
      person: z.string().max(100).optional(),
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
    false,
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

/** What the renderer calls: one function per channel, the same in Electron and in the browser. */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
