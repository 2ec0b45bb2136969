/**
 * A byte-level count of the cells SheetJS will build from an ODS content.xml, before it parses
 * it. ODS compresses repetition: one <table:table-row table:number-rows-repeated="1048576"> with
 * one filled cell repeated over 1024 columns is a billion cells for SheetJS, which copies a
 * filled cell once per repetition. Empty (self-closing) cells cost nothing there and are how
 * LibreOffice pads every sheet, so only filled cells are counted. No XML parser, no entities.
 */

export interface OdsScan {
  /** Cells SheetJS will create, repetitions included. */
  cells: number;
}

const TABLE_STYLE = /<(?:[A-Za-z_][\w.-]*:)?style(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>((?:(?!<\/(?:[A-Za-z_][\w.-]*:)?style>)[\s\S]){0,2000})/g;
const TABLE = /<(?:[A-Za-z_][\w.-]*:)?table(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Attribute text back to the document's characters: UTF-8 bytes (read as latin1) and XML escapes. */
export function odsText(latin1: string): string {
  return Buffer.from(latin1, 'latin1')
    .toString('utf8')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[(name ?? '').toLowerCase()] ?? '';
    });
}

/**
 * Sheets whose table style says display="false" (hidden in LibreOffice, or hidden/veryHidden in
 * the .xlsx it came from). SheetJS does not read sheet visibility from ODS, and the importer
 * treats hidden sheets differently (they are not title or sheet-name evidence).
 */
export function odsHiddenSheets(data: Uint8Array): string[] {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const hiddenStyles = new Set<string>();
  TABLE_STYLE.lastIndex = 0;
  for (let m = TABLE_STYLE.exec(text); m; m = TABLE_STYLE.exec(text)) {
    const attrs = m[1] ?? '';
    if (odsAttribute(attrs, 'family') !== 'table') continue;
    const name = odsAttribute(attrs, 'name');
    if (name !== null && /\bdisplay\s*=\s*["']false["']/.test(m[2] ?? '')) hiddenStyles.add(name);
  }
  if (hiddenStyles.size === 0) return [];
  const out: string[] = [];
  TABLE.lastIndex = 0;
  for (let m = TABLE.exec(text); m; m = TABLE.exec(text)) {
    const attrs = m[1] ?? '';
    const style = odsAttribute(attrs, 'style-name');
    const name = odsAttribute(attrs, 'name');
    if (style !== null && name !== null && hiddenStyles.has(style)) out.push(odsText(name));
  }
  return out;
}

// Attribute values may contain '>' (formulas such as "of:=[.A1]>0"), so quoted values are skipped whole.
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(table-row|table-cell|covered-table-cell)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export function odsAttribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|[\\s:])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

export function scanOdsContent(data: Uint8Array): OdsScan {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  let cells = 0;
  let rowRepeat = 1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const [, closing, name, attrs = ''] = m;
    if (closing) {
      if (name === 'table-row') rowRepeat = 1;
      continue;
    }
    if (name === 'table-row') {
      // The same conversions SheetJS applies: `+value || 1` for rows, `parseInt || 1` for columns.
      const v = odsAttribute(attrs, 'number-rows-repeated');
      rowRepeat = v === null ? 1 : Math.max(1, +v || 1);
      continue;
    }
    if (name !== 'table-cell') continue;
    const selfClosing = attrs.trimEnd().endsWith('/');
    // SheetJS keeps a self-closing cell only when it is a string cell with its value in the tag.
    const filled = selfClosing ? odsAttribute(attrs, 'value-type') === 'string' || odsAttribute(attrs, 'string-value') !== null : true;
    if (!filled) continue;
    const c = odsAttribute(attrs, 'number-columns-repeated');
    const colRepeat = c === null ? 1 : Math.max(1, parseInt(c, 10) || 1);
    cells += rowRepeat * colRepeat;
  }
  return { cells };
}
