import type { Migration } from './types';

/**
 * Imported district reports. A report is never updated in place: a corrected file is a new
 * version and the previous one stays as history (is_current = 0). Figures are kept exactly as
 * read (money in triệu đồng), null = not reported.
 */
export const reports: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        plan_year INTEGER NOT NULL,
        period_code TEXT NOT NULL REFERENCES periods(code),
        district_code TEXT NOT NULL,
        unit_type TEXT NOT NULL CHECK (unit_type IN ('BDV', 'QS')),
        version INTEGER NOT NULL CHECK (version >= 1),
        is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        file_bytes INTEGER NOT NULL,
        received_date TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        form_version INTEGER,
        report_date TEXT,
        prepared_by TEXT,
        encoding TEXT NOT NULL,
        identity_json TEXT NOT NULL,
        findings_json TEXT NOT NULL,
        FOREIGN KEY (plan_year, district_code) REFERENCES districts(plan_year, code),
        UNIQUE (period_code, district_code, unit_type, version)
      ) STRICT;
      CREATE UNIQUE INDEX reports_one_current ON reports(period_code, district_code, unit_type) WHERE is_current = 1;
      CREATE INDEX reports_hash ON reports(content_hash);

      CREATE TABLE report_values (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        indicator_code TEXT NOT NULL,
        period_value REAL,
        ytd_value REAL,
        trace_json TEXT,
        PRIMARY KEY (report_id, indicator_code)
      ) STRICT;

      CREATE TABLE report_narratives (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (key IN ('ket_qua_noi_bat', 'han_che', 'de_xuat', 'phuong_huong')),
        text TEXT NOT NULL,
        PRIMARY KEY (report_id, key)
      ) STRICT;
    `);
  },
};
