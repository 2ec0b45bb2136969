import type { Migration } from './types';

/**
 * Settling reconciliation findings. A stored figure is never changed: a correction is a new row
 * (who, when, old, new, why) on top of the report's original value, and only the latest
 * correction of a (report, indicator, field) is current. A locked period refuses imports.
 */
export const reconciliation: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE finding_resolutions (
        finding_key TEXT PRIMARY KEY,
        period_code TEXT NOT NULL REFERENCES periods(code),
        rule TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('accepted', 'corrected', 'explained')),
        chosen_value REAL,
        note TEXT,
        settled_by TEXT NOT NULL,
        settled_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX finding_resolutions_period ON finding_resolutions(period_code);

      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        indicator_code TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('period', 'ytd')),
        old_value REAL,
        new_value REAL,
        reason TEXT NOT NULL,
        finding_key TEXT,
        is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX corrections_one_current ON corrections(report_id, indicator_code, field) WHERE is_current = 1;

      CREATE TABLE period_locks (
        period_code TEXT PRIMARY KEY REFERENCES periods(code),
        locked_by TEXT NOT NULL,
        locked_at TEXT NOT NULL,
        note TEXT
      ) STRICT;
    `);
  },
};
