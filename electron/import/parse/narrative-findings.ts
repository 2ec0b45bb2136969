import { NARRATIVE_TITLES } from '../../../shared/domain/form';
import type { ImportFinding } from '../../../shared/domain/report';
import { typedWithoutDiacritics } from '../../../shared/text/no-diacritics';
import type { NarrativeBlock } from './narrative';

export const NO_DIACRITICS = 'narrative_no_diacritics';

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
