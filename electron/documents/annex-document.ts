import type { Document } from 'docx';
import type { DocumentInput } from '../../shared/domain/documents';
import { periodName } from '../../shared/domain/periods';
import { annexContent } from './annex-docx';
import { lookOf } from './look';
import { contentWidth, landscapeBox, officialDocument, section } from './page';

/** The annex on its own, as a Word document: one landscape section, page numbers from page 2. */
export function buildAnnexDocument(input: DocumentInput): Document {
  const look = lookOf(input.settings);
  const box = landscapeBox(input.settings.page);
  return officialDocument(input.settings, `Phụ lục số liệu ${periodName(input.period.code)}`, [section(box, look, annexContent(input, look, contentWidth(box)))], { draft: input.draft });
}
