import { TextRun, type IRunOptions } from 'docx';
import type { DocumentFormat, DocumentSettings } from '../../shared/domain/document-settings';
import { nfc } from './format';

/**
 * The typographic choices of a document, all derived from settings.page. Sizes are in points here
 * and converted to Word's half-points only where a run is made.
 */
export interface Look {
  font: string;
  body: number;
  partyLine: number;
  agency: number;
  docType: number;
  subject: number;
  /** "V/v" line of a letter, the annex's reference line: HD 36-HD/VPTW sets them at 12 pt for a 14 pt body. */
  small: number;
  /** Which of the two checklists of document-formats.md the document follows. */
  format: DocumentFormat;
  /** The smallest size an issuing body's line may shrink to before it wraps instead. */
  agencyMin: number;
  /** The number and symbol line. */
  number: number;
  /** The national title of the state format (12–13 pt) over its motto (13–14 pt). */
  stateLine: number;
  stateMotto: number;
  /** "Nơi nhận:" and the recipients under it. */
  recipientsHeading: { size: number; bold: boolean; italics: boolean; underline: boolean };
  recipients: number;
  /** After each recipient but the last, which ends with a full stop. */
  recipientEnd: ',' | ';';
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The sizes of each format. The Party format (HD 36-HD/VPTW) takes the sizes of settings.page; the
 * state format (Nghị định 30/2020, Phụ lục I) keeps them inside its own ranges, so a 16 pt Party
 * title setting cannot leak into a state document.
 */
export function lookOf(settings: DocumentSettings, format: DocumentFormat = 'party'): Look {
  const p = settings.page;
  const small = Math.max(10, p.bodySizePt - 2);
  if (format === 'state') {
    const body = clamp(p.bodySizePt, 13, 14);
    return {
      font: p.fontFamily,
      body,
      partyLine: p.partyLineSizePt,
      agency: clamp(p.agencySizePt, 12, 13),
      docType: clamp(p.docTypeSizePt, 13, 14),
      subject: clamp(p.subjectSizePt, 13, 14),
      small: Math.max(10, body - 2),
      format,
      agencyMin: 12,
      number: 13,
      stateLine: clamp(p.agencySizePt, 12, 13),
      stateMotto: clamp(p.agencySizePt, 13, 14),
      recipientsHeading: { size: 12, bold: true, italics: true, underline: false },
      recipients: 11,
      recipientEnd: ';',
    };
  }
  return {
    font: p.fontFamily,
    body: p.bodySizePt,
    partyLine: p.partyLineSizePt,
    agency: p.agencySizePt,
    docType: p.docTypeSizePt,
    subject: p.subjectSizePt,
    small,
    format,
    agencyMin: 11,
    number: p.agencySizePt,
    stateLine: p.agencySizePt - 1,
    stateMotto: p.agencySizePt,
    recipientsHeading: { size: p.bodySizePt, bold: false, italics: false, underline: true },
    recipients: small,
    recipientEnd: ',',
  };
}

/** Word sizes runs in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/**
 * Twips (1/20 pt) from millimetres, rounded to the nearest: docx's own converter truncates, which
 * makes A4 11905 × 16837 instead of the 11906 × 16838 Word itself writes.
 */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** Twips from points. */
export const pt = (value: number): number => Math.round(value * 20);

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  superScript?: boolean;
}

/** A run of NFC text; the font comes from the document defaults so a user's restyle in Word carries through. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const options: IRunOptions = {
    text: nfc(text),
    ...(style.size !== undefined ? { size: halfPoints(style.size) } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.superScript ? { superScript: true } : {}),
  };
  return new TextRun(options);
}

/** Upper case the way Vietnamese writes it ("Tỉnh ủy" → "TỈNH ỦY"), stored as capitals so copies keep them. */
export const caps = (text: string): string => nfc(text).toLocaleUpperCase('vi');
