import type { Borders, DataValidation, Fill, Font } from 'exceljs';
import type { IndicatorKind } from '../../shared/domain/plan';

/** Times New Roman everywhere: the font of the province's documents and of the Vietnamese clerks' Office. */
export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** A dotted line to write on, for the clerk's lines of the identification block. */
export const WRITE_ON: Partial<Borders> = { bottom: { style: 'dotted', color: { argb: 'FF808080' } } };

/** A pale tint marks the cells to fill in; light enough to vanish on a black-and-white printout. */
export const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E6' } };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
export const AREA_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/**
 * Number formats. The separators in a format code are placeholders that the spreadsheet replaces
 * with the reader's regional settings, so on the clerks' Vietnamese Windows "#,##0" shows
 * 1.250 and "#,##0.0##" shows 12,5. A format cannot force vi-VN separators on a machine set to
 * another locale without turning numbers into text, which the importer would then have to undo.
 * Money keeps up to three decimals: triệu đồng with three decimals is exact to the thousand đồng.
 */
export const WHOLE_FORMAT = '#,##0';
export const MONEY_FORMAT = '#,##0.0##';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const TEXT_FORMAT = '@';

export const isMoney = (kind: IndicatorKind): boolean => kind === 'money';
export const numberFormatFor = (kind: IndicatorKind): string => (isMoney(kind) ? MONEY_FORMAT : WHOLE_FORMAT);

/**
 * Validation of a figure cell. Blank stays allowed: on this form an empty cell means "not
 * reported", which the reconciliation keeps apart from 0. Excel caps titles at 32 characters and
 * messages at 255, so the texts stay short.
 */
export function figureValidation(kind: IndicatorKind): DataValidation {
  const common = {
    operator: 'greaterThanOrEqual' as const,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số liệu không hợp lệ',
    showInputMessage: true,
  };
  if (isMoney(kind)) {
    return {
      ...common,
      type: 'decimal',
      formulae: [0],
      error: 'Ô này chỉ nhận số không âm, tính bằng triệu đồng (được có phần thập phân). Không có số liệu thì để trống; bằng không thì ghi 0.',
      promptTitle: 'Số tiền (triệu đồng)',
      prompt: 'Nhập số tiền tính bằng triệu đồng, không nhập bằng đồng. Bằng không thì ghi 0.',
    };
  }
  return {
    ...common,
    type: 'whole',
    formulae: [0],
    error: 'Ô này chỉ nhận số nguyên không âm (0, 1, 2, ...). Không có số liệu thì để trống; bằng không thì ghi 0.',
    promptTitle: 'Số nguyên không âm',
    prompt: 'Nhập số nguyên, không có phần thập phân. Bằng không thì ghi 0.',
  };
}
