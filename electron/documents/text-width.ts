/**
 * Rough advance widths of Times New Roman (1/1000 em), enough to size the rule under the party line
 * to the title's length and to pick a font size at which a figure fits its table cell. Diacritics
 * do not change a letter's advance, so a letter counts as its base letter. Another font family in
 * settings makes the estimate a little off, never badly (the shapes of serif fonts are similar).
 */
const REGULAR_UPPER = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const BOLD_UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const REGULAR_LOWER = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const BOLD_LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const PUNCTUATION: Record<string, number> = { ' ': 250, '\u00a0': 250, '.': 250, ',': 250, '-': 333, '/': 278, ':': 278, '(': 333, ')': 333, '*': 500, '%': 833 };

function advance(ch: string, bold: boolean): number {
  const base = ch.normalize('NFD').charAt(0).replace('Đ', 'D').replace('đ', 'd');
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return (bold ? BOLD_UPPER : REGULAR_UPPER)[code - 65] ?? 722;
  if (code >= 97 && code <= 122) return (bold ? BOLD_LOWER : REGULAR_LOWER)[code - 97] ?? 500;
  if (code >= 48 && code <= 57) return 500;
  return PUNCTUATION[base] ?? 500;
}

function advanceUnits(text: string, bold: boolean): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += advance(ch, bold);
  return units;
}

const twips = (units: number, sizePt: number) => Math.ceil((units / 1000) * sizePt * 20);

/** Width of one line of text in twips (1/20 pt) at the given size in points. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  return twips(advanceUnits(text, bold), sizePt);
}

/** The largest size from `maxPt` down to `minPt` (half-point steps) at which every text fits the width. */
export function fitSizePt(texts: readonly string[], widthTwips: number, maxPt: number, minPt: number, bold = false): number {
  // The widest text decides at every size: measured once, not once per size tried.
  const widest = texts.reduce((m, t) => Math.max(m, advanceUnits(t, bold)), 0);
  for (let size = maxPt; size > minPt; size -= 0.5) {
    if (texts.length === 0 || twips(widest, size) <= widthTwips) return size;
  }
  return minPt;
}
