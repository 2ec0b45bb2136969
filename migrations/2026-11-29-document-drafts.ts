import type { Migration } from './types';

/** The prose of each document (per kind and period) as the user last saved it. */
export const documentDrafts: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE document_drafts (
        kind TEXT NOT NULL,
        period_code TEXT NOT NULL REFERENCES periods(code),
        prose_json TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, period_code)
      ) STRICT;
    `);
  },
};
