import type { NarrativeKey } from './form';
import type { UnitType } from './plan';

/** Where a piece of the identity was read. `content:*` and `hidden_sheet` are read, `filename` is guessed. */
export type IdentitySource = 'hidden_sheet' | 'content:identification_block' | 'content:title' | 'content:sheet_name' | 'filename';

export interface IdentityGuess {
  districtCode: string | null;
  unitType: UnitType | null;
  period: string | null;
  /** Which source gave each part. */
  sources: { district: IdentitySource | null; unitType: IdentitySource | null; period: IdentitySource | null };
  /** "high" when read from the form's own identity or unambiguous content, "medium" from the file name, "low" when a part is missing or contradicted. */
  confidence: 'high' | 'medium' | 'low';
  /** When ambiguous: every (district, unit type, period) the file could be. */
  candidates: { districtCode: string; unitType: UnitType | null; period: string | null }[];
  /**
   * The parts the file states for certain (its identity sheet, or a title or identification block
   * naming it once, with no other place contradicting it), with the cell that says so. A choice
   * made at confirmation may fill the other parts, never silently replace these.
   */
  certain: Record<IdentityPart, StatedPart | null>;
}

export type IdentityPart = 'district' | 'unitType' | 'period';

export interface StatedPart {
  value: string;
  source: IdentitySource;
  sheet: string | null;
  cell: string | null;
}

export interface FigurePair {
  period: number | null;
  ytd: number | null;
}

/** A problem found while reading a file; always names the sheet and cell it concerns. */
export interface ImportFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string | null;
  cell: string | null;
  message: string;
  /** Set on findings about one narrative block (e.g. `narrative_no_diacritics`): which block. */
  narrativeKey?: NarrativeKey;
}

/** How one indicator's figures were read, for the preview (cells marked when converted or guessed). */
export interface CellTrace {
  sheet: string;
  row: number;
  labelCell: string;
  label: string;
  labelMatch: 'code' | 'exact' | 'normalised' | 'reworded';
  periodCell: string | null;
  ytdCell: string | null;
  /** Multiplier applied to reach triệu đồng (1 for non-money rows). */
  scale: number;
  /** The figure came from text ("1.250", "-", "350 triệu"). */
  fromText: boolean;
}

export interface ParsedReport {
  identity: IdentityGuess;
  values: Record<string, FigurePair>;
  narrative: Record<NarrativeKey, string | null>;
  formVersion: number | null;
  reportDate: string | null;
  preparedBy: string | null;
  cells: Record<string, CellTrace>;
  findings: ImportFinding[];
  /** "unicode", "tcvn3" or "vni": the text encoding the file was written in. */
  encoding: 'unicode' | 'tcvn3' | 'vni';
}

/** Why a file cannot be taken at all. */
export const REJECTION_CODES = ['not_xlsx', 'old_format', 'encrypted', 'corrupt', 'too_large', 'too_complex', 'not_a_report', 'no_figures', 'timeout'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  code: RejectionCode;
  /** What the clerk reads: what is wrong and what to do, in Vietnamese. */
  message: string;
  /** Technical detail for the log (part name, limit hit); may be shown folded away. */
  detail?: string;
}

export type ParseOutcome = { ok: true; report: ParsedReport } | { ok: false; rejection: Rejection };
