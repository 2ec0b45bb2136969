import type { UnitType } from '../../shared/domain/plan';
import type { ReconcileSettings } from '../../shared/domain/reconcile';

/**
 * The plan's own numeric commitments that figures can be held to. A later plan adds a row here
 * (and, if the range is to be editable, a setting), not a rule.
 */
export interface PlanTarget {
  indicator: string;
  /** The unit type whose figures count; null for both. */
  unitType: UnitType | null;
  min: number | null;
  /** The upper end of the range as the plan words it; printed, never a finding (more than planned is not a fault). */
  max: number | null;
  /**
   * 'year': a commitment for the whole year, judged only at the year period (Y) and shown as
   * progress at the six-month period (H1); a quarter holds no part of it, so quarters are not checked.
   */
  horizon: 'year';
  /** Where the plan says so, for the message. */
  source: string;
}

export function planTargets(settings: ReconcileSettings): PlanTarget[] {
  return [
    // Seed III.2: the Military Command selects 2–3 "Dân vận khéo" models to replicate in the armed
    // forces. The plan gives no quarterly share, so only the year's total can fall short.
    { indicator: 'DK03', unitType: 'QS', min: settings.dk03Min, max: settings.dk03Max, horizon: 'year', source: 'mục III.2 của Kế hoạch' },
  ];
}
