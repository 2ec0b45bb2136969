import type { Generated } from 'kysely';

/** The typed view of the SQLite schema that query modules see. Nullable columns are `| null`. */
export interface PlansTable {
  year: number;
  number: string;
  title: string;
  issued_date: string | null;
  start_date: string;
  end_date: string;
  body_bdv: string;
  body_qs: string;
  form_version: number;
  created_at: string;
}

export interface ContentAreasTable {
  plan_year: number;
  no: number;
  title: string;
}

export interface IndicatorsTable {
  plan_year: number;
  code: string;
  area_no: number;
  label: string;
  unit: string;
  reported_by: 'both' | 'BDV' | 'QS';
  kind: 'count' | 'people' | 'money' | 'days';
  cross_check: number;
  rule: string | null;
  sort_order: number;
}

export interface DistrictsTable {
  plan_year: number;
  code: string;
  name: string;
  type: string;
  party_committee: string;
  board_unit: string;
  military_unit: string;
  aliases: string;
  sort_order: number;
}

export interface PeriodsTable {
  code: string;
  plan_year: number;
  kind: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'Y';
  window_start: string;
  window_end: string;
  due_date: string;
}

export interface DocumentSettingsTable {
  plan_year: number;
  json: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  os_user: string;
  display_name: string;
  action: string;
  entity: string;
  entity_key: string;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
}

export interface ReportsTable {
  id: Generated<number>;
  plan_year: number;
  period_code: string;
  district_code: string;
  unit_type: 'BDV' | 'QS';
  version: number;
  is_current: number;
  file_name: string;
  content_hash: string;
  file_bytes: number;
  received_date: string;
  imported_at: string;
  imported_by: string;
  form_version: number | null;
  report_date: string | null;
  prepared_by: string | null;
  encoding: string;
  identity_json: string;
  findings_json: string;
}

export interface ReportValuesTable {
  report_id: number;
  indicator_code: string;
  period_value: number | null;
  ytd_value: number | null;
  trace_json: string | null;
}

export interface ReportNarrativesTable {
  report_id: number;
  key: string;
  text: string;
}

export interface FindingResolutionsTable {
  finding_key: string;
  period_code: string;
  rule: string;
  status: 'accepted' | 'corrected' | 'explained';
  chosen_value: number | null;
  note: string | null;
  settled_by: string;
  settled_at: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  report_id: number;
  indicator_code: string;
  field: 'period' | 'ytd';
  old_value: number | null;
  new_value: number | null;
  reason: string;
  finding_key: string | null;
  is_current: number;
  created_by: string;
  created_at: string;
  /** Set when the finding it settled was reopened: the figure before it is in force again. */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
}

export interface PeriodLocksTable {
  period_code: string;
  locked_by: string;
  locked_at: string;
  note: string | null;
}

export interface DocumentDraftsTable {
  kind: string;
  period_code: string;
  prose_json: string;
  updated_by: string;
  updated_at: string;
}

export interface DuplicateArrivalsTable {
  id: Generated<number>;
  report_id: number;
  file_name: string;
  received_date: string;
  recorded_at: string;
  recorded_by: string;
}

export interface ExchangeConflictsTable {
  id: Generated<number>;
  kind: 'settlement' | 'plan' | 'draft' | 'report';
  plan_year: number;
  period_code: string | null;
  finding_key: string;
  ours_json: string;
  theirs_json: string;
  package_id: string;
  package_file: string;
  section: 'BDV' | 'QS';
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  choice: 'ours' | 'theirs' | null;
}

/** A received workbook's original bytes, once per content. */
export interface ReportFilesTable {
  sha256: string;
  file_name: string | null;
  bytes: Uint8Array;
  size: number;
}

export interface Database {
  plans: PlansTable;
  content_areas: ContentAreasTable;
  indicators: IndicatorsTable;
  districts: DistrictsTable;
  periods: PeriodsTable;
  document_settings: DocumentSettingsTable;
  app_settings: AppSettingsTable;
  audit_log: AuditLogTable;
  reports: ReportsTable;
  report_values: ReportValuesTable;
  report_narratives: ReportNarrativesTable;
  finding_resolutions: FindingResolutionsTable;
  corrections: CorrectionsTable;
  period_locks: PeriodLocksTable;
  document_drafts: DocumentDraftsTable;
  duplicate_arrivals: DuplicateArrivalsTable;
  exchange_conflicts: ExchangeConflictsTable;
  report_files: ReportFilesTable;
}
