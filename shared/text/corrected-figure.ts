import { parseViNumber, type InvalidReason } from './numbers';

/**
 * What a clerk may type as a corrected figure, in the GUI and on the command line alike. It is
 * read as the workbooks are (shared/text/numbers: "." groups thousands, "," starts the decimals),
 * but what the import only flags is refused here: a corrected figure is the one nobody checks
 * again, so "1,250" (1,25 or 1250?), "1.5", words, units and negatives are never guessed.
 */

export type CorrectedFigure = { ok: true; value: number } | { ok: false; why: string };

/** How to type a figure, said after every refusal in the GUI. */
export const HOW_TO_TYPE_FIGURE = 'Gõ số theo cách Việt Nam: 1.250 (một nghìn hai trăm năm mươi) hoặc 12,5';

const WHY: Record<InvalidReason, string> = {
  not_a_number: 'không phải số',
  decimal_point: 'dấu chấm chỉ dùng để phân cách hàng nghìn; số thập phân viết bằng dấu phẩy (12,5)',
  us_grouping: 'viết theo kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân (1.234.567,5)',
  bad_grouping: 'phân cách hàng nghìn phải đủ từng nhóm ba chữ số (1.234.567)',
  extra_text: 'chỉ ghi con số, không kèm chữ',
};

export function readCorrectedFigure(text: string): CorrectedFigure {
  const n = parseViNumber(text);
  if (n.kind === 'invalid') return { ok: false, why: WHY[n.reason] };
  if (n.kind !== 'number') return { ok: false, why: 'cần một con số (0 nếu đơn vị báo cáo không có)' };
  if (n.ambiguous) return { ok: false, why: `không rõ: ${n.ambiguous}` };
  if (n.unit || n.suffix) return { ok: false, why: WHY.extra_text };
  if (n.value < 0) return { ok: false, why: 'số liệu không âm' };
  return { ok: true, value: n.value };
}
