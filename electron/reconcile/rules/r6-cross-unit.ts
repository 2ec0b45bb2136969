import type { Finding } from '../../../shared/domain/reconcile';
import { amount, capitalise, FIELD_NAMES, findingKey, indicatorName, periodName, placeName } from '../format';
import type { ReconcileInput } from '../input';
import type { Indicator } from '../../../shared/domain/plan';
import { differs, lookup, tolerance, type Lookup } from '../lookup';

/**
 * R6: a cross-checked indicator is one joint activity of the district's two units, so their
 * figures must agree, in both columns. Compared only when both units filed for the period and
 * both filled the cell: one empty side is not a disagreement, and the province total then takes
 * the figure that was reported (figures.ts).
 */
/** Whether the two units' figures of a joint indicator disagree; an empty side is not a disagreement. */
export function crossUnitDiffers(lk: Lookup, ind: Indicator, b: number | null | undefined, q: number | null | undefined): boolean {
  return b !== null && b !== undefined && q !== null && q !== undefined && differs(b, q, tolerance(lk, ind));
}

/** Joint only when both unit types report it: a cross_check row filled by one type is that type's own figure. */
export const isJoint = (ind: Indicator): boolean => ind.crossCheck && ind.reportedBy === 'both';

export function r6CrossUnit(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period.code;
  const crossed = [...lk.indicators.values()].filter(isJoint);
  const out: Finding[] = [];
  for (const d of lk.districts.values()) {
    const bdv = lk.current(p, d.code, 'BDV');
    const qs = lk.current(p, d.code, 'QS');
    if (!bdv || !qs) continue;
    for (const ind of crossed) {
      for (const field of ['period', 'ytd'] as const) {
        const b = bdv.values[ind.code]?.[field];
        const q = qs.values[ind.code]?.[field];
        if (b === null || b === undefined || q === null || q === undefined || !crossUnitDiffers(lk, ind, b, q)) continue;
        out.push({
          key: findingKey('R6', p, d.code, null, ind.code, field),
          rule: 'R6',
          period: p,
          districtCode: d.code,
          unitType: null,
          indicator: ind.code,
          values: { BDV: b, QS: q },
          message:
            `${capitalise(periodName(p))}, ${placeName(d)}, chỉ tiêu ${indicatorName(ind)}, cột ${FIELD_NAMES[field]}: Ban Dân vận báo cáo ${amount(b, ind)}, ` +
            `Ban CHQS báo cáo ${amount(q, ind)}. Đây là hoạt động hai cơ quan cùng thực hiện nên hai số phải khớp.`,
          severity: 'error',
          cells: [
            { reportId: bdv.id, indicator: ind.code, field },
            { reportId: qs.id, indicator: ind.code, field },
          ],
        });
      }
    }
  }
  return out;
}
