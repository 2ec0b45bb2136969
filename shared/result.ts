/**
 * The one reply envelope of every channel. Errors carry a code from a closed set (so the UI can
 * branch on it) and a Vietnamese sentence a clerk can act on.
 *
 * Every code here is produced somewhere (tests/unit/shared/result.test.ts checks it); the ones
 * something branches on say where. Every error's sentence is shown as it is (ErrorCallout); the
 * title and colour of that callout follow the code (renderer/api/error-guide.ts). The CLI
 * (electron/cli/main.ts) exits 2 on `invalid_input` (a usage error) and 1 on every other code.
 */
export const ERROR_CODES = [
  /** The CLI's exit code 2. */
  'invalid_input',
  'not_found',
  /**
   * The data is not in the state the call assumed (a plan year that exists, a period already
   * locked or not locked, a database of a newer version). Đối chiếu reloads the period on it
   * (LockDialog, renderer/api/error-guide.ts isStale).
   */
  'conflict',
  /**
   * A final document refused: its period has open findings or is not locked (a draft can still be
   * written). Văn bản puts "Xuất bản dự thảo" forward on it (DocumentsPage).
   */
  'unsettled',
  /**
   * The period's figures are locked. Đối chiếu reloads the period on a settle refused so
   * (SettleDialog); the import batch marks the file "Kỳ đã chốt" (ImportBatch).
   */
  'locked',
  'rejected_file',
  /**
   * The services need the clerk's word: a choice against what the file states for certain (the
   * import preview opens the second confirmation, ReportPreview/OverrideAlert), or two files of a
   * unit that cannot be told apart (the import batch asks again and offers "Dùng bản này").
   */
  'needs_confirmation',
  'limit_exceeded',
  'io_error',
  'db_error',
  /**
   * The database holds tables, columns, indexes, triggers or views this version did not create.
   * This and the three below are the storage codes: shown large, titled by code (error-guide.ts).
   */
  'schema_mismatch',
  /** Another program holds the database file (SQLITE_BUSY / SQLITE_LOCKED). */
  'db_busy',
  /** The disk (or the database's size limit) is full (SQLITE_FULL, ENOSPC). */
  'disk_full',
  /** The database file or its folder cannot be written (SQLITE_READONLY). */
  'read_only',
  'forbidden',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorBody {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown by services; the dispatcher turns it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
