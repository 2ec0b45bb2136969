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
  /**
   * The body as a state-format document names it (Nghị định 30/2020): its parent above it
   * ("QUÂN KHU 5") and its full name ("BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI"). Empty: parent and name.
   */
  stateParent: line.default(''),
  stateName: line.default(''),
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

/** Party format (HD 36-HD/VPTW) or state format (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const DOCUMENT_FORMATS = ['party', 'state'] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/**
 * Which format a body's own document takes. Joint documents are led by the Board and always take
 * the Party format; the Military Command's own quarterly summary takes the state format by default.
 */
export const DocumentFormats = z.object({
  quarterBdv: DocumentFormat.default('party'),
  quarterQs: DocumentFormat.default('state'),
});
export type DocumentFormats = z.infer<typeof DocumentFormats>;

const recipientList = z.array(z.string().trim().min(1).max(200)).min(1).max(40);

/** A body's own quarterly summary goes to that body's leadership and its own archive (document-formats.md). */
export const DEFAULT_QUARTER_RECIPIENTS = {
  bdv: ['Thường trực Ban Dân vận Tỉnh ủy', 'Lưu: VT, Phòng DVCQ & ĐT'],
  qs: ['Thủ trưởng Bộ Chỉ huy Quân sự tỉnh', 'Lưu: VT, PCT'],
} as const;

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
  /** Recipients of the joint documents (six-month and year reports). */
  recipients: recipientList,
  /** Recipients of each body's own quarterly summary. */
  recipientsQuarterBdv: recipientList.default([...DEFAULT_QUARTER_RECIPIENTS.bdv]),
  recipientsQuarterQs: recipientList.default([...DEFAULT_QUARTER_RECIPIENTS.qs]),
  formats: DocumentFormats.default({ quarterBdv: 'party', quarterQs: 'state' }),
  page: PageFormat,
  /** Highlights ticked per content area when a report's prose is prefilled (the clerk may tick more). */
  highlightsPerArea: z.number().int().min(1).max(20).default(5),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;
