import type { DocumentSettings } from './document-settings';
import type { ContentArea, District, Indicator, Period, PlanInfo, UnitType } from './plan';
import type { PeriodFigures, RuleId } from './reconcile';

export const DOCUMENT_KINDS = ['six-month', 'year', 'annex', 'annex-xlsx', 'quarter', 'reminder'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'six-month': 'Báo cáo sơ kết 6 tháng',
  year: 'Báo cáo tổng kết năm',
  annex: 'Phụ lục số liệu (Word)',
  'annex-xlsx': 'Phụ lục số liệu (Excel)',
  quarter: 'Báo cáo tổng hợp quý',
  reminder: 'Công văn đôn đốc',
};

/** Where a prose item comes from: a district unit's report of a period, or the province totals. */
export interface ProseSource {
  /** "Ban Dân vận huyện Bình Sơn", "Số liệu tổng hợp toàn tỉnh". */
  unit: string;
  /** Period code of the report the text was read from. */
  period: string;
}

/** One highlight or merged item the clerk may keep, edit or leave out. */
export interface ProseItem {
  text: string;
  chosen: boolean;
  sources: ProseSource[];
}

export const PROSE_LISTS = ['strengths', 'shortcomings', 'causes', 'tasks', 'proposals'] as const;
export type ProseList = (typeof PROSE_LISTS)[number];

/** The items the prose is written from, in the clerk's order; only the chosen ones are printed. */
export interface ProsePicks extends Record<ProseList, ProseItem[]> {
  highlights: Record<number, ProseItem[]>;
}

/** The prose parts a user writes or edits in the app (prefilled from the districts' narratives). */
export interface DocumentProse {
  /**
   * The items the parts below are composed from (shared/domain/prose-compose.ts). When present,
   * the printed text is made from the chosen items; drafts saved before items existed have none.
   */
  picks?: ProsePicks;
  /** Highlights per content area (area number → text, lines separated by "\n"). */
  highlights: Record<number, string>;
  /** II. Đánh giá: strengths, shortcomings, causes. */
  assessment: string;
  /** III. Nhiệm vụ thời gian tới. */
  tasks: string;
  /** IV. Đề xuất, kiến nghị. */
  proposals: string;
}

export interface ReminderUnit {
  districtCode: string;
  unitType: UnitType;
  unitName: string;
  status: 'missing' | 'late';
  /** Late: days between the due date and the day it arrived. Missing: days overdue up to the issue date. */
  daysLate: number | null;
}

/** One open finding as a draft's closing note names it. */
export interface DraftFinding {
  rule: RuleId;
  /** The unit (or district) the finding is about; empty for the province as a whole. */
  unit: string;
  /** The finding's message, cut short. */
  message: string;
}

/** Why a document is only a draft: what is still open in its period and the quarters in it. */
export interface DraftNote {
  /** Open findings by rule, in rule order. */
  counts: { rule: RuleId; count: number }[];
  total: number;
  /** The first few open findings. */
  first: DraftFinding[];
  /** Period codes (the document's own and its quarters) not locked yet. */
  unlocked: string[];
}

/** Everything a document is built from; the figures come only from the figures service. */
export interface DocumentInput {
  kind: DocumentKind;
  plan: PlanInfo;
  areas: ContentArea[];
  indicators: Indicator[];
  districts: District[];
  settings: DocumentSettings;
  period: Period;
  figures: PeriodFigures;
  /** The same period of the previous year, when its data exists (year-end comparison). */
  previous: PeriodFigures | null;
  prose: DocumentProse;
  /** The date printed after the place name (ISO). */
  issueDate: string;
  /** For the quarterly summary: which body issues and signs it. */
  body: UnitType;
  /** For the reminder letter. */
  reminder: { units: ReminderUnit[]; deadline: string } | null;
  /** Set for a draft: the mark "DỰ THẢO" on every page and this note at the end. */
  draft?: DraftNote | null;
  /**
   * The issue date, when reports of the period arrived after its due date: the figures then read
   * "tính đến ngày …" (reports received after the issue date are not in them).
   */
  figuresAsOf?: string | null;
}

/** A document as the preview shows it: its paragraphs and tables in order, with the looks that matter. */
export type PreviewBlock =
  | { type: 'p'; text: string; align: 'left' | 'center' | 'right' | 'both'; bold: boolean; italic: boolean; sizePt: number | null }
  | { type: 'table'; rows: string[][] }
  | { type: 'section' };

export interface DocumentWarnings {
  openFindings: number;
  missingUnits: string[];
  locked: boolean;
}

export interface DocumentDraft {
  kind: DocumentKind;
  period: string;
  prose: DocumentProse;
  savedAt: string | null;
  savedBy: string | null;
  warnings: DocumentWarnings;
  /** The earliest issue date allowed (the end of the period's data window) and the one suggested; null when the page must ask (a past plan year). */
  dates: IssueDates;
}

export interface IssueDates {
  earliest: string;
  suggested: string | null;
}
