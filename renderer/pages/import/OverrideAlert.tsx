import { Alert } from '@blueprintjs/core';
import { describeConflicts, type OverrideConflict } from '../../../shared/domain/identity-override';

/**
 * The second confirmation: the choice replaces what the file states for certain (its identity
 * sheet, or a title naming the unit and period). Saying yes files the report under the choice,
 * with a note on the report naming the cell the file said otherwise in.
 */
export function OverrideAlert({
  conflicts,
  asked = null,
  districtName,
  loading,
  onCancel,
  onConfirm,
}: {
  conflicts: OverrideConflict[] | null;
  /** The services' own needs_confirmation sentence, when they found the conflict this screen did not. */
  asked?: string | null;
  districtName(code: string): string;
  loading: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <Alert
      isOpen={conflicts !== null || asked !== null}
      intent="warning"
      icon="warning-sign"
      cancelButtonText="Chọn lại"
      confirmButtonText="Vẫn lưu theo lựa chọn"
      canEscapeKeyCancel
      loading={loading}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{conflicts ? `${describeConflicts(conflicts, districtName)}.` : asked}</p>
      <p>Nếu vẫn lưu, báo cáo được lưu theo lựa chọn và kèm ghi chú về điểm khác này (xem ở Đối chiếu và nhật ký).</p>
    </Alert>
  );
}
