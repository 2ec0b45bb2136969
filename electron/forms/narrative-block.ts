import type { Worksheet } from 'exceljs';
import { NARRATIVE_TITLES } from '../../shared/domain/form';
import { putMerged } from './cells';
import { FIRST_COL, LAST_COL, type FormLayout } from './layout';
import { BOX, INPUT_FILL, font } from './styles';

/**
 * About eight lines of 12 pt text. The row cannot grow by itself (merged cell, protected sheet),
 * so it starts tall; the clerk may still drag it taller, the protection allows formatting rows.
 */
const NARRATIVE_HEIGHT = 130;

/** "1. Kết quả nổi bật:" — numbered and with a colon, as the districts write these headings. */
export const narrativeHeading = (index: number, title: string): string => `${index + 1}. ${title}:`;

/** The four free-text blocks below the table, then the place, date and signature lines. */
export function writeNarrativeBlock(ws: Worksheet, layout: FormLayout): void {
  layout.narrative.forEach(({ key, headingRow, inputRow }, i) => {
    putMerged(ws, headingRow, FIRST_COL, LAST_COL, narrativeHeading(i, NARRATIVE_TITLES[key]), { font: font({ bold: true }) });
    putMerged(ws, inputRow, FIRST_COL, LAST_COL, null, {
      alignment: { vertical: 'top', horizontal: 'left' },
      border: BOX,
      fill: INPUT_FILL,
      input: true,
    });
    ws.getRow(inputRow).height = NARRATIVE_HEIGHT;
  });

  const italic = font({ italic: true });
  const bold = font({ bold: true });
  const center = { horizontal: 'center' as const };
  // The place and date stay dotted blanks for the clerk: the report may be signed after the period ends.
  putMerged(ws, layout.placeDateRow, 'D', LAST_COL, '.........., ngày ..... tháng ..... năm ..........', { font: italic, alignment: center, input: true });
  const sig = layout.signatureRow;
  putMerged(ws, sig, 'B', 'C', 'NGƯỜI LẬP BIỂU', { font: bold, alignment: center });
  putMerged(ws, sig, 'D', LAST_COL, 'THỦ TRƯỞNG ĐƠN VỊ', { font: bold, alignment: center });
  putMerged(ws, sig + 1, 'B', 'C', '(Ký, ghi rõ họ tên)', { font: italic, alignment: center });
  putMerged(ws, sig + 1, 'D', LAST_COL, '(Ký tên, đóng dấu)', { font: italic, alignment: center });
  putMerged(ws, layout.signatureNameRow, 'B', 'C', null, { font: bold, alignment: center, input: true });
  putMerged(ws, layout.signatureNameRow, 'D', LAST_COL, null, { font: bold, alignment: center, input: true });
}
