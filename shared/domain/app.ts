import type { AuditDescription } from './audit-sentence';

export interface AppInfo {
  version: string;
  dataDir: string;
  dbPath: string;
  schemaVersion: number;
  osUser: string;
  displayName: string;
  /** False while no name was given in Cài đặt: displayName is then the OS account, not a person. */
  displayNameSet: boolean;
  /** The newest plan year in the database: the one the screens open on. */
  currentYear: number | null;
  /** Periods whose figures are locked: the screens open on the work still open (shared/domain/working-period.ts). */
  lockedPeriods: string[];
  /** Reports stored, every version: none yet means a first start, and the overview shows the way. */
  reportCount: number;
  /** Periods with at least one stored report: the screens open where the work is. */
  reportedPeriods: string[];
  /** "electron" in the desktop app, "web" when served by `npm run web`. */
  shell: 'electron' | 'web';
  /** How many automatic backups of each kind are kept. */
  backupKeep: number;
  /** "wal" normally; "delete" (rollback journal) when the data folder is on a network share. */
  journalMode: string;
}

/** An audit row as the audit view shows it: the stored row and its Vietnamese sentence. */
export type AuditEntryView = AuditRow & AuditDescription;

export interface BackupFile {
  path: string;
  name: string;
  bytes: number;
  createdAt: string;
}

/** One stored row of the audit log, old and new values as the JSON text they were written as. */
export interface AuditRow {
  id: number;
  at: string;
  osUser: string;
  displayName: string;
  action: string;
  entity: string;
  entityKey: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

/** Files written through the save dialog (or the export folder): null path = the user cancelled. */
export interface SavedFiles {
  /** The file, or the folder made for several; null when the user cancelled the save dialog. */
  path: string | null;
  count: number;
  /** Each file written, full paths (one for a document, a whole set for blank forms). */
  files: string[];
  /**
   * Saved inside the product's output folder, so the app may open it or its folder (Electron) or
   * serve it for download (browser): a place the user picked elsewhere is not reachable.
   */
  inOutputFolder: boolean;
}

/** What a restore did: the backup it came from, where the replaced file was kept, migrations run on it. */
export interface RestoreInfo {
  restoredFrom: string;
  keptAside: string | null;
  migrated: string[];
  /** The backup's file name and when it was written: "from when" the data now is. */
  backupName: string;
  backupCreatedAt: string;
  /** Reports in use in the restored data, and its latest import (null: none). */
  reports: number;
  latestImport: string | null;
}
