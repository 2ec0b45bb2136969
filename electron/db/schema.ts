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

export interface Database {
  plans: PlansTable;
  content_areas: ContentAreasTable;
  indicators: IndicatorsTable;
  districts: DistrictsTable;
  periods: PeriodsTable;
  document_settings: DocumentSettingsTable;
  app_settings: AppSettingsTable;
  audit_log: AuditLogTable;
}
