import { NARRATIVE_TITLES } from '../../../shared/domain/form';
import type { ImportFinding } from '../../../shared/domain/report';
import { typedWithoutDiacritics } from '../../../shared/text/no-diacritics';
import type { NarrativeBlock } from './narrative';

export const NO_DIACRITICS = 'narrative_no_diacritics';
export const HEADING_UNCLEAR = 'narrative_heading_unclear';

/**
 * A block typed without Vietnamese marks is kept as the unit sent it (the clerk sees it in the
 * preview), but flagged: the documents leave it out rather than print it unmarked or guess marks.
 */
export function noDiacriticsFinding(block: NarrativeBlock): ImportFinding | null {
  if (!typedWithoutDiacritics(block.text)) return null;
  const cell = block.cells[0] ?? null;
  return {
    code: NO_DIACRITICS,
    severity: 'warning',
    sheet: block.sheet,
    cell,
    narrativeKey: block.key,
    message:
      `Phần "${NARRATIVE_TITLES[block.key]}" (ô ${block.sheet}!${cell ?? '?'}) được gõ tiếng Việt không dấu. ` +
      'Các văn bản tổng hợp sẽ bỏ phần này ra; đề nghị đơn vị gõ lại có dấu và gửi lại báo cáo.',
  };
}

const MAX_QUOTE = 80;
const quote = (line: string) => (line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line);

/** A numbered sentence that may be a heading typed without its colon: kept as text, and said so. */
export function unclearHeadingFindings(block: NarrativeBlock): ImportFinding[] {
  return block.doubts.map((d) => ({
    code: HEADING_UNCLEAR,
    severity: 'warning',
    sheet: block.sheet,
    cell: d.cell,
    narrativeKey: block.key,
    message:
      `Dòng "${quote(d.line)}" (ô ${block.sheet}!${d.cell}) bắt đầu giống tiêu đề phần "${NARRATIVE_TITLES[d.looksLike]}" nhưng không có dấu hai chấm, ` +
      `nên được đọc là nội dung phần "${NARRATIVE_TITLES[block.key]}". Nếu đó là tiêu đề, đề nghị đơn vị thêm dấu hai chấm sau tiêu đề và gửi lại báo cáo.`,
  }));
}
