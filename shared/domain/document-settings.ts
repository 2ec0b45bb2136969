import { z } from '../zod';

/**
 * Everything a generated document takes from settings rather than code: who issues it, who signs,
 * where, how it is numbered, who receives it, and the page format (defaults: HD 36-HD/VPTW).
 */
const line = z.string().trim().max(200, 'Tối đa 200 ký tự');
const required = line.min(1, 'Không được để trống');

export const Agency = z.object({
  /** Upper line of the issuing-body block, e.g. "TỈNH ỦY QUẢNG NGÃI"; may be empty. */
  parent: line,
  /** Lower line, e.g. "BAN DÂN VẬN". */
  name: required,
  /** Used in the number and symbol, e.g. "BDVTU". */
  symbol: z.string().trim().min(1).max(30),
});
export type Agency = z.infer<typeof Agency>;

export const Signatory = z.object({
  /** "T/M BAN DÂN VẬN"; may be empty. */
  onBehalf: line,
  title: required,
  /** Rank or honorific printed before the name, e.g. "Đại tá". */
  rank: line,
  name: required,
});
export type Signatory = z.infer<typeof Signatory>;

export const PageFormat = z.object({
  marginTopMm: z.number().min(5).max(50),
  marginBottomMm: z.number().min(5).max(50),
  marginLeftMm: z.number().min(5).max(50),
  marginRightMm: z.number().min(5).max(50),
  fontFamily: z.string().trim().min(1).max(60),
  bodySizePt: z.number().min(10).max(18),
  partyLineSizePt: z.number().min(10).max(18),
  agencySizePt: z.number().min(10).max(18),
  docTypeSizePt: z.number().min(10).max(20),
  subjectSizePt: z.number().min(10).max(18),
});
export type PageFormat = z.infer<typeof PageFormat>;

export const NumberPatterns = z.object({
  /** Placeholders: {so} the number (left blank for the clerk to fill), {nam} the year. */
  joint: z.string().trim().min(1).max(80),
  quarterBdv: z.string().trim().min(1).max(80),
  quarterQs: z.string().trim().min(1).max(80),
  reminder: z.string().trim().min(1).max(80),
});
export type NumberPatterns = z.infer<typeof NumberPatterns>;

export const DocumentSettings = z.object({
  bdv: Agency,
  qs: Agency,
  partyLine: required,
  /** Right-hand title of documents the Military Command issues alone (state format, Nghị định 30/2020). */
  stateLine: required.default('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  stateMotto: required.default('Độc lập - Tự do - Hạnh phúc'),
  place: required,
  signerBdv: Signatory,
  signerQs: Signatory,
  numbers: NumberPatterns,
  recipients: z.array(z.string().trim().min(1).max(200)).min(1).max(40),
  page: PageFormat,
  /** Highlights ticked per content area when a report's prose is prefilled (the clerk may tick more). */
  highlightsPerArea: z.number().int().min(1).max(20).default(5),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;
