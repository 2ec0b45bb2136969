import path from 'node:path';
import { AppError, type ErrorCode } from '../../shared/result';

/**
 * The one place where SQLite's (and the disk's) own errors become a code of the closed set and a
 * Vietnamese sentence that says what to do. Extended codes (SQLITE_IOERR_WRITE,
 * SQLITE_READONLY_DIRECTORY…) are matched by their primary code. Every case ends in the same
 * promise: the step that failed was rolled back, so what was saved before is still there.
 */
const SQLITE: readonly [prefix: string, code: ErrorCode, message: (file: string) => string][] = [
  [
    'SQLITE_BUSY',
    'db_busy',
    (f) =>
      `Tệp dữ liệu ${f} đang bị một chương trình khác giữ (database is locked), nên việc này chưa ghi được; dữ liệu không bị thay đổi. ` +
      'Hãy đóng các chương trình khác đang mở tệp này (một cửa sổ Phối hợp Dân vận khác, phần mềm xem SQLite, phần mềm sao lưu hay đồng bộ thư mục) rồi thử lại.',
  ],
  ['SQLITE_LOCKED', 'db_busy', (f) => `Tệp dữ liệu ${f} đang bận với một việc khác (database table is locked); dữ liệu không bị thay đổi. Hãy chờ việc đó xong rồi thử lại.`],
  [
    'SQLITE_FULL',
    'disk_full',
    (f) =>
      `Ổ đĩa chứa tệp dữ liệu ${f} đã đầy (database or disk is full), nên việc này không ghi được và đã được hủy; những gì đã lưu trước đó vẫn còn nguyên. ` +
      'Hãy giải phóng chỗ trống trên ổ đĩa (xóa bớt tệp không cần, dọn Thùng rác) rồi làm lại việc này.',
  ],
  [
    'SQLITE_READONLY',
    'read_only',
    (f) =>
      `Tệp dữ liệu ${f} hoặc thư mục chứa nó chỉ cho phép đọc, nên phần mềm không ghi được; dữ liệu không bị thay đổi. ` +
      'Hãy bỏ thuộc tính chỉ đọc (Read-only) của tệp, cấp quyền ghi cho thư mục, hoặc chép tệp sang một thư mục có quyền ghi, rồi mở lại.',
  ],
  [
    'SQLITE_IOERR',
    'io_error',
    (f) =>
      `Không đọc hoặc ghi được ổ đĩa chứa tệp dữ liệu ${f} (disk I/O error); việc này đã được hủy. ` +
      'Hãy kiểm tra ổ đĩa, thẻ nhớ hay thư mục mạng (còn cắm, còn kết nối) rồi thử lại; nếu vẫn lỗi, hãy khôi phục từ bản sao lưu gần nhất trong thư mục "backups".',
  ],
  ['SQLITE_CANTOPEN', 'io_error', (f) => `Không mở được tệp dữ liệu ${f} (unable to open database file). Hãy kiểm tra tệp và thư mục chứa nó còn đó và có quyền truy cập, rồi thử lại.`],
  [
    'SQLITE_CORRUPT',
    'db_error',
    (f) => `Tệp dữ liệu ${f} bị hỏng (database disk image is malformed). Hãy khôi phục từ bản sao lưu gần nhất trong thư mục "backups"; phần mềm không ghi thêm gì vào tệp hỏng.`,
  ],
  ['SQLITE_NOTADB', 'rejected_file', (f) => `Tệp ${f} không phải là cơ sở dữ liệu SQLite.`],
];

/** Errors of the file system itself (a backup being written, a copy set aside). */
const NODE: Record<string, ErrorCode> = { ENOSPC: 'disk_full', EDQUOT: 'disk_full', EROFS: 'read_only', EACCES: 'read_only', EPERM: 'read_only', EIO: 'io_error', EBUSY: 'db_busy' };
const NODE_AS_SQLITE: Partial<Record<ErrorCode, string>> = { disk_full: 'SQLITE_FULL', read_only: 'SQLITE_READONLY', io_error: 'SQLITE_IOERR', db_busy: 'SQLITE_BUSY' };

const codeOf = (e: unknown): string | null => (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : null);

function entryOf(e: unknown) {
  const raw = codeOf(e);
  if (!raw || e instanceof AppError) return null;
  const sqliteCode = raw.startsWith('SQLITE_') ? raw : NODE[raw] ? NODE_AS_SQLITE[NODE[raw]] : undefined;
  if (!sqliteCode) return null;
  return SQLITE.find(([prefix]) => sqliteCode === prefix || sqliteCode.startsWith(`${prefix}_`)) ?? null;
}

/** True when the error is one of SQLite or the disk that storageError turns into a message. */
export const isStorageError = (e: unknown): boolean => entryOf(e) !== null;

/** The AppError for an error of SQLite or the disk, or null when the error is something else. */
export function storageError(e: unknown, file: string): AppError | null {
  const entry = entryOf(e);
  return entry ? new AppError(entry[1], entry[2](path.basename(file))) : null;
}

export const isSqliteNotADatabase = (e: unknown): boolean => codeOf(e) === 'SQLITE_NOTADB';
