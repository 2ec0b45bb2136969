import type { Intent } from '@blueprintjs/core';
import type { DraftResult, IncomingReportOutcome, LockResult, SettlementOutcome } from '../../../../shared/domain/exchange';

/** What each part of a package becomes on this PC, in the words of the preview and the result. */
export const REPORT_OUTCOMES: Record<IncomingReportOutcome, [string, Intent]> = {
  accepted: ['Báo cáo mới', 'success'],
  new_version: ['Bản mới hơn', 'primary'],
  superseded: ['Bản cũ hơn (giữ làm lịch sử)', 'none'],
  duplicate: ['Đã có trên máy này', 'none'],
  tie: ['Cần chọn bản nào được tính', 'warning'],
  locked: ['Kỳ đã chốt: không nhận', 'warning'],
  unknown_slot: ['Không có trong kế hoạch', 'warning'],
  workbook_differs: ['Tệp gốc đọc ra khác số liệu gửi kèm: cần chọn', 'danger'],
};

export const SETTLEMENT_OUTCOMES: Record<SettlementOutcome, [string, Intent]> = {
  applied: ['Áp dụng', 'success'],
  agree: ['Giống máy này', 'none'],
  conflict: ['Khác máy này: cần chọn', 'warning'],
  skipped: ['Chưa áp dụng', 'warning'],
};

export const LOCK_OUTCOMES: Record<LockResult['outcome'], [string, Intent]> = {
  applied: ['Chốt theo gói', 'success'],
  both: ['Hai bên đều đã chốt', 'none'],
  here_only: ['Chỉ máy này đã chốt', 'none'],
  held: ['Chưa chốt theo gói', 'warning'],
};

export const DRAFT_OUTCOMES: Record<DraftResult['outcome'], [string, Intent]> = {
  applied: ['Áp dụng', 'success'],
  agree: ['Giống máy này', 'none'],
  conflict: ['Khác máy này: cần chọn', 'warning'],
};
