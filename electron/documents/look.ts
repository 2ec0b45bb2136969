import { TextRun, type IRunOptions } from 'docx';
import type { DocumentSettings } from '../../shared/domain/document-settings';
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
  /** Recipients' lines, "V/v" line of a letter: HD 36-HD/VPTW sets them at 12 pt for a 14 pt body. */
  small: number;
}

export function lookOf(settings: DocumentSettings): Look {
  const p = settings.page;
  return {
    font: p.fontFamily,
    body: p.bodySizePt,
    partyLine: p.partyLineSizePt,
    agency: p.agencySizePt,
    docType: p.docTypeSizePt,
    subject: p.subjectSizePt,
    small: Math.max(10, p.bodySizePt - 2),
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
