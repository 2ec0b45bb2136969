import type { DistrictComparison } from '../../shared/domain/reconcile';
import type { ReconcileInput } from './input';
import { lookup } from './lookup';
import { crossUnitDiffers, isJoint } from './rules/r6-cross-unit';

/**
 * The district's two current reports of the period side by side. Only a joint (cross-checked)
 * indicator can differ: it is one activity reported twice. Any other indicator is each unit's own
 * activity, so two different figures there are two activities, not a discrepancy; and findings of
 * other rules on such a row (R4, R5, R8) are about one report, not about the pair.
 */
export function compareDistrictReports(input: ReconcileInput, districtCode: string): DistrictComparison {
  const lk = lookup(input);
  const p = lk.period.code;
  const units = (['BDV', 'QS'] as const).map((unitType) => {
    const r = lk.current(p, districtCode, unitType);
    return { unitType, reportId: r?.id ?? null, version: r?.version ?? null, values: r?.values ?? {} };
  });
  const [bdv, qs] = units;
  const rows = [...lk.indicators.values()].map((ind) => {
    const joint = isJoint(ind);
    const a = bdv?.values[ind.code];
    const b = qs?.values[ind.code];
    const differs = joint && (crossUnitDiffers(lk, ind, a?.period, b?.period) || crossUnitDiffers(lk, ind, a?.ytd, b?.ytd));
    return { indicator: ind.code, joint, differs };
  });
  return { period: p, districtCode, units, rows };
}
