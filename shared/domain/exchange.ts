import type { UnitType } from './plan';

/**
 * The exchange package between the two advisory sections: what it says about itself, what
 * importing it would do on this PC, and the conflicts kept for the clerk to choose.
 */

/** The section of this PC: the Board's "Phòng Dân vận Chính quyền và Đoàn thể" or the Command's "Phòng Chính trị". */
export type ExchangeSection = UnitType;

export const SECTION_LABELS: Record<ExchangeSection, string> = {
  BDV: 'Phòng Dân vận Chính quyền và Đoàn thể',
  QS: 'Phòng Chính trị',
};

/** The package file's own extension: "Phối hợp Dân vận – trao đổi dữ liệu". */
export const PACKAGE_EXTENSION = '.pdvtd';

export interface ExchangeSettings {
  /** Null until the clerk says which section this PC belongs to (Cài đặt → Trao đổi dữ liệu). */
  section: ExchangeSection | null;
  sectionLabel: string | null;
  /** A shared passphrase is set: packages are signed with it and packages without it are refused. */
  hasPassphrase: boolean;
}

/** What a package says about itself, once its integrity is checked. */
export interface PackageInfo {
  id: string;
  fileName: string;
  /** sha256 of the whole package file. */
  sha256: string;
  formatVersion: number;
  schemaVersion: string;
  planYear: number;
  period: string | null;
  section: ExchangeSection;
  sectionLabel: string;
  createdAt: string;
  createdBy: string;
  /** Signed with the shared passphrase of this PC. */
  authenticated: boolean;
}

export interface ReportRef {
  period: string;
  districtCode: string;
  unitType: UnitType;
  version: number;
  fileName: string;
  sha256: string;
  receivedDate: string;
  reportDate: string | null;
}

/**
 * What a report of the package becomes here: the same statuses as an import, or held back.
 * workbook_differs: its original workbook, parsed here, does not give the figures the package
 * states (or could not be read here): not saved, kept as a conflict naming each figure's cell.
 */
export type IncomingReportOutcome = 'accepted' | 'new_version' | 'superseded' | 'duplicate' | 'tie' | 'locked' | 'unknown_slot' | 'workbook_differs';

export interface IncomingReport extends ReportRef {
  outcome: IncomingReportOutcome;
  /** Why, in the clerk's words (the version rule, the lock). */
  message: string;
}

export interface SettlementLine {
  period: string;
  key: string;
  rule: string;
  status: 'accepted' | 'corrected' | 'explained';
  note: string | null;
  chosenValue: number | null;
  settledBy: string;
  settledAt: string;
  corrections: { sha256: string; indicator: string; field: 'period' | 'ytd'; value: number | null }[];
}

export type SettlementOutcome = 'applied' | 'agree' | 'conflict' | 'skipped';

export interface SettlementResult {
  theirs: SettlementLine;
  /** This PC's settlement of the same finding, when there is one. */
  ours: SettlementLine | null;
  outcome: SettlementOutcome;
  /** For skipped: why (the finding does not arise here, the period is locked here, …). */
  message: string | null;
}

export interface LockLine {
  period: string;
  lockedBy: string;
  lockedAt: string;
  note: string | null;
}

export interface LockResult {
  period: string;
  /** in_package: applied here; here_only: this PC locked it, the package did not; both; held: not applied (why in message). */
  outcome: 'applied' | 'both' | 'here_only' | 'held';
  theirs: LockLine | null;
  ours: LockLine | null;
  message: string | null;
}

export type ConflictKind = 'settlement' | 'plan' | 'draft' | 'report';

/** One difference of the plan year (catalogue, units, periods, settings): never applied silently. */
export interface PlanDifference {
  what: 'plan' | 'area' | 'indicator' | 'district' | 'period' | 'document_settings' | 'reconcile_settings';
  key: string;
  /** The fields that differ. */
  fields: string[];
  ours: unknown;
  theirs: unknown;
}

export interface DraftResult {
  kind: string;
  period: string;
  outcome: 'applied' | 'agree' | 'conflict';
}

export interface ExchangeConflict {
  id: number;
  kind: ConflictKind;
  planYear: number;
  period: string | null;
  /** The finding key, or "indicator/DK01", "draft/six-month/2021-H1", "report/2021-Q2/524-BDV". */
  key: string;
  ours: unknown;
  theirs: unknown;
  packageId: string;
  packageFile: string;
  section: ExchangeSection;
  /** "Khác với bên Phòng Chính trị": the heading Đối chiếu shows above both versions. */
  label: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  choice: 'ours' | 'theirs' | null;
}

/** What importing the package does (or, in a preview, would do) on this PC. */
export interface ExchangePreview {
  package: PackageInfo;
  /** withoutWorkbook: reports the package carries only "as read" (stored before their workbooks were kept). */
  reports: { incoming: IncomingReport[]; onlyHere: ReportRef[]; withoutWorkbook: number };
  settlements: SettlementResult[];
  locks: LockResult[];
  plan: PlanDifference[];
  drafts: DraftResult[];
  /** The conflicts kept for the clerk (new ones only: a conflict kept before is not kept again). */
  conflicts: Omit<ExchangeConflict, 'id'>[];
  /** False when the package brings nothing new: importing it writes nothing. */
  changes: boolean;
}

export interface ExchangeImportResult extends ExchangePreview {
  /** The copy of the database taken before anything was written (null when nothing was to be written). */
  backup: string | null;
}
