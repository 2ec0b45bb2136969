import type { AppErrorBody, ErrorCode } from '../../shared/result';

/** How a screen shows an error envelope: decided by its code, never by reading the message. */
export interface ErrorGuide {
  /** What happened, in a few words; null keeps the title the screen gave. */
  title: string | null;
  intent: 'danger' | 'warning';
  /**
   * The data file itself cannot be used (held by another program, disk full, read-only, foreign
   * structure): nothing can be saved until the clerk acts, whatever screen they are on, so the
   * callout is large and its sentence (what to do) is not lost under a generic title.
   */
  storage: boolean;
  /** The few words of a file's row in the import batch. */
  short: string;
}

const GUIDES: Partial<Record<ErrorCode, ErrorGuide>> = {
  db_busy: { title: 'Tệp dữ liệu đang bị chương trình khác giữ — chưa ghi được', intent: 'danger', storage: true, short: 'Chưa ghi được' },
  disk_full: { title: 'Ổ đĩa đã đầy — chưa ghi được', intent: 'danger', storage: true, short: 'Chưa ghi được' },
  read_only: { title: 'Tệp dữ liệu chỉ cho phép đọc — chưa ghi được', intent: 'danger', storage: true, short: 'Chưa ghi được' },
  schema_mismatch: { title: 'Tệp dữ liệu có cấu trúc lạ — không mở', intent: 'danger', storage: true, short: 'Chưa ghi được' },
  // The clerk's next step is elsewhere (unlock, a draft, a choice), nothing is broken.
  locked: { title: 'Kỳ đã chốt số liệu', intent: 'warning', storage: false, short: 'Kỳ đã chốt' },
  unsettled: { title: 'Chưa lưu được văn bản chính thức', intent: 'warning', storage: false, short: 'Chưa đối chiếu xong' },
  needs_confirmation: { title: 'Cần xác nhận', intent: 'warning', storage: false, short: 'Cần xác nhận' },
  conflict: { title: null, intent: 'warning', storage: false, short: 'Đã thay đổi' },
};

const DEFAULT: ErrorGuide = { title: null, intent: 'danger', storage: false, short: 'Lỗi' };

export const errorGuide = (error: AppErrorBody): ErrorGuide => GUIDES[error.code] ?? DEFAULT;

/**
 * The screen showed an older state than the data holds: the period was locked or unlocked
 * meanwhile (`locked` on a settle, `conflict` on a lock or an unlock). Reload it, keep the message.
 */
export const isStale = (error: AppErrorBody): boolean => error.code === 'locked' || error.code === 'conflict';
