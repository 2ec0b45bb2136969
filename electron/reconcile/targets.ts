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
  max: number | null;
  /** Where the plan says so, for the message. */
  source: string;
}

export function planTargets(settings: ReconcileSettings): PlanTarget[] {
  return [
    // Seed III.2: the Military Command selects 2–3 "Dân vận khéo" models to replicate in the armed forces.
    { indicator: 'DK03', unitType: 'QS', min: settings.dk03Min, max: settings.dk03Max, source: 'mục III.2 của Kế hoạch' },
  ];
}
