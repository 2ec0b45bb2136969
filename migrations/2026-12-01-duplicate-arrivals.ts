import type { Migration } from './types';

/**
 * A file received again, byte for byte, for a report already stored. Not a new version (nothing
 * of it is used), but it did arrive: reconciliation says so (R3) and the history shows it.
 */
export const duplicateArrivals: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE duplicate_arrivals (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        file_name TEXT NOT NULL,
        received_date TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX duplicate_arrivals_report ON duplicate_arrivals(report_id);
    `);
  },
};
