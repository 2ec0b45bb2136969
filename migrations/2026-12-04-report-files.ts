import type { Migration } from './types';

/**
 * The original bytes of every workbook a report was read from, once per content (sha256): what
 * an exchange package carries, so the other section parses the file itself rather than trusting
 * the figures as this PC read them.
 */
export const reportFiles: Migration = {
  up(db) {
    db.exec(`
      CREATE TABLE report_files (
        sha256 TEXT PRIMARY KEY,
        file_name TEXT,
        bytes BLOB NOT NULL,
        size INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
