import type { CompletenessRow, Finding, RuleId } from '../../shared/domain/reconcile';
import { RULES } from '../../shared/domain/reconcile';
import type { ReconcileInput } from './input';
import { completeness, r1Completeness } from './rules/r1-completeness';
import { r2Timeliness } from './rules/r2-timeliness';
import { r3Versions } from './rules/r3-versions';
import { r4WithinReport } from './rules/r4-within-report';
import { r5YearToDate } from './rules/r5-year-to-date';
import { r6CrossUnit } from './rules/r6-cross-unit';
import { r7SixMonthYear } from './rules/r7-six-month-year';
import { r8Plausibility } from './rules/r8-plausibility';
import { r9PlanTargets } from './rules/r9-plan-targets';

export type Rule = (input: ReconcileInput) => Finding[];

export const RULE_CHECKS: Record<RuleId, Rule> = {
  R1: r1Completeness,
  R2: r2Timeliness,
  R3: r3Versions,
  R4: r4WithinReport,
  R5: r5YearToDate,
  R6: r6CrossUnit,
  R7: r7SixMonthYear,
  R8: r8Plausibility,
  R9: r9PlanTargets,
};

export interface ReconcileResult {
  /** Per reporting unit, whatever rules are switched on: the list of who reported is always wanted. */
  completeness: CompletenessRow[];
  /** In rule order, then in the official order of the units. */
  findings: Finding[];
}

/** Runs the enabled rules over the stored reports of one period. Pure: same input, same output, same keys. */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const findings: Finding[] = [];
  for (const rule of RULES) if (input.settings.enabled[rule]) findings.push(...RULE_CHECKS[rule](input));
  return { completeness: completeness(input), findings };
}
