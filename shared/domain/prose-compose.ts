import type { DocumentProse, ProseItem, ProsePicks } from './documents';

/**
 * The printed prose made from the clerk's picks: the chosen items in their order, one line each.
 * Shared by the Văn bản page (which shows the result as the clerk ticks) and the main process
 * (which recomposes on save, so a draft never prints what its items do not say).
 * No heading stands empty: a sub-part with nothing chosen is left out, "Nguyên nhân:" included.
 */

const chosen = (items: readonly ProseItem[]) => items.filter((i) => i.chosen && i.text.trim() !== '').map((i) => i.text.trim());
const bullets = (items: readonly ProseItem[]) => chosen(items).map((t) => `- ${t.replace(/^[-–+•]\s*/, '')}`);

function withHeading(heading: string, items: readonly ProseItem[]): string[] {
  const lines = bullets(items);
  return lines.length ? [heading, ...lines] : [];
}

/** What Part II says when the districts reported nothing to assess. */
export const NO_ASSESSMENT = 'Các đơn vị chưa báo cáo nội dung đánh giá trong kỳ.';

export function composeProse(picks: ProsePicks): Omit<DocumentProse, 'picks'> {
  const assessment = [...withHeading('Ưu điểm:', picks.strengths), ...withHeading('Hạn chế, khó khăn:', picks.shortcomings), ...withHeading('Nguyên nhân:', picks.causes)];
  return {
    highlights: Object.fromEntries(Object.entries(picks.highlights).map(([area, items]) => [Number(area), bullets(items).join('\n')])),
    assessment: assessment.join('\n'),
    tasks: bullets(picks.tasks).join('\n'),
    proposals: bullets(picks.proposals).join('\n'),
  };
}

/** The prose with its text made from its picks, when it has them. */
export const withComposedText = (prose: DocumentProse): DocumentProse => (prose.picks ? { ...composeProse(prose.picks), picks: prose.picks } : prose);
