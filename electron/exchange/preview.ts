import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { PlanDifference, SettlementLine } from '../../shared/domain/exchange';
import type { ReconcileSettings } from '../../shared/domain/reconcile';
import type { PackagePlan, PackageSettings } from './contents';
import { canonicalJson } from './manifest';

/**
 * The pure comparisons behind a preview: which fields of the plan year differ, and whether two
 * settlements of one finding say the same thing. Who settled and when never makes a conflict;
 * what was decided (the action, the chosen or corrected figure, the note) does.
 */

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function fieldsThatDiffer(ours: object, theirs: object): string[] {
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
}

function byKey<T>(what: PlanDifference['what'], ours: T[], theirs: T[], key: (t: T) => string): PlanDifference[] {
  const here = new Map(ours.map((o) => [key(o), o]));
  const out: PlanDifference[] = [];
  for (const t of theirs) {
    const o = here.get(key(t)) ?? null;
    if (o && same(o, t)) continue;
    out.push({ what, key: key(t), fields: o ? fieldsThatDiffer(o as object, t as object) : ['*'], ours: o, theirs: t });
  }
  return out;
}

export interface OurPlan {
  plan: PackagePlan;
  document: DocumentSettings | null;
  reconcile: ReconcileSettings;
}

export function planDifferences(ours: OurPlan, theirs: PackagePlan, settings: PackageSettings): PlanDifference[] {
  const out: PlanDifference[] = [];
  if (!same(ours.plan.plan, theirs.plan)) out.push({ what: 'plan', key: String(theirs.plan.year), fields: fieldsThatDiffer(ours.plan.plan, theirs.plan), ours: ours.plan.plan, theirs: theirs.plan });
  out.push(...byKey('area', ours.plan.areas, theirs.areas, (a) => String(a.no)));
  out.push(...byKey('indicator', ours.plan.indicators, theirs.indicators, (i) => i.code));
  out.push(...byKey('district', ours.plan.districts, theirs.districts, (d) => d.code));
  out.push(...byKey('period', ours.plan.periods, theirs.periods, (p) => p.code));
  if (settings.document && !same(ours.document, settings.document)) {
    out.push({ what: 'document_settings', key: String(settings.year), fields: ours.document ? fieldsThatDiffer(ours.document, settings.document) : ['*'], ours: ours.document, theirs: settings.document });
  }
  if (!same(ours.reconcile, settings.reconcile)) out.push({ what: 'reconcile_settings', key: String(settings.year), fields: fieldsThatDiffer(ours.reconcile, settings.reconcile), ours: ours.reconcile, theirs: settings.reconcile });
  return out;
}

/** What a settlement decided, without who and when: two sections agree when these are equal. */
const decision = (s: SettlementLine) => ({
  status: s.status,
  chosenValue: s.chosenValue,
  note: s.note?.trim() || null,
  corrections: [...s.corrections].sort((a, b) => `${a.sha256}|${a.indicator}|${a.field}`.localeCompare(`${b.sha256}|${b.indicator}|${b.field}`)),
});

export const sameSettlement = (a: SettlementLine, b: SettlementLine): boolean => same(decision(a), decision(b));
