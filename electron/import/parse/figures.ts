import type { Indicator } from '../../../shared/domain/plan';
import type { ImportFinding } from '../../../shared/domain/report';
import { formatNumberVi, parseViNumber, type InvalidReason, type MoneyUnit } from '../../../shared/text/numbers';
import { addressOf, cellAt, type SheetGrid } from './grid';

/** One figure cell read: empty stays null (not reported), "-" is 0, text is read the vi-VN way. */
export interface Figure {
  /** In the cell's own unit; scaling to triệu đồng happens later. */
  value: number | null;
  fromText: boolean;
  /** A money unit written in the cell itself ("350 triệu", "45.500.000 đ"). */
  textUnit: MoneyUnit | null;
  findings: ImportFinding[];
  /**
   * The cell says something: a number (0 included) or text that is not one. Empty, "-" and
   * "không áp dụng" are not: a form holding only those has no figures at all.
   */
  filled: boolean;
}

const INVALID_REASON: Record<InvalidReason, string> = {
  not_a_number: 'không phải là số',
  decimal_point: 'dùng dấu chấm làm dấu thập phân (theo cách viết Việt Nam dấu chấm ngăn cách hàng nghìn, số lẻ dùng dấu phẩy, ví dụ 12,5)',
  us_grouping: 'viết theo kiểu nước ngoài (dấu phẩy ngăn cách hàng nghìn); theo cách viết Việt Nam phải là dấu chấm, ví dụ 1.250.000',
  bad_grouping: 'có dấu ngăn cách hàng nghìn đặt sai chỗ',
  extra_text: 'có thêm chữ hoặc ký hiệu lạ sau con số',
};

export function readFigure(grid: SheetGrid, row: number, col: number | null, indicator: Indicator, what: string): Figure {
  const out: Figure = { value: null, fromText: false, textUnit: null, findings: [], filled: false };
  if (col === null) return out;
  const cell = cellAt(grid, row, col);
  const address = addressOf(row, col);
  const note = (code: string, severity: ImportFinding['severity'], message: string) =>
    out.findings.push({ code, severity, sheet: grid.name, cell: address, message: `Ô ${address} (${indicator.code}, ${what}): ${message}` });
  if (!cell || cell.mergeMaster) return out;
  const v = cell.value;
  // A formula giving 0 is what an untouched district form with "=E7+…" cells shows: not a typed figure.
  out.filled = cell.formula !== null ? !(v.t === 'n' && v.v === 0) : v.t !== 'none';

  if (cell.formula !== null && v.t === 'none') {
    note('formula_no_cache', 'error', 'có công thức nhưng tệp không lưu kết quả đã tính (tệp do chương trình không tính công thức tạo ra). Tạm để trống; hãy mở bằng Excel, lưu lại rồi nhập lại, hoặc nhập số tay.');
    return out;
  }
  switch (v.t) {
    case 'none':
      return out;
    case 'n':
      out.value = v.v;
      break;
    case 's': {
      const parsed = parseViNumber(v.v);
      out.fromText = true;
      if (parsed.kind === 'empty' || parsed.kind === 'dash' || parsed.kind === 'not_applicable') out.filled = false;
      if (parsed.kind === 'empty') return out;
      if (parsed.kind === 'dash') out.value = 0;
      else if (parsed.kind === 'not_applicable') {
        note('not_applicable', 'info', `ghi "${v.v}" (không áp dụng): coi như không báo cáo.`);
        return out;
      } else if (parsed.kind === 'invalid') {
        note('not_a_number', 'error', `ghi "${v.v}", ${INVALID_REASON[parsed.reason]}. Tạm để trống; hãy hỏi lại đơn vị.`);
        return out;
      } else {
        out.value = parsed.value;
        out.textUnit = parsed.unit;
        if (parsed.ambiguous) note('ambiguous_number', 'warning', `${parsed.ambiguous}.`);
      }
      break;
    }
    case 'e':
      note(cell.formula !== null ? 'formula_error' : 'error_value', 'error', `báo lỗi ${v.v}. Tạm để trống.`);
      return out;
    case 'd':
      note('not_a_number', 'error', 'là một ngày tháng, không phải số liệu. Tạm để trống.');
      return out;
    case 'b':
      note('not_a_number', 'error', `là giá trị đúng/sai (${v.v ? 'TRUE' : 'FALSE'}), không phải số liệu. Tạm để trống.`);
      return out;
  }
  if (out.value !== null && out.value < 0) note('negative', 'warning', `số âm (${formatNumberVi(out.value)}): chỉ tiêu này không thể âm, hãy kiểm tra lại.`);
  if (out.value !== null && indicator.kind !== 'money' && !Number.isInteger(out.value)) {
    note('non_integer', 'warning', `số lẻ (${formatNumberVi(out.value, 3)}) cho chỉ tiêu đếm (${indicator.unit}): có thể bị đọc sai dấu chấm/phẩy, hãy kiểm tra lại.`);
  }
  return out;
}
