import { usageError } from './io';

/**
 * A figure typed on the command line. "1.234" is one thousand two hundred thirty-four to a
 * Vietnamese clerk and 1.234 to a script, and "1,234" the other way round: a single separator
 * followed by exactly three digits is refused rather than guessed. Accepted: 1234, 12,5 or 12.5,
 * and the vi-VN form 1.234.567,5.
 */
export function parseCliNumber(text: string, flag: string): number {
  const t = text.trim();
  const fail = (why: string) => usageError(`${flag} "${text}": ${why}`);
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+[.,]\d{3}$/.test(t)) throw fail(`không rõ là số nghìn hay số thập phân; viết ${t.replace(/[.,]/, '')} (số nguyên) hoặc ${t.replace(/[.,]/, ',')}0 (số thập phân).`);
  if (/^\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  throw fail('không phải số không âm (ví dụ 1234, 12,5 hoặc 1.234.567).');
}

/** A whole number flag within bounds (--limit, --year, --from, --to). */
export function parseCliInteger(text: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`${flag} "${text}": cần số nguyên từ ${min.toLocaleString('vi-VN')} đến ${max.toLocaleString('vi-VN')}.`);
  return n;
}
