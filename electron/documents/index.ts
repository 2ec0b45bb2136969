import { Packer, type Document } from 'docx';
import type { DocumentInput, DocumentKind } from '../../shared/domain/documents';
import { buildAnnexDocument } from './annex-document';
import { buildAnnexWorkbook } from './annex-xlsx';
import { buildQuarterDocument } from './quarter-report';
import { buildReminderDocument } from './reminder-letter';
import { buildSixMonthDocument, buildYearDocument } from './review-report';

/**
 * The document builders: pure functions of a DocumentInput (no database, no files, no clock), so
 * the same input always gives the same document and every kind can be tested on its own.
 */

const WORD_BUILDERS: Record<Exclude<DocumentKind, 'annex-xlsx'>, (input: DocumentInput) => Document> = {
  'six-month': buildSixMonthDocument,
  year: buildYearDocument,
  annex: buildAnnexDocument,
  quarter: buildQuarterDocument,
  reminder: buildReminderDocument,
};

/** The bytes of the document input.kind asks for: .docx for every kind but 'annex-xlsx' (.xlsx). */
export async function buildDocument(input: DocumentInput): Promise<Uint8Array> {
  if (input.kind === 'annex-xlsx') return buildAnnexWorkbook(input);
  const doc = WORD_BUILDERS[input.kind](input);
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** File extension of each kind's output. */
export const documentExtension = (kind: DocumentKind): 'docx' | 'xlsx' => (kind === 'annex-xlsx' ? 'xlsx' : 'docx');

export { buildSixMonthDocument, buildYearDocument } from './review-report';
