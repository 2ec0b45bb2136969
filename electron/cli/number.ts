import { readCorrectedFigure } from '../../shared/text/corrected-figure';
import { usageError } from './io';

/** A corrected figure typed on the command line: the same rule as the GUI's settle dialog. */
export function parseCliNumber(text: string, flag: string): number {
  const r = readCorrectedFigure(text);
  if (!r.ok) throw usageError(`${flag} "${text}": ${r.why}.`);
  return r.value;
}

/** A whole number flag within bounds (--limit, --from, --to, --year). */
export function parseCliInteger(text: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`${flag} "${text}": cần số nguyên từ ${min.toLocaleString('vi-VN')} đến ${max.toLocaleString('vi-VN')}.`);
  return n;
}
