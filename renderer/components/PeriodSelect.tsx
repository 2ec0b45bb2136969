import { HTMLSelect } from '@blueprintjs/core';
import { localIsoDate } from '../../shared/dates';
import { periodTitle } from '../../shared/domain/periods';
import type { Period } from '../../shared/domain/plan';
import { workingPeriod } from '../../shared/domain/working-period';
import { useAppState } from '../app/app-state';

/**
 * The period a page shows: the one chosen on any page (or just imported) when this page lists it,
 * otherwise the quarter being worked on. Shared so that the pages follow one another.
 */
export function usePeriod(periods: Period[] | undefined, quartersOnly = false): [string, (p: string) => void] {
  const { period, setPeriod, info } = useAppState();
  const list = (periods ?? []).filter((p) => !quartersOnly || p.kind.startsWith('Q'));
  const value = period && list.some((p) => p.code === period) ? period : list.length ? workingPeriod(list, info.lockedPeriods, localIsoDate(), info.reportedPeriods) : '';
  return [value, setPeriod];
}

export function PeriodSelect({ periods, value, onChange, quartersOnly }: { periods: Period[]; value: string; onChange(v: string): void; quartersOnly?: boolean }) {
  const list = quartersOnly ? periods.filter((p) => p.kind.startsWith('Q')) : periods;
  return (
    <label className="inline-controls">
      <span>Kỳ</span>
      <HTMLSelect aria-label="Kỳ báo cáo" value={value} onChange={(e) => onChange(e.currentTarget.value)} options={list.map((p) => ({ value: p.code, label: periodTitle(p.code) }))} />
    </label>
  );
}
