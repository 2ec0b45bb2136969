import { attrs, textOf } from './docx-parts';

/**
 * A paragraph of document.xml as a format checklist reads it: its text, alignment, indents, bottom
 * rule, and the size and style of its runs. Only for tests.
 */
export interface ParagraphLook {
  xml: string;
  text: string;
  align: string;
  /** Sizes in points of the runs that hold text. */
  sizes: number[];
  bold: boolean;
  italics: boolean;
  underline: boolean;
  /** A bottom border: a rule under the paragraph. */
  ruled: boolean;
  indentLeft: number;
  indentRight: number;
}

export const allParagraphs = (doc: string): string[] => [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);

const textRuns = (xml: string) => [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => textOf(r) !== '');

export function lookOfParagraph(xml: string): ParagraphLook {
  const runs = textRuns(xml);
  const every = (re: RegExp) => runs.length > 0 && runs.every((r) => re.test(r));
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(xml)?.[0] ?? '';
  const ind = attrs(pPr, 'w:ind');
  return {
    xml,
    text: textOf(xml),
    align: attrs(pPr, 'w:jc').val ?? '',
    sizes: runs.map((r) => Number(attrs(r, 'w:sz').val ?? NaN) / 2),
    bold: every(/<w:b\/>/),
    italics: every(/<w:i\/>/),
    underline: every(/<w:u /),
    ruled: /<w:pBdr>[\s\S]*?<w:bottom /.test(pPr),
    indentLeft: Number(ind.left ?? 0),
    indentRight: Number(ind.right ?? 0),
  };
}

/** The first paragraph whose text is `text` (or matches it), with its look; throws when there is none. */
export function paragraphLook(doc: string, text: string | RegExp, from = 0): ParagraphLook & { index: number } {
  const all = allParagraphs(doc);
  for (let i = from; i < all.length; i++) {
    const t = textOf(all[i]!);
    if (typeof text === 'string' ? t === text : text.test(t)) return { ...lookOfParagraph(all[i]!), index: i };
  }
  throw new Error(`no paragraph ${String(text)}`);
}

/** The paragraph right after the one at `index`. */
export const nextParagraph = (doc: string, index: number): ParagraphLook => lookOfParagraph(allParagraphs(doc)[index + 1] ?? '');

/** Widths of the first table's grid columns, in twips. */
export const firstGrid = (doc: string): number[] => [.../<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(doc)![0].matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
