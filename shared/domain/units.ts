import { UNIT_TYPES, type District, type UnitType } from './plan';

/**
 * How a reporting unit is named, in one place: the short body names clerks use between
 * themselves, and the full name the plan gives each district's unit.
 */

export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, string>> = { BDV: 'Ban Dân vận', QS: 'Ban CHQS' };

/** "Ban Dân vận", "Ban CHQS". */
export const unitTypeLabel = (type: UnitType): string => UNIT_TYPE_LABELS[type];

/** Stored rows (audit, findings) carry the type as plain text: only a known one gets a label. */
export const isUnitType = (s: string | null | undefined): s is UnitType => (UNIT_TYPES as readonly unknown[]).includes(s);

/** "huyện Bình Sơn", "thị xã Đức Phổ". */
export const placeName = (d: Pick<District, 'type' | 'name'>): string => `${d.type} ${d.name}`;

/** "Ban Dân vận huyện Bình Sơn", "Ban CHQS thị xã Đức Phổ". */
export const unitName = (d: Pick<District, 'type' | 'name'>, type: UnitType): string => `${unitTypeLabel(type)} ${placeName(d)}`;

/** The unit's own name as the plan records it: "Ban Dân vận Huyện ủy Bình Sơn". */
export const unitOfficialName = (d: Pick<District, 'boardUnit' | 'militaryUnit'>, type: UnitType): string => (type === 'BDV' ? d.boardUnit : d.militaryUnit);
