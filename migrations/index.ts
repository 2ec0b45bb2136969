import { referenceData } from './2026-11-26-reference-data';
import { documentDrafts } from './2026-11-29-document-drafts';
import { duplicateArrivals } from './2026-12-01-duplicate-arrivals';
import { exchangeConflicts } from './2026-12-02-exchange-conflicts';
import { correctionWithdrawn } from './2026-12-03-correction-withdrawn';
import { reportFiles } from './2026-12-04-report-files';
import { reconciliation } from './2026-11-28-reconciliation';
import { reports } from './2026-11-27-reports';
import type { Migration } from './types';

/**
 * Every migration, in the order it runs. Names are date-prefixed and never reused; the position
 * in this list is the schema version stored in PRAGMA user_version.
 */
export const MIGRATIONS: readonly (readonly [name: string, migration: Migration])[] = [
  ['2026-11-26-reference-data', referenceData],
  ['2026-11-27-reports', reports],
  ['2026-11-28-reconciliation', reconciliation],
  ['2026-11-29-document-drafts', documentDrafts],
  ['2026-12-01-duplicate-arrivals', duplicateArrivals],
  ['2026-12-02-exchange-conflicts', exchangeConflicts],
  ['2026-12-03-correction-withdrawn', correctionWithdrawn],
  ['2026-12-04-report-files', reportFiles],
];

export type { Migration };
