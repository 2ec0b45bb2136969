import type { Migration } from './types';

/**
 * What an exchange package from the other section brought that differs from this PC's own work:
 * kept, both versions side by side, until the clerk chooses one (never overwritten silently).
 */
export const exchangeConflicts: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE exchange_conflicts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('settlement', 'plan', 'draft', 'report')),
        plan_year INTEGER NOT NULL,
        period_code TEXT,
        finding_key TEXT NOT NULL,
        ours_json TEXT NOT NULL,
        theirs_json TEXT NOT NULL,
        package_id TEXT NOT NULL,
        package_file TEXT NOT NULL,
        section TEXT NOT NULL CHECK (section IN ('BDV', 'QS')),
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        choice TEXT CHECK (choice IN ('ours', 'theirs'))
      ) STRICT;
      CREATE INDEX exchange_conflicts_period ON exchange_conflicts(plan_year, period_code);
    `);
  },
};
