import type { NarrativeKey } from './form';
import type { UnitType } from './plan';
import type { CellTrace, FigurePair, IdentityGuess, ImportFinding } from './report';

/** What a file would become if saved now (and, after saving, what it became). */
export const IMPORT_STATUSES = ['accepted', 'new_version', 'superseded', 'duplicate', 'needs_confirmation', 'rejected'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  accepted: 'Đã nhận',
  new_version: 'Phiên bản mới',
  superseded: 'Bản cũ (lưu lịch sử)',
  duplicate: 'Trùng',
  needs_confirmation: 'Cần xác nhận',
  rejected: 'Bị từ chối',
};

export interface Reason {
  code: string;
  message: string;
}

export interface ResolvedIdentity {
  districtCode: string;
  unitType: UnitType;
  period: string;
}

/** One file after parsing, held by the service until it is saved or dropped. */
export interface StagedFile {
  stagingId: string;
  fileName: string;
  bytes: number;
  sha256: string;
  status: ImportStatus;
  reason: Reason | null;
  /** What the file says (or suggests) about who sent it and for which period. */
  identity: IdentityGuess | null;
  /** The identity the report will be saved under (null until complete). */
  resolved: ResolvedIdentity | null;
  /** The stored report this one would replace, when status is new_version. */
  replaces: { version: number; fileName: string; receivedDate: string } | null;
  /** Other files of this batch for the same unit and period, and whether this one is the one that counts. */
  sameSlot: { files: string[]; counts: boolean } | null;
  /** The received date the status was worked out with (the batch's, until the file's own is set). */
  receivedDate: string | null;
  values: Record<string, FigurePair>;
  narrative: Record<NarrativeKey, string | null>;
  findings: ImportFinding[];
  cells: Record<string, CellTrace>;
  formVersion: number | null;
  reportDate: string | null;
  preparedBy: string | null;
  encoding: string | null;
}

export interface SavedReport {
  reportId: number;
  /** superseded: stored as history, older than the current report; duplicate: only its arrival is recorded. */
  status: 'accepted' | 'new_version' | 'superseded' | 'duplicate';
  version: number;
  identity: ResolvedIdentity;
  receivedDate: string;
}

export interface ReportSummary {
  id: number;
  districtCode: string;
  unitType: UnitType;
  unitName: string;
  period: string;
  version: number;
  isCurrent: boolean;
  fileName: string;
  receivedDate: string;
  importedAt: string;
  importedBy: string;
  findings: number;
  sha256: string;
}

/**
 * Where a stored file stands among its unit's files of a period: the version the figures come
 * from, an older version kept as history, or a later arrival of bytes already stored (recorded,
 * never used for figures).
 */
export const STORED_REPORT_STATES = ['current', 'superseded', 'duplicate'] as const;
export type StoredReportState = (typeof STORED_REPORT_STATES)[number];

export const STORED_REPORT_STATE_LABELS: Record<StoredReportState, string> = {
  current: 'đang dùng',
  superseded: 'bản cũ',
  duplicate: 'trùng',
};
