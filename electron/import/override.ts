import { describeConflicts, partValueName, statedAt, type OverrideConflict } from '../../shared/domain/identity-override';
import type { ImportFinding } from '../../shared/domain/report';

/**
 * What a forced confirmation leaves behind: a finding on the stored report (shown with its other
 * findings, in Đối chiếu and the audit) pointing at the cell the file said otherwise in.
 */

export const OVERRIDE_CODE = 'identity_overridden';

export function overrideFindings(conflicts: OverrideConflict[], districtName: (code: string) => string, who: string): ImportFinding[] {
  return conflicts.map((c) => ({
    code: OVERRIDE_CODE,
    severity: 'warning',
    sheet: c.stated.sheet,
    cell: c.stated.cell,
    message: `Tệp ghi ${partValueName(c.part, c.stated.value, districtName)} (${statedAt(c.stated)}) nhưng ${who} đã xác nhận lưu là ${partValueName(c.part, c.chosen, districtName)}.`,
  }));
}

export const overrideReason = (conflicts: OverrideConflict[], districtName: (code: string) => string, who: string): string =>
  `${describeConflicts(conflicts, districtName)}: ${who} xác nhận lần hai, vẫn lưu theo lựa chọn.`;

export const refusalMessage = (conflicts: OverrideConflict[], districtName: (code: string) => string): string =>
  `${describeConflicts(conflicts, districtName)}. Muốn vẫn lưu, hãy xác nhận lần nữa (dòng lệnh: thêm --force).`;
