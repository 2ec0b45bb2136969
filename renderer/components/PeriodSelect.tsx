import { HTMLSelect } from '@blueprintjs/core';
import { localIsoDate } from '../../shared/dates';
import { periodName } from '../../shared/domain/periods';
import type { Period } from '../../shared/domain/plan';

/** The quarter whose data window has started most recently: what the sections are working on. */
export function currentPeriod(periods: Period[], today = localIsoDate()): string {
  const quarters = periods.filter((p) => p.kind.startsWith('Q'));
  const started = quarters.filter((p) => p.windowStart <= today);
  return (started[started.length - 1] ?? quarters[0] ?? periods[0])?.code ?? '';
}

export function PeriodSelect({ periods, value, onChange, quartersOnly }: { periods: Period[]; value: string; onChange(v: string): void; quartersOnly?: boolean }) {
  const list = quartersOnly ? periods.filter((p) => p.kind.startsWith('Q')) : periods;
  return (
    <label className="inline-controls">
      <span>Kỳ</span>
      <HTMLSelect aria-label="Kỳ báo cáo" value={value} onChange={(e) => onChange(e.currentTarget.value)} options={list.map((p) => ({ value: p.code, label: periodName(p.code) }))} />
    </label>
  );
}
