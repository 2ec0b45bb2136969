import type { UnitType } from './plan';

export const RULES = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'] as const;
export type RuleId = (typeof RULES)[number];

export const RULE_TITLES: Record<RuleId, string> = {
  R1: 'Thiếu báo cáo',
  R2: 'Gửi muộn',
  R3: 'Trùng lặp, phiên bản',
  R4: 'Quy tắc trong báo cáo',
  R5: 'Lũy kế không khớp',
  R6: 'Ban Dân vận và Ban CHQS không khớp',
  R7: 'Sáu tháng, cả năm không khớp các quý',
  R8: 'Số liệu bất thường',
  R9: 'Chỉ tiêu của kế hoạch',
};

export type FindingStatus = 'open' | 'accepted' | 'corrected' | 'explained';

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  open: 'Chưa xử lý',
  accepted: 'Đã chấp nhận',
  corrected: 'Đã sửa số liệu',
  explained: 'Đã giải trình',
};

/** A discrepancy found in the stored reports. `key` is stable across recomputation so its settlement sticks. */
export interface Finding {
  key: string;
  rule: RuleId;
  period: string;
  districtCode: string | null;
  /** null when the finding concerns both units of a district (or none). */
  unitType: UnitType | null;
  indicator: string | null;
  /** The figures involved, named so a clerk can read them (e.g. { BDV: 12, QS: 10 }). */
  values: Record<string, number | string | null>;
  message: string;
  /** 'info' needs no settling (e.g. a superseded version kept as history). */
  severity: 'error' | 'warning' | 'info';
  /** The stored figures the finding is about, so a correction can target the right cell. */
  cells?: FindingCell[];
  /** The reports involved (R2 late report, R3 versions and identical files). */
  reportIds?: number[];
}

/** One stored figure: the report, the indicator and which column (thực hiện trong kỳ or lũy kế). */
export interface FindingCell {
  reportId: number;
  indicator: string;
  field: 'period' | 'ytd';
}

/** How a finding was settled: shown beside it in the list so a settled finding stays accountable. */
export interface FindingSettlement {
  action: SettleAction;
  /** R6 accepted: the figure chosen as the district's. */
  chosenValue: number | null;
  /** Correction: each corrected cell, old → new (the originals stay in the report). */
  corrections: { reportId: number; indicator: string; field: 'period' | 'ytd'; oldValue: number | null; newValue: number | null }[];
  note: string | null;
  by: string;
  at: string;
}

export interface FindingView extends Finding {
  status: FindingStatus;
  note: string | null;
  settledBy: string | null;
  settledAt: string | null;
  settlement: FindingSettlement | null;
  /**
   * The rules no longer raise it (a correction made the figures agree, or a new version changed
   * them), but it was settled: it stays listed with its settlement rather than vanishing.
   */
  gone: boolean;
}

export type CompletenessStatus = 'on_time' | 'late' | 'missing';

export interface CompletenessRow {
  districtCode: string;
  unitType: UnitType;
  status: CompletenessStatus;
  daysLate: number | null;
  receivedDate: string | null;
  dueDate: string;
  version: number | null;
}

/** Rule switches and tolerances (settings of the app, per plan year). */
export interface ReconcileSettings {
  enabled: Record<RuleId, boolean>;
  /** R6/R5/R7: absolute difference tolerated for money (triệu đồng) and for counts. */
  moneyTolerance: number;
  countTolerance: number;
  /** R8: a figure is implausible when it exceeds this multiple of the reference median (and the absolute floor). */
  outlierFactor: number;
  outlierFloor: number;
  /** R9: the range of "Dân vận khéo" models the Military Command replicates (seed III.2). */
  dk03Min: number;
  dk03Max: number;
}

export const DEFAULT_RECONCILE_SETTINGS: ReconcileSettings = {
  enabled: { R1: true, R2: true, R3: true, R4: true, R5: true, R6: true, R7: true, R8: true, R9: true },
  moneyTolerance: 0.05,
  countTolerance: 0,
  outlierFactor: 20,
  outlierFloor: 50,
  dk03Min: 2,
  dk03Max: 3,
};

export interface UnitFigures {
  districtCode: string;
  unitType: UnitType;
  reportId: number | null;
  /** Settled figures (corrections applied) for the period; null = not reported. */
  values: Record<string, number | null>;
}

export interface PeriodFigures {
  period: string;
  /** For H1 and Y: the quarters summed. */
  quarters: string[];
  units: UnitFigures[];
  /** District totals per indicator: cross-checked indicators counted once per district. */
  districts: { districtCode: string; values: Record<string, number | null> }[];
  province: { byIndicator: Record<string, number | null>; byArea: Record<number, Record<string, number | null>> };
  /** Reporting units with no current report for (one of) the quarters. */
  missing: { districtCode: string; unitType: UnitType; periods: string[] }[];
  /** Findings still open for the period (documents warn about them). */
  openFindings: number;
}

export interface PeriodLockView {
  period: string;
  lockedBy: string;
  lockedAt: string;
  note: string | null;
}

export interface ReconcileView {
  period: string;
  dueDate: string;
  lock: PeriodLockView | null;
  completeness: CompletenessRow[];
  findings: FindingView[];
}

export type SettleAction = 'accept' | 'correct' | 'explain';

/** One event in the life of a stored figure: what a file said, every correction after it, and each correction withdrawn (its finding reopened). */
export interface FigureEvent {
  at: string;
  kind: 'import' | 'correction' | 'withdrawal';
  reportId: number;
  version: number;
  isCurrentVersion: boolean;
  field: 'period' | 'ytd';
  value: number | null;
  oldValue: number | null;
  by: string;
  reason: string | null;
  fileName: string;
}

/** The two reports of a district side by side (settled figures). */
export interface DistrictComparison {
  period: string;
  districtCode: string;
  units: { unitType: UnitType; reportId: number | null; version: number | null; values: Record<string, { period: number | null; ytd: number | null }> }[];
  /**
   * One per indicator of the catalogue, in its order. `joint`: both units report the same joint
   * activity (cross_check), so their figures must agree; the others are each unit's own activity
   * and are shown side by side, never as a difference. `differs`: a joint indicator whose two
   * figures disagree beyond the tolerance, as R6 judges them; always false when not joint.
   */
  rows: { indicator: string; joint: boolean; differs: boolean }[];
}
