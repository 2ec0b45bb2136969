import { Paragraph } from 'docx';
import type { DraftNote } from '../../shared/domain/documents';
import { fold } from '../../shared/text/fold';
import { bodyParagraph, heading1 } from './body';
import { countsText, findingText, unlockedText } from './gate';

/** The mark a draft carries at the top of every page and in its file name. */
export const DRAFT_MARK = 'DỰ THẢO';

/** The closing note of a draft: why it is one, so nobody signs it by mistake. */
export function draftNoteLines(note: DraftNote): string[] {
  const lines = ['Văn bản này là bản dự thảo, chưa ban hành: số liệu có thể còn thay đổi.'];
  if (note.total > 0) {
    lines.push(`Còn ${note.total} điểm chênh lệch chưa xử lý (${countsText(note)}):`);
    lines.push(...note.first.map((f) => `- ${findingText(f)}`));
    if (note.total > note.first.length) lines.push(`- và ${note.total - note.first.length} điểm khác (xem trang Đối chiếu).`);
  }
  if (note.unlocked.length > 0) lines.push(`Chưa chốt số liệu: ${unlockedText(note)}.`);
  if (note.total === 0 && note.unlocked.length === 0) lines.push('Số liệu của kỳ đã được xử lý và chốt.');
  return lines;
}

export const draftNoteParagraphs = (note: DraftNote): Paragraph[] => [heading1(`Ghi chú của bản ${DRAFT_MARK.toLocaleLowerCase('vi')}`), ...draftNoteLines(note).map((l) => bodyParagraph(l))];

/** "Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx"; an ASCII name gets "-du-thao". */
export function draftFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  if (isDraftName(stem)) return name;
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(stem) ? `${stem}-du-thao${ext}` : `${stem} - ${DRAFT_MARK}${ext}`;
}

/** Whether a file name already says it is a draft, with or without diacritics. */
export const isDraftName = (name: string): boolean => /du ?thao/.test(fold(name));
