import { odsAttribute, odsText } from './ods-scan';

/**
 * Merged ranges whose top-left cell is empty, by sheet. SheetJS 0.20.3 reads a merge only from a
 * cell with content: an empty merged cell is written self-closing
 * (<table:table-cell table:number-columns-spanned="5"/>) and its span is dropped, so the cells it
 * covers would read as free cells. Positions follow SheetJS's own walk: a row resets the column,
 * a cell or covered cell advances it by its repetition, a row advances the row by its own.
 */

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export function odsEmptyMerges(data: Uint8Array): Map<string, CellRange[]> {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const out = new Map<string, CellRange[]>();
  let sheet: CellRange[] | null = null;
  let r = -1;
  let c = -1;
  let rowRepeat = 1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const [, closing, name, attrs = ''] = m;
    const selfClosing = attrs.trimEnd().endsWith('/');
    if (name === 'table') {
      if (closing || selfClosing) {
        sheet = null;
        continue;
      }
      sheet = [];
      out.set(odsText(odsAttribute(attrs, 'name') ?? ''), sheet);
      r = -1;
      continue;
    }
    if (!sheet) continue;
    if (name === 'table-row') {
      if (closing) {
        r += rowRepeat;
        rowRepeat = 1;
      } else {
        if (r === -1) r = 0;
        const v = odsAttribute(attrs, 'number-rows-repeated');
        rowRepeat = v === null ? 1 : +v || 1;
        c = -1;
        if (selfClosing) {
          r += rowRepeat;
          rowRepeat = 1;
        }
      }
      continue;
    }
    if (closing) continue;
    c++;
    const repeat = parseInt(odsAttribute(attrs, 'number-columns-repeated') ?? '1', 10) || 1;
    if (name === 'table-cell' && selfClosing) {
      const rows = parseInt(odsAttribute(attrs, 'number-rows-spanned') ?? '1', 10) || 1;
      const cols = parseInt(odsAttribute(attrs, 'number-columns-spanned') ?? '1', 10) || 1;
      if (rows * cols > 1) sheet.push({ s: { r, c }, e: { r: r + rows - 1, c: c + cols - 1 } });
    }
    c += repeat - 1;
  }
  return out;
}
