import { parseViNumber, type InvalidReason } from '../../shared/text/numbers';
import { usageError } from './io';

const WHY: Record<InvalidReason, string> = {
  not_a_number: 'không phải số',
  decimal_point: 'dấu chấm chỉ dùng để phân cách hàng nghìn; số thập phân viết bằng dấu phẩy (12,5)',
  us_grouping: 'viết theo kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân (1.234.567,5)',
  bad_grouping: 'phân cách hàng nghìn phải đủ từng nhóm ba chữ số (1.234.567)',
  extra_text: 'chỉ ghi con số, không kèm chữ',
};

/**
 * A figure typed on the command line, read as the workbooks are (shared/text/numbers: "." groups
 * thousands, "," starts the decimals). What the import only flags — "1,250", which a US-locale
 * script means as 1250 — is refused here: a corrected figure is the one nobody checks again.
 */
export function parseCliNumber(text: string, flag: string): number {
  const n = parseViNumber(text);
  const fail = (why: string) => usageError(`${flag} "${text}": ${why}.`);
  if (n.kind === 'invalid') throw fail(WHY[n.reason]);
  if (n.kind !== 'number') throw fail('cần một con số (0 nếu đơn vị báo cáo không có)');
  if (n.ambiguous) throw fail(`không rõ: ${n.ambiguous}`);
  if (n.unit || n.suffix) throw fail(WHY.extra_text);
  if (n.value < 0) throw fail('số liệu không âm');
  return n.value;
}

/** A whole number flag within bounds (--limit, --from, --to, --year). */
export function parseCliInteger(text: string, flag: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`${flag} "${text}": cần số nguyên từ ${min.toLocaleString('vi-VN')} đến ${max.toLocaleString('vi-VN')}.`);
  return n;
}
