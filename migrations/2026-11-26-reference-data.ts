import type { Migration } from './types';

/** The plan as data: plans, content areas, indicators, districts, periods, settings, audit. */
export const referenceData: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        year INTEGER PRIMARY KEY,
        number TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        issued_date TEXT,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        body_bdv TEXT NOT NULL,
        body_qs TEXT NOT NULL,
        form_version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE content_areas (
        plan_year INTEGER NOT NULL REFERENCES plans(year) ON DELETE CASCADE,
        no INTEGER NOT NULL,
        title TEXT NOT NULL,
        PRIMARY KEY (plan_year, no)
      ) STRICT;

      CREATE TABLE indicators (
        plan_year INTEGER NOT NULL,
        code TEXT NOT NULL,
        area_no INTEGER NOT NULL,
        label TEXT NOT NULL,
        unit TEXT NOT NULL,
        reported_by TEXT NOT NULL CHECK (reported_by IN ('both', 'BDV', 'QS')),
        kind TEXT NOT NULL CHECK (kind IN ('count', 'people', 'money', 'days')),
        cross_check INTEGER NOT NULL CHECK (cross_check IN (0, 1)),
        rule TEXT,
        sort_order INTEGER NOT NULL,
        PRIMARY KEY (plan_year, code),
        FOREIGN KEY (plan_year, area_no) REFERENCES content_areas(plan_year, no)
      ) STRICT;

      CREATE TABLE districts (
        plan_year INTEGER NOT NULL REFERENCES plans(year) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        party_committee TEXT NOT NULL,
        board_unit TEXT NOT NULL,
        military_unit TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        sort_order INTEGER NOT NULL,
        PRIMARY KEY (plan_year, code)
      ) STRICT;

      CREATE TABLE periods (
        code TEXT PRIMARY KEY,
        plan_year INTEGER NOT NULL REFERENCES plans(year) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y')),
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        due_date TEXT NOT NULL,
        UNIQUE (plan_year, kind)
      ) STRICT;

      CREATE TABLE document_settings (
        plan_year INTEGER PRIMARY KEY REFERENCES plans(year) ON DELETE CASCADE,
        json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        display_name TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);
    `);
  },
};
