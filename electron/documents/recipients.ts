import { Paragraph, type Table } from 'docx';
import type { Signatory } from '../../shared/domain/document-settings';
import { fold } from '../../shared/text/fold';
import { layoutTable } from './layout-table';
import { pt, run, type Look } from './look';
import { signatureBlock, SPACE_ABOVE_PT } from './signatures';

/**
 * "Nơi nhận:" as each format writes it: underlined at body size, recipients at 12 pt, commas
 * between (HD 36-HD/VPTW, Party documents); bold italic 12 pt, recipients at 11 pt, semicolons
 * between (Nghị định 30/2020). The last line (the "Lưu" line) ends with a full stop. The sizes and
 * styles are in the Look of the format.
 */
export const RECIPIENTS_HEADING = 'Nơi nhận:';

/** "- Ban Dân vận Trung ương," … "- Lưu: VPTU; VT BCH." */
export function recipientLines(recipients: readonly string[], end: ',' | ';' = ','): string[] {
  const clean = recipients.map((r) => r.trim().replace(/[,.;]+$/, '')).filter((r) => r !== '');
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : end}`);
}

/** A name as compared for "is this one of the issuers": no marks, no case, no "(b/c)", no province name. */
const key = (text: string) =>
  fold(text.replace(/\(.*?\)/g, ' '))
    .replace(/\bbch\b/g, 'bo chi huy')
    .replace(/\bquang ngai\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A document goes up and across, never back to the bodies that issue it (document-formats.md):
 * lines naming an issuer, or a department of one ("Phòng Chính trị, BCH Quân sự tỉnh"), are left
 * out. The "Lưu" line is the issuer's own file and stays.
 */
export function withoutIssuers(recipients: readonly string[], issuerNames: readonly string[]): string[] {
  const issuers = new Set(issuerNames.map(key).filter(Boolean));
  return recipients.filter((r) => {
    if (/^\s*lưu\b/iu.test(r)) return true;
    const whole = key(r);
    const last = key(r.split(',').at(-1) ?? '');
    return !issuers.has(whole) && !issuers.has(last);
  });
}

export function recipientsBlock(recipients: readonly string[], look: Look, spacingBeforePt = SPACE_ABOVE_PT): Paragraph[] {
  const heading = new Paragraph({
    spacing: { before: pt(spacingBeforePt) },
    keepNext: true,
    children: [run(RECIPIENTS_HEADING, look.recipientsHeading)],
  });
  const lines = recipientLines(recipients, look.recipientEnd);
  // A hanging indent keeps a wrapped recipient's second line under its text, not under the dash.
  const hang = pt(look.recipients * 0.6);
  return [heading, ...lines.map((text, i) => new Paragraph({ keepNext: i < lines.length - 1, indent: { left: hang, hanging: hang }, children: [run(text, { size: look.recipients })] }))];
}

/** A document with one signature: recipients at the bottom left, the signature at the right. */
export function singleClosing(signer: Signatory, recipients: readonly string[], look: Look, width: number): Table {
  const left = Math.round(width * 0.45);
  return layoutTable([left, width - left], [[recipientsBlock(recipients, look, SPACE_ABOVE_PT), signatureBlock(signer, look, SPACE_ABOVE_PT)]], { cantSplit: true });
}
