import type { Paragraph } from 'docx';
import { dateVi } from '../../shared/dates';
import type { DocumentInput } from '../../shared/domain/documents';
import { periodName } from '../../shared/domain/periods';
import type { PeriodFigures } from '../../shared/domain/reconcile';
import { bodyParagraph, hasProse, heading1, heading2, proseParagraphs } from './body';
import { areaFigures, areaSentences } from './sentences';
import { districtsPhrase, missingUnitsSentence } from './units';
import type { YearOverYear } from './year-over-year';

/**
 * Part I of the reports: one sub-part per content area, the province totals of its indicators
 * woven into sentences, then what the districts reported as highlights. Only figures from
 * input.figures (and input.previous for the comparison) are printed.
 */
export function resultsPart(input: DocumentInput, options: { heading: string; compare: PeriodFigures | null; yearOverYear?: YearOverYear | null }): Paragraph[] {
  const name = periodName(input.figures.period);
  const out: Paragraph[] = [heading1(options.heading)];
  // Reports that came in late, or not yet: the figures are those in hand on the document's date.
  const asOf = input.figuresAsOf ? `, tính đến ngày ${dateVi(input.figuresAsOf)}` : '';
  out.push(bodyParagraph(`Số liệu tổng hợp từ báo cáo của Ban Dân vận và Ban Chỉ huy Quân sự ${districtsPhrase(input.districts)}${asOf}.`));
  const missing = missingUnitsSentence(input.figures, input.districts);
  if (missing) out.push(bodyParagraph(missing));
  for (const line of options.yearOverYear?.lead ?? []) out.push(bodyParagraph(line));

  const previous = options.compare ? { totals: options.compare.province.byIndicator, name: periodName(options.compare.period) } : null;
  const areas = [...input.areas].sort((a, b) => a.no - b.no);
  for (const area of areas) {
    const indicators = input.indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder);
    out.push(heading2(`${area.no}. ${area.title}`));
    const figures = areaFigures(indicators, input.figures.province.byIndicator, previous);
    for (const sentence of areaSentences(figures, name)) out.push(bodyParagraph(sentence));
    const compared = options.yearOverYear?.byArea[area.no];
    if (compared) out.push(bodyParagraph(compared));
    const highlights = input.prose.highlights[area.no];
    if (hasProse(highlights)) out.push(...proseParagraphs(highlights));
  }
  return out;
}
