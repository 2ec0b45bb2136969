import type { Intent } from '@blueprintjs/core';
import type { ImportStatus } from '../../../shared/domain/import';
import type { IdentitySource } from '../../../shared/domain/report';

export const STATUS_INTENT: Record<ImportStatus, Intent> = {
  accepted: 'success',
  new_version: 'primary',
  superseded: 'none',
  duplicate: 'none',
  needs_confirmation: 'warning',
  rejected: 'danger',
};

export const SOURCE_LABELS: Record<IdentitySource, string> = {
  hidden_sheet: 'mã nhận dạng của mẫu',
  'content:identification_block': 'phần thông tin đơn vị trong tệp',
  'content:title': 'dòng tiêu đề',
  'content:sheet_name': 'tên trang tính',
  filename: 'tên tệp (đoán)',
};

export { UNIT_TYPE_LABELS } from '../../../shared/domain/units';
