import { Paragraph, type Table } from 'docx';
import type { Signatory } from '../../shared/domain/document-settings';
import { layoutTable } from './layout-table';
import { pt, run, type Look } from './look';
import { signatureBlock, SPACE_ABOVE_PT } from './signatures';

/**
 * "Nơi nhận:" as HD 36-HD/VPTW writes it in Party documents: the words underlined at body size,
 * the recipients one per line at the small size, each after "- ", commas between, a full stop
 * after the last (the "Lưu" line).
 */
export const RECIPIENTS_HEADING = { text: 'Nơi nhận:', underline: true, bold: false, italics: false } as const;

/** "- Ban Dân vận Trung ương," … "- Lưu: VPTU; VT BCH." */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/[,.;]+$/, '')).filter((r) => r !== '');
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ','}`);
}

export function recipientsBlock(recipients: readonly string[], look: Look, spacingBeforePt = SPACE_ABOVE_PT): Paragraph[] {
  const heading = new Paragraph({
    spacing: { before: pt(spacingBeforePt) },
    keepNext: true,
    children: [run(RECIPIENTS_HEADING.text, { size: look.body, underline: RECIPIENTS_HEADING.underline, bold: RECIPIENTS_HEADING.bold, italics: RECIPIENTS_HEADING.italics })],
  });
  const lines = recipientLines(recipients);
  // A hanging indent keeps a wrapped recipient's second line under its text, not under the dash.
  const hang = pt(look.small * 0.6);
  return [heading, ...lines.map((text, i) => new Paragraph({ keepNext: i < lines.length - 1, indent: { left: hang, hanging: hang }, children: [run(text, { size: look.small })] }))];
}

/** A document with one signature: recipients at the bottom left, the signature at the right (HD 36-HD/VPTW). */
export function singleClosing(signer: Signatory, recipients: readonly string[], look: Look, width: number): Table {
  const left = Math.round(width * 0.45);
  return layoutTable([left, width - left], [[recipientsBlock(recipients, look, SPACE_ABOVE_PT), signatureBlock(signer, look, SPACE_ABOVE_PT)]], { cantSplit: true });
}
