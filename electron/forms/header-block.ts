import type { Worksheet } from 'exceljs';
import type { Period, UnitType } from '../../shared/domain/plan';
import { periodName } from '../../shared/domain/periods';
import { dateVi } from '../../shared/dates';
import { putMerged, type Look } from './cells';
import { CLERK_IDENT_FIELDS, FIRST_COL, IDENT_VALUE_COL, LAST_COL, widthOf, type FormLayout, type IdentField } from './layout';
import { DATE_FORMAT, INPUT_FILL, TEXT_FORMAT, WRITE_ON, font } from './styles';
import { heightFor, wrappedLines } from './text-fit';

export const REPORT_TITLE = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHỐI HỢP CÔNG TÁC DÂN VẬN';

export const UNIT_TYPE_NAMES: Record<UnitType, string> = {
  BDV: 'Ban Dân vận (BDV)',
  QS: 'Ban Chỉ huy Quân sự (QS)',
};

/** Labels stay short: they sit in the narrow STT and code columns (A:B). */
export const IDENT_LABELS: Record<IdentField, string> = {
  unit: 'Đơn vị báo cáo:',
  unitType: 'Loại đơn vị:',
  period: 'Kỳ báo cáo:',
  window: 'Số liệu từ ngày:',
  due: 'Hạn gửi báo cáo:',
  reportDate: 'Ngày báo cáo:',
  preparedBy: 'Người lập:',
  phone: 'Điện thoại:',
};

export const INSTRUCTION =
  'Hướng dẫn: ghi số liệu vào các ô tô màu. Số tiền tính bằng triệu đồng. Bằng không thì ghi 0; ' +
  'không có số liệu báo cáo thì để trống. Lũy kế từ đầu năm gồm cả số liệu trong kỳ này. ' +
  'Không thêm, xóa hay đổi thứ tự các dòng, cột của biểu.';


const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export interface HeaderContent {
  unitName: string;
  unitType: UnitType;
  period: Period;
}

/** Title lines, the identification block and the filling instructions, above the indicator table. */
export function writeHeaderBlock(ws: Worksheet, layout: FormLayout, content: HeaderContent): void {
  const fullWidth = widthOf(FIRST_COL, LAST_COL);
  const title = (row: number, text: string, size: number, extra: Look['font'] = {}) => {
    putMerged(ws, row, FIRST_COL, LAST_COL, text, { font: font({ size, bold: true, ...extra }), alignment: { horizontal: 'center' } });
    ws.getRow(row).height = heightFor(wrappedLines(text, fullWidth, size), size);
  };
  title(layout.unitTitleRow, content.unitName.toLocaleUpperCase('vi'), 13);
  title(layout.reportTitleRow, REPORT_TITLE, 14);
  title(layout.periodTitleRow, capitalize(periodName(content.period.code)), 13);

  const prefilled: Partial<Record<IdentField, string>> = {
    unit: content.unitName,
    unitType: UNIT_TYPE_NAMES[content.unitType],
    period: capitalize(periodName(content.period.code)),
    window: `${dateVi(content.period.windowStart)} đến ngày ${dateVi(content.period.windowEnd)}`,
    due: dateVi(content.period.dueDate),
  };
  const labelWidth = widthOf(FIRST_COL, 'B');
  const valueWidth = widthOf(IDENT_VALUE_COL, LAST_COL);
  for (const [field, row] of Object.entries(layout.identRows) as [IdentField, number][]) {
    const label = IDENT_LABELS[field];
    putMerged(ws, row, FIRST_COL, 'B', label);
    const clerk = CLERK_IDENT_FIELDS.includes(field);
    const value = prefilled[field] ?? null;
    putMerged(ws, row, IDENT_VALUE_COL, LAST_COL, value, {
      font: font({ bold: !clerk }),
      // Dates typed as text ("15/6/2021") on a machine set to another locale still import; the
      // format only makes a real date cell read the Vietnamese way. A phone number is text so
      // that its leading 0 survives.
      numFmt: field === 'reportDate' ? DATE_FORMAT : field === 'phone' ? TEXT_FORMAT : undefined,
      fill: clerk ? INPUT_FILL : undefined,
      border: clerk ? WRITE_ON : undefined,
      alignment: { horizontal: 'left' },
      input: clerk,
    });
    const lines = Math.max(wrappedLines(label, labelWidth), wrappedLines(value ?? '', valueWidth));
    ws.getRow(row).height = heightFor(lines);
  }

  putMerged(ws, layout.instructionRow, FIRST_COL, LAST_COL, INSTRUCTION, { font: font({ italic: true, size: 11 }), alignment: { vertical: 'top' } });
  ws.getRow(layout.instructionRow).height = heightFor(wrappedLines(INSTRUCTION, fullWidth, 11), 11);
}
