import type { Period } from './plan';

/**
 * The quarter the clerk is working on. Where reports of an open (unlocked) quarter are stored, the
 * latest such quarter: that is where the work is. Otherwise the next to arrive: a quarter's reports
 * are sent once its data window has ended (window 15/12–14/03, due 20/03: in late March the files
 * arriving are Quý I's, although Quý II's window has begun), so the earliest open quarter whose
 * window has ended; a past year being caught up opens on its first open quarter, not on Quý IV.
 * Before any window has ended, the latest quarter whose window has begun.
 */
export function workingPeriod(periods: readonly Period[], locked: readonly string[], today: string, reported: readonly string[] = []): string {
  const quarters = periods.filter((p) => p.kind.startsWith('Q')).sort((a, b) => a.windowStart.localeCompare(b.windowStart));
  const open = quarters.filter((p) => !locked.includes(p.code));
  const withReports = open.filter((p) => reported.includes(p.code));
  const arriving = withReports[withReports.length - 1] ?? open.find((p) => p.windowEnd <= today);
  const begun = open.filter((p) => p.windowStart <= today);
  const pick = arriving ?? begun[begun.length - 1] ?? open[0] ?? quarters[quarters.length - 1];
  return pick?.code ?? periods[0]?.code ?? '';
}

/**
 * The period a batch just saved belongs to: the one most of its reports name (a stray late file of
 * the previous quarter must not pull the pages away), the latest one on a tie.
 */
export function periodOfBatch(savedPeriods: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const p of savedPeriods) count.set(p, (count.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of count) {
    const b = best === null ? 0 : count.get(best)!;
    if (n > b || (n === b && best !== null && p > best)) best = p;
  }
  return best;
}

export type StagedPeriods = { kind: 'none' } | { kind: 'one'; period: string } | { kind: 'many'; periods: string[] };

/**
 * The periods of the files being imported (staged, not yet saved). Only when they all agree does
 * the page show that period: a mixed batch keeps the clerk's choice and says so, because picking
 * one of its periods would hide the others' reports without a word.
 */
export function stagedPeriods(periods: readonly string[]): StagedPeriods {
  const distinct = [...new Set(periods)].sort();
  if (distinct.length === 0) return { kind: 'none' };
  if (distinct.length === 1) return { kind: 'one', period: distinct[0]! };
  return { kind: 'many', periods: distinct };
}
