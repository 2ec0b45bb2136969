/**
 * One bench figure as the issue states it: the value, its baseline measured in the same run (when
 * the goal is a ratio), the goal, and whether it is met. Printed, never asserted.
 */
export interface Figure {
  label: string;
  value: number;
  unit: 'ms' | 'MB';
  /** Same work without the product around it, measured in this run. */
  baseline?: { label: string; value: number };
  /** A ratio against the baseline (≤ max) or an absolute bound in the figure's unit. */
  goal: { ratio: number } | { max: number };
}

const vi = (n: number, digits: number) => n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatFigure(f: Figure): string {
  const amount = (n: number) => `${vi(n, f.unit === 'ms' ? 1 : 0)} ${f.unit}`;
  if ('ratio' in f.goal) {
    const ratio = f.baseline && f.baseline.value > 0 ? f.value / f.baseline.value : NaN;
    const met = ratio <= f.goal.ratio;
    return `   ${met ? 'ĐẠT ' : 'CHƯA'}  ${f.label}: ${amount(f.value)}; ${f.baseline?.label ?? 'gốc'} ${amount(f.baseline?.value ?? NaN)}; tỉ lệ ${vi(ratio, 2)}× (mục tiêu ≤ ${vi(f.goal.ratio, 2)}×)`;
  }
  const met = f.value <= f.goal.max;
  const base = f.baseline ? `; ${f.baseline.label} ${amount(f.baseline.value)}` : '';
  return `   ${met ? 'ĐẠT ' : 'CHƯA'}  ${f.label}: ${amount(f.value)}${base} (mục tiêu ≤ ${amount(f.goal.max)})`;
}
