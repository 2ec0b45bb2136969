import { cellText, type AnnexModel } from './annex-model';
import { textWidthTwips } from './text-width';

/**
 * Column widths and row heights of the Excel annex, sized from what the cells hold so that the
 * table fits an A4 landscape page across at a size a reader can read: the print is fitted to the
 * page width (fitToWidth 1), and a table wider than the page would be shrunk below the size of its
 * font (before, 31 columns at 11 pt printed at about 4 pt). The figures' columns are as wide as
 * their longest figure, the indicator label takes what is left and wraps.
 */

/** The size the annex aims to print at, after the fit to the page width shrinks it. */
export const ANNEX_TARGET_PRINTED_PT = 8.4;
/** The smallest printed size the annex may have (the issue asks for at least 8 pt). */
export const ANNEX_MIN_PRINTED_PT = 8;
/** Font sizes tried for the table, smallest first: a larger font is shrunk more, the cell padding less. */
const SIZES = [9, 9.5, 10, 10.5, 11, 11.5, 12, 13, 14];
/**
 * Excel's column width unit is the width of "0" in the workbook's default font, rounded to whole
 * pixels. The annex sets it to Times New Roman 12, whose digit is 8 px (6 pt) exactly, in Excel
 * and in LibreOffice's metric-compatible Liberation Serif alike: the widths mean the same in both.
 */
export const DEFAULT_FONT_PT = 12;
const UNIT_PT = 6;
/** Cell padding Excel and LibreOffice add to a column, in points (5 px). */
const PADDING_PT = 3.75;
/** The label column holds at least this many ems per line: fewer would make the rows too tall. */
const MIN_LABEL_EM = 9;
const LINE = 1.3;

const textPt = (text: string, sizePt: number, bold = false) => textWidthTwips(text, sizePt, bold) / 20;
/** A column width in Excel's units for content `contentPt` wide. */
const units = (contentPt: number) => Math.ceil(((contentPt + PADDING_PT + 1) / UNIT_PT) * 10) / 10;
const ptOf = (widthUnits: number) => widthUnits * UNIT_PT;

export interface AnnexLayout {
  /** The table's font size. */
  sizePt: number;
  /** What the fit to the page width is expected to print it at. */
  printedPt: number;
  /** Pages across (fitToWidth): 1 unless the figures are too wide for one page at 8 pt. */
  pagesWide: number;
  /** Widths of every column in Excel's units, column 1 first (the last, the code, is not printed). */
  widths: number[];
  /** Height in points of the row of each model row, in order. */
  rowHeights: number[];
  /** The width of the printed columns in points, to compare with the page. */
  totalPt: number;
}

/** The longest text among `texts`, in points at the table's size. */
const widest = (texts: readonly string[], size: number, bold = false) => Math.max(0, ...texts.map((t) => textPt(t, size, bold)));

/** The widths of every column but the label's at font size `size`, in Excel's units. */
function contentWidths(model: AnnexModel, size: number) {
  const indicators = model.rows.flatMap((r) => (r.kind === 'indicator' ? [r] : []));
  const w = (texts: readonly string[], bold = false) => widest(texts, size, bold);
  // Header words may wrap ("Đơn vị / tính", a district name of two words); figures never do.
  const word = (texts: readonly string[], bold = false) => w(texts.flatMap((t) => t.split(/\s+/)), bold);
  const tt = units(Math.max(w(indicators.map((r) => r.stt)), w(['TT', 'VIII'], true)));
  const code = units(Math.max(w(indicators.map((r) => r.indicator.code)), w(['Mã'], true)));
  // The code column is last and not printed: it does not count against the page.
  const unit = units(Math.max(word(indicators.map((r) => r.indicator.unit)), word(['Đơn vị tính'], true)));
  const total = units(Math.max(w(indicators.map((r) => cellText(r.total)), true), word(['Tổng cộng'], true)));
  const subs = model.districts.flatMap((d, i) =>
    [0, 1].map((side) => {
      const need = indicators.map((r) => {
        const c = r.cells[i];
        if (!c) return 0;
        // A district's merged cell spans both its columns: each needs half the figure.
        return c.joint ? textPt(cellText(side === 0 ? c.bdv : c.qs), size) : (textPt(cellText(c.value), size) - PADDING_PT) / 2;
      });
      return units(Math.max(...need, word([d.name], true) / 2, w(['BDV'], true)));
    }),
  );
  return { tt, code, unit, total, subs };
}

/** Share of a page's width left unused where a page break falls between two columns. */
const BREAK_WASTE = 0.92;
/** Page widths tried, fewest first: wider figures than a page can hold at 8 pt go over two pages across. */
const PAGES_WIDE = [1, 2, 3];

/**
 * Widths for TT, Nội dung, Đơn vị tính, two per district, Tổng cộng, Mã, the font size and how many
 * pages across: the fewest pages, then the smallest font, at which the table fitted to the page
 * width prints at ANNEX_TARGET_PRINTED_PT or more with MIN_LABEL_EM per line for the label. Over
 * several pages across, the indicator columns are repeated on each (print titles).
 */
export function annexLayout(model: AnnexModel, pageWidthPt: number): AnnexLayout {
  let best: { pages: number; size: number; label: number; c: ReturnType<typeof contentWidths> } | null = null;
  search: for (const pages of PAGES_WIDE) {
    for (const size of SIZES) {
      const c = contentWidths(model, size);
      const fixedPt = ptOf(c.tt + c.unit + c.total + c.subs.reduce((a, b) => a + b, 0));
      const minLabel = units(MIN_LABEL_EM * size);
      // The room the page(s) give at the scale that prints this font at the target size, in unscaled points.
      const room = (pages * pageWidthPt * size) / ANNEX_TARGET_PRINTED_PT * (pages > 1 ? BREAK_WASTE : 1);
      const repeated = (pages - 1) * ptOf(c.tt + c.unit + minLabel);
      const left = room - repeated - fixedPt;
      best = { pages, size, label: pages === 1 ? units(Math.max(MIN_LABEL_EM * size, Math.max(pageWidthPt, room) - fixedPt - PADDING_PT - 1)) : minLabel, c };
      if (left >= ptOf(minLabel)) break search;
    }
  }
  const { pages, size, label, c } = best!;
  const widths = [c.tt, label, c.unit, ...c.subs, c.total, c.code];
  const totalPt = widths.slice(0, -1).reduce((a, w) => a + ptOf(w), 0);
  const printedWidth = totalPt + (pages - 1) * ptOf(c.tt + label + c.unit);
  const labelPt = ptOf(label) - PADDING_PT;
  const rowHeights = model.rows.map((r) => {
    const text = r.kind === 'area' ? r.title : r.joint ? `${r.indicator.label} (*)` : r.indicator.label;
    const width = r.kind === 'area' ? totalPt - ptOf(c.tt) : labelPt;
    const lines = Math.max(1, Math.ceil((textPt(text, size, r.kind === 'area') * 1.05) / width));
    return Math.ceil(lines * size * LINE + 3);
  });
  const capacity = pages * pageWidthPt * (pages > 1 ? BREAK_WASTE : 1);
  return { sizePt: size, printedPt: size * Math.min(1, capacity / printedWidth), pagesWide: pages, widths, rowHeights, totalPt };
}

/** Height in points of a merged row of `text` across the table at `sizePt`. */
export function mergedRowHeight(text: string, sizePt: number, widthPt: number, bold = false): number {
  const lines = Math.max(1, Math.ceil((textPt(text, sizePt, bold) * 1.05) / (widthPt - PADDING_PT)));
  return Math.ceil(lines * sizePt * LINE + 3);
}

export const mmToPt = (mm: number): number => (mm / 25.4) * 72;
