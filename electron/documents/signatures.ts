import { AlignmentType, Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { DocumentSettings, Signatory } from '../../shared/domain/document-settings';
import type { UnitType } from '../../shared/domain/plan';
import { layoutTable } from './layout-table';
import { caps, pt, run, type Look } from './look';

/**
 * Left to right, the two signatures of a joint document. The seed plan ends with the Military
 * Command's signature ("Đại tá Võ Tấn Tài") before the Board's ("Lê Văn Dũng"), i.e. on the left.
 */
export const JOINT_SIGNING_ORDER: readonly UnitType[] = ['QS', 'BDV'];

/** Between the last line of the text and the signatures, and above the recipients. */
export const SPACE_ABOVE_PT = 12;
/** Room for the handwritten signature and the seal between the title and the name. */
const SIGNING_SPACE_PT = 72;

export const signerOf = (settings: DocumentSettings, body: UnitType): Signatory => (body === 'BDV' ? settings.signerBdv : settings.signerQs);

/** "T/M …" and the title in bold capitals, room to sign, then rank and name in bold (HD 36-HD/VPTW). */
export function signatureBlock(signer: Signatory, look: Look, spaceAbovePt = 0): Paragraph[] {
  const line = (text: string, extra: IParagraphOptions = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, ...extra, children: [run(text, { size: look.body, bold: true })] });
  const heads = [signer.onBehalf, signer.title].map((t) => t.trim()).filter(Boolean);
  const out = heads.map((t, i) => line(caps(t), i === 0 && spaceAbovePt > 0 ? { spacing: { before: pt(spaceAbovePt) } } : {}));
  out.push(line([signer.rank.trim(), signer.name.trim()].filter(Boolean).join(' '), { spacing: { before: pt(SIGNING_SPACE_PT) }, keepNext: false }));
  return out;
}

/** The two signatures side by side, in JOINT_SIGNING_ORDER, kept on one page. */
export function jointSignatures(settings: DocumentSettings, look: Look, width: number): Table {
  const half = Math.floor(width / 2);
  return layoutTable([half, width - half], [JOINT_SIGNING_ORDER.map((body) => signatureBlock(signerOf(settings, body), look, SPACE_ABOVE_PT))], { cantSplit: true });
}
