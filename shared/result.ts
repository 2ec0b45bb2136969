/**
 * The one reply envelope of every channel. Errors carry a code from a closed set (so the UI can
 * branch on it) and a Vietnamese sentence a clerk can act on.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  /** A final document refused: its period has open findings or is not locked (a draft can still be written). */
  'unsettled',
  'locked',
  'rejected_file',
  'needs_confirmation',
  'limit_exceeded',
  'io_error',
  'db_error',
  /** The database holds tables, columns, indexes, triggers or views this version did not create. */
  'schema_mismatch',
  /** Another program holds the database file (SQLITE_BUSY / SQLITE_LOCKED). */
  'db_busy',
  /** The disk (or the database's size limit) is full (SQLITE_FULL, ENOSPC). */
  'disk_full',
  /** The database file or its folder cannot be written (SQLITE_READONLY). */
  'read_only',
  'forbidden',
  'cancelled',
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
