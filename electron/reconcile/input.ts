import type { District, Indicator, Period, UnitType } from '../../shared/domain/plan';
import type { ReconcileSettings } from '../../shared/domain/reconcile';

/** One stored report version with its settled figures (the loader has applied corrections). */
export interface StoredReport {
  id: number;
  period: string;
  districtCode: string;
  unitType: UnitType;
  version: number;
  isCurrent: boolean;
  /** YYYY-MM-DD */
  receivedDate: string;
  sha256: string;
  fileName: string;
  /** YYYY-MM-DD, the date the report bears; null when the file has none. The importer picks the current version by it. */
  reportDate: string | null;
  /** By indicator code; null = not reported (kept apart from a written zero). Money in triệu đồng. */
  values: Record<string, { period: number | null; ytd: number | null }>;
  /** The import's identity_overridden notes: the clerk filed it against what the file states. */
  identityOverrides?: string[];
}

/** A file received again byte for byte for a stored report of the plan year: nothing of it is used. */
export interface DuplicateArrival {
  id: number;
  reportId: number;
  fileName: string;
  receivedDate: string;
}

export interface ReconcileInput {
  planYear: number;
  /** The period being reconciled. */
  period: Period;
  /** All periods of the plan (Q1–Q4, H1, Y). */
  periods: Period[];
  indicators: Indicator[];
  districts: District[];
  /** All versions of all periods of the plan year, current and superseded. */
  reports: StoredReport[];
  /** Current reports of earlier plan years: the units' own history for R8 and R3. */
  history: StoredReport[];
  settings: ReconcileSettings;
  /** YYYY-MM-DD, the local date of the run: R1 calls a unit missing once the period's due date is behind it. */
  today: string;
  /** Files received again for the plan year's reports (the importer kept only their arrival). */
  duplicates: DuplicateArrival[];
}
