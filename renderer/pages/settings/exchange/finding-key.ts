import type { PlanBundle } from '../../../../shared/domain/plan';
import { periodTitle } from '../../../../shared/domain/periods';
import { indicatorLabel, unitLabel } from '../../reconcile/names';

/**
 * A settlement of the package names its finding by key ("R6|2021-Q1|534|*|GN05|period"); the
 * preview has no findings list, so the key is read into words. A key of another shape gives the
 * rule and the period only, rather than a guess.
 */
export function findingSubject(bundle: PlanBundle, rule: string, period: string, key: string): string {
  const [, , district, unit, indicator, field] = key.split('|');
  const head = `${rule} · ${periodTitle(period)}`;
  if (!district || !/^\d{3}$/.test(district)) return head;
  const unitType = unit === 'BDV' || unit === 'QS' ? unit : null;
  const parts = [head, unitLabel(bundle, district, unitType)];
  if (indicator && /^[A-Z]{2}\d{2}$/.test(indicator)) parts.push(indicatorLabel(bundle, indicator));
  if (field === 'period') parts.push('cột thực hiện trong kỳ');
  if (field === 'ytd') parts.push('cột lũy kế');
  return parts.join(' · ');
}
