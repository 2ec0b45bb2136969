import { AlignmentType, Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { DocumentFormat, DocumentSettings, Signatory } from '../../shared/domain/document-settings';
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

/** The signing-authority words of each format: with a slash in the Party's, with a full stop in the state's. */
const AUTHORITY: readonly { party: string; state: string }[] = [
  { party: 'T/M', state: 'TM.' },
  { party: 'K/T', state: 'KT.' },
  { party: 'T/L', state: 'TL.' },
  { party: 'T/UQ', state: 'TUQ.' },
];

/**
 * "T/M BỘ CHỈ HUY" ↔ "TM. BỘ CHỈ HUY": the setting holds the words once, the format decides how
 * they are written, so the same signer signs a Party and a state document correctly.
 */
export function authorityIn(onBehalf: string, format: DocumentFormat): string {
  const text = onBehalf.trim();
  for (const a of AUTHORITY) {
    const forms = [a.party, a.state, a.state.replace('.', '')].map((f) => f.replace('/', '\\/').replace('.', '\\.'));
    const m = new RegExp(`^(?:${forms.join('|')})(?=\\s|$)\\s*`, 'iu').exec(text);
    if (m) return `${format === 'state' ? a.state : a.party} ${text.slice(m[0].length)}`.trim();
  }
  return text;
}

/** "T/M …" and the title in bold capitals, room to sign, then rank and name in bold (HD 36-HD/VPTW; Nghị định 30/2020 writes "TM."). */
export function signatureBlock(signer: Signatory, look: Look, spaceAbovePt = 0): Paragraph[] {
  const line = (text: string, extra: IParagraphOptions = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, ...extra, children: [run(text, { size: look.body, bold: true })] });
  const heads = [authorityIn(signer.onBehalf, look.format), signer.title].map((t) => t.trim()).filter(Boolean);
  const out = heads.map((t, i) => line(caps(t), i === 0 && spaceAbovePt > 0 ? { spacing: { before: pt(spaceAbovePt) } } : {}));
  out.push(line([signer.rank.trim(), signer.name.trim()].filter(Boolean).join(' '), { spacing: { before: pt(SIGNING_SPACE_PT) }, keepNext: false }));
  return out;
}

/** The two signatures side by side, in JOINT_SIGNING_ORDER, kept on one page. */
export function jointSignatures(settings: DocumentSettings, look: Look, width: number): Table {
  const half = Math.floor(width / 2);
  return layoutTable([half, width - half], [JOINT_SIGNING_ORDER.map((body) => signatureBlock(signerOf(settings, body), look, SPACE_ABOVE_PT))], { cantSplit: true });
}
