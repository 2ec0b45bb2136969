import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { DocumentFormat, DocumentSettings, PageFormat } from '../../shared/domain/document-settings';
import type { DraftNote } from '../../shared/domain/documents';
import { DRAFT_MARK, draftNoteParagraphs } from './draft-mark';
import { nfc } from './format';
import { halfPoints, lookOf, mm, pt, type Look } from './look';

/** A4 in millimetres (HD 36-HD/VPTW: khổ giấy A4, 210 mm × 297 mm). */
export const A4_MM = { width: 210, height: 297 } as const;

/** Word's paper code for A4, so a printer picks the A4 tray rather than matching the size. */
const A4_PAPER_CODE = 9;

/** Distance of the page number from the top edge: half the top margin, so it never meets the text. */
const headerDistanceMm = (topMm: number) => Math.max(5, topMm / 2);

export interface PageBox {
  widthMm: number;
  heightMm: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The portrait page: A4 with the margins of settings. */
export function portraitBox(page: PageFormat): PageBox {
  return { widthMm: A4_MM.width, heightMm: A4_MM.height, top: page.marginTopMm, right: page.marginRightMm, bottom: page.marginBottomMm, left: page.marginLeftMm };
}

/**
 * A landscape page bound with portrait ones is turned a quarter turn, its top edge at the spine: so
 * the portrait left (binding) margin becomes its top margin, the right its bottom, and the portrait
 * top and bottom margins its left and right.
 */
export function landscapeBox(page: PageFormat): PageBox {
  return { widthMm: A4_MM.height, heightMm: A4_MM.width, top: page.marginLeftMm, right: page.marginBottomMm, bottom: page.marginRightMm, left: page.marginTopMm };
}

/** Width of the text area in twips. */
export const contentWidth = (box: PageBox): number => mm(box.widthMm) - mm(box.left) - mm(box.right);

/**
 * Page numbers centred at the top from page 2 on; the first page has none (HD 36-HD/VPTW). Word's
 * "different first page" keeps it that way however the text reflows after the user edits it.
 */
function pageNumberHeaders(look: Look): ISectionOptions['headers'] {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(look.body) })] })],
    }),
  };
}

/**
 * One section on `box`. A document's first section leaves its first page unnumbered; a section
 * that continues a document (the annex after a report) numbers all its pages.
 */
export function section(box: PageBox, look: Look, children: FileChild[], options: { continues?: boolean } = {}): ISectionOptions {
  const landscape = box.widthMm > box.heightMm;
  return {
    headers: pageNumberHeaders(look),
    properties: {
      titlePage: !options.continues,
      page: {
        // docx swaps width and height itself for a landscape orientation, so both are given portrait-wise.
        size: { width: mm(Math.min(box.widthMm, box.heightMm)), height: mm(Math.max(box.widthMm, box.heightMm)), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, code: A4_PAPER_CODE },
        margin: { top: mm(box.top), right: mm(box.right), bottom: mm(box.bottom), left: mm(box.left), header: mm(headerDistanceMm(box.top)), footer: mm(headerDistanceMm(box.bottom)), gutter: 0 },
      },
    },
    children,
  };
}

/**
 * A draft's headers: "DỰ THẢO" at the right of every page, the first one included, the page
 * number still centred from page 2 (tab stops on the text width, so it is one line high).
 */
function draftHeaders(look: Look, textWidth: number): ISectionOptions['headers'] {
  const line = (numbered: boolean) =>
    new Paragraph({
      tabStops: [
        { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
        { type: TabStopType.RIGHT, position: textWidth },
      ],
      children: [
        new TextRun({ children: [new Tab(), ...(numbered ? [PageNumber.CURRENT] : []), new Tab()], size: halfPoints(look.body) }),
        new TextRun({ text: DRAFT_MARK, bold: true, size: halfPoints(look.body) }),
      ],
    });
  return { first: new Header({ children: [line(false)] }), default: new Header({ children: [line(true)] }) };
}

/** The text width of a section built by section(), from its page size and margins (twips). */
function sectionTextWidth(s: ISectionOptions): number {
  const page = s.properties?.page;
  const size = page?.size;
  const [w, h] = [Number(size?.width ?? mm(A4_MM.width)), Number(size?.height ?? mm(A4_MM.height))];
  const width = size?.orientation === PageOrientation.LANDSCAPE ? Math.max(w, h) : Math.min(w, h);
  return width - Number(page?.margin?.left ?? 0) - Number(page?.margin?.right ?? 0);
}

/** Style ids, referenced by the paragraph helpers; names a Vietnamese user recognises in Word's style list. */
export const STYLE = { body: 'NoiDung', heading1: 'DeMuc1', heading2: 'DeMuc2' } as const;

/** First-line indent of body paragraphs (HD 36-HD/VPTW: 1 cm to 1,27 cm). */
export const FIRST_LINE_INDENT_MM = 12.7;
/** Space between body paragraphs (HD 36-HD/VPTW: at least 6 pt). */
export const PARAGRAPH_SPACING_PT = 6;

function styles(look: Look): IStylesOptions {
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(FIRST_LINE_INDENT_MM) },
    spacing: { before: pt(PARAGRAPH_SPACING_PT), after: 0 },
  };
  return {
    default: {
      document: {
        run: { font: look.font, size: halfPoints(look.body), language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: STYLE.body, name: 'Nội dung văn bản', basedOn: 'Normal', quickFormat: true, paragraph: bodyParagraph },
      { id: STYLE.heading1, name: 'Đề mục cấp 1', basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph: { keepNext: true }, run: { bold: true } },
      { id: STYLE.heading2, name: 'Đề mục cấp 2', basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph: { keepNext: true }, run: { bold: true } },
    ],
  };
}

/**
 * The Word document: the font, sizes and body paragraph style of settings in the document's format,
 * the given sections. A draft carries "DỰ THẢO" in every section's headers and its note after the
 * last section's text.
 */
export function officialDocument(
  settings: DocumentSettings,
  title: string,
  sections: ISectionOptions[],
  { format = 'party', draft = null }: { format?: DocumentFormat; draft?: DraftNote | null } = {},
): Document {
  const look = lookOf(settings, format);
  if (draft) {
    sections = sections.map((s, i) => ({
      ...s,
      headers: draftHeaders(look, sectionTextWidth(s)),
      children: i === sections.length - 1 ? [...s.children, ...draftNoteParagraphs(draft)] : s.children,
    }));
  }
  return new Document({
    title: nfc(draft ? `${title} - ${DRAFT_MARK}` : title),
    creator: nfc(`${settings.bdv.name} – ${settings.qs.name}`),
    styles: styles(look),
    sections,
  });
}
