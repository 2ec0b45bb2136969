import type { Migration } from './types';

/**
 * A correction withdrawn when its finding is reopened: the row stays as history (the figure was
 * in force from created_at to withdrawn_at), and the figure before it is in force again.
 */
export const correctionWithdrawn: Migration = {
  up(db) {
    db.exec(`
      ALTER TABLE corrections ADD COLUMN withdrawn_at TEXT;
      ALTER TABLE corrections ADD COLUMN withdrawn_by TEXT;
      ALTER TABLE corrections ADD COLUMN withdrawn_reason TEXT;
    `);
  },
};
