import { Paragraph } from 'docx';
import { nfc } from './format';
import { run } from './look';
import { STYLE } from './page';

/**
 * Body paragraphs. Formatting lives in the paragraph styles of page.ts (justified, first-line
 * indent, 6 pt before), so a user who restyles "Nội dung văn bản" in Word restyles the whole text.
 */
export const bodyParagraph = (text: string, options: { keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({ style: STYLE.body, ...(options.keepNext ? { keepNext: true } : {}), children: [run(text)] });

/** "I. KẾT QUẢ THỰC HIỆN". */
export const heading1 = (text: string): Paragraph => new Paragraph({ style: STYLE.heading1, children: [run(nfc(text).toLocaleUpperCase('vi'))] });

/** "1. Tuyên truyền, …". */
export const heading2 = (text: string): Paragraph => new Paragraph({ style: STYLE.heading2, children: [run(text)] });

/** What an empty prose part prints: a dotted line that shows the clerk where text is missing. */
export const PROSE_PLACEHOLDER = '…………………………………………………………………………………';

/** Prose the user wrote: one paragraph per non-empty line; a placeholder line when there is none. */
export function proseParagraphs(text: string | null | undefined): Paragraph[] {
  const lines = nfc(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (lines.length > 0 ? lines : [PROSE_PLACEHOLDER]).map((l) => bodyParagraph(l));
}

/** Non-empty prose lines, for callers that need to know whether the user wrote anything. */
export const hasProse = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';
