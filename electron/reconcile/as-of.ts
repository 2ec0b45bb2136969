import { compareVersions } from '../import/versions';
import type { ReconcileInput, StoredReport } from './input';

/**
 * The stored reports as they stood on `date`: what arrived later did not exist yet. A document
 * dated 21/12 must not count, or call late, a report received on 31/12. When the current version
 * of a unit arrived later, the version that was current then counts again: the newest of those
 * received by that date, by the importer's own order (report date, then received date).
 */
export function asOfInput(input: ReconcileInput, date: string): ReconcileInput {
  return {
    ...input,
    today: date,
    reports: currentAsOf(input.reports.filter((r) => r.receivedDate <= date)),
    history: input.history.filter((r) => r.receivedDate <= date),
    duplicates: input.duplicates.filter((d) => d.receivedDate <= date),
  };
}

function currentAsOf(reports: StoredReport[]): StoredReport[] {
  const slots = new Map<string, StoredReport[]>();
  for (const r of reports) {
    const key = `${r.period}|${r.districtCode}|${r.unitType}`;
    slots.set(key, [...(slots.get(key) ?? []), r]);
  }
  const out: StoredReport[] = [];
  for (const versions of slots.values()) {
    if (versions.some((r) => r.isCurrent)) {
      out.push(...versions);
      continue;
    }
    const newest = versions.reduce((a, b) => (compareVersions(b, a) > 0 || (compareVersions(b, a) === 0 && b.version > a.version) ? b : a));
    out.push(...versions.map((r) => (r === newest ? { ...r, isCurrent: true } : r)));
  }
  return out;
}
