/**
 * Row heights for wrapped text. Excel and LibreOffice grow a row to fit wrapped text only when the
 * row has no explicit height and the cell is not merged, and never on a protected sheet once the
 * clerk types; so we estimate the height ourselves, erring on the tall side: a clipped label on a
 * printed report is worse than a little white space.
 */

/**
 * Column width is measured in widths of the digit "0" of the default font (Calibri 11 in files
 * exceljs writes). Vietnamese text in Times New Roman 12 pt measured about 1.27 characters per
 * unit on the rendered form (LibreOffice, Liberation Serif, which has Times New Roman's metrics);
 * 1.2 wraps a little earlier than the real text, so estimated rows are never too short.
 */
const CHARS_PER_WIDTH_UNIT = 1.2;

/** Lines a text needs in a cell `width` units wide, wrapping at spaces like the spreadsheet does. */
export function wrappedLines(text: string, width: number, fontSizePt = 12): number {
  const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH_UNIT * 12) / fontSizePt));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
      } else {
        // A word longer than the line is broken across lines, as the spreadsheet does.
        count += used === 0 ? 0 : 1;
        count += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines of text at the given font size, with a little padding. */
export const heightFor = (lines: number, fontSizePt = 12): number => Math.ceil(lines * fontSizePt * 1.25 + 3);
