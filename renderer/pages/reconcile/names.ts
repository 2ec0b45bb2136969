import type { PlanBundle, UnitType } from '../../../shared/domain/plan';
import { unitTypeLabel } from '../../../shared/domain/units';

export const unitLabel = (bundle: PlanBundle, districtCode: string | null, unitType: UnitType | null): string => {
  const d = bundle.districts.find((x) => x.code === districtCode);
  if (!d) return 'Toàn tỉnh';
  if (!unitType) return `${d.name} (cả hai đơn vị)`;
  return `${unitTypeLabel(unitType)} ${d.name}`;
};

export const indicatorLabel = (bundle: PlanBundle, code: string | null): string => {
  if (!code) return '';
  const i = bundle.indicators.find((x) => x.code === code);
  return i ? `${code} – ${i.label}` : code;
};
