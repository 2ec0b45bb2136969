import type { ResolvedIdentity } from './import';
import { periodName } from './periods';
import type { IdentityGuess, IdentityPart, StatedPart } from './report';
import { isUnitType, unitTypeLabel } from './units';

/**
 * A choice made at confirmation (dialog, --unit/--period) may only fill what the file leaves
 * uncertain. Where it replaces a part the file states for certain, the clerk must confirm a second
 * time, and the saved report keeps a finding saying so. Shared by the importer and the dialog so
 * that both name the conflict the same way.
 */

export interface OverrideConflict {
  part: IdentityPart;
  stated: StatedPart;
  chosen: string;
}

const PART_LABEL: Record<IdentityPart, string> = { district: 'đơn vị', unitType: 'loại đơn vị', period: 'kỳ báo cáo' };

export function overrideConflicts(guess: IdentityGuess | null, chosen: ResolvedIdentity): OverrideConflict[] {
  const certain = guess?.certain;
  if (!certain) return [];
  const chosenOf: Record<IdentityPart, string> = { district: chosen.districtCode, unitType: chosen.unitType, period: chosen.period };
  return (['district', 'unitType', 'period'] as const)
    .map((part) => ({ part, stated: certain[part], chosen: chosenOf[part] }))
    .filter((c): c is OverrideConflict => c.stated !== null && c.stated.value !== c.chosen);
}

export function partValueName(part: IdentityPart, value: string, districtName: (code: string) => string): string {
  if (part === 'district') return districtName(value);
  if (part === 'unitType') return isUnitType(value) ? unitTypeLabel(value) : value;
  return periodName(value);
}

export const statedAt = (s: StatedPart): string => (s.cell ? `ô ${s.sheet ?? ''}!${s.cell}` : s.sheet ? `trang ${s.sheet}` : 'nội dung tệp');

/** "Tệp ghi rõ kỳ báo cáo Quý II năm 2021 (ô Sheet1!A2) nhưng đang chọn Quý III năm 2021". */
export function describeConflicts(conflicts: OverrideConflict[], districtName: (code: string) => string): string {
  return conflicts
    .map((c) => `Tệp ghi rõ ${PART_LABEL[c.part]} ${partValueName(c.part, c.stated.value, districtName)} (${statedAt(c.stated)}) nhưng đang chọn ${partValueName(c.part, c.chosen, districtName)}`)
    .join('; ');
}
