import { Paragraph, type Document } from 'docx';
import type { DocumentFormat, DocumentSettings } from '../../shared/domain/document-settings';
import type { DocumentInput } from '../../shared/domain/documents';
import type { UnitType } from '../../shared/domain/plan';
import { dateVi } from '../../shared/dates';
import { periodName } from '../../shared/domain/periods';
import { bodyParagraph, heading1 } from './body';
import { fillNumberPattern, nfc } from './format';
import { headerBlock, titleBlock } from './header-block';
import { lookOf, run } from './look';
import { contentWidth, officialDocument, portraitBox, section, STYLE } from './page';
import { planCitation, planSubject } from './plan-reference';
import { singleClosing, withoutIssuers } from './recipients';
import { areaClauses, areaFigures, type AreaFigures } from './sentences';
import { signerOf } from './signatures';
import { missingUnitsSentence } from './units';

/**
 * The quarterly summary one body writes for its own leadership, about two pages: the province
 * totals of each content area in one paragraph, a few notable items from the districts, and who has
 * not reported. The six-month and year reports carry the assessment, tasks and proposals; a
 * quarter's summary is read in a minute. One issuing body, its number, its format (a setting: the
 * Military Command's own document takes the state format), its signature and its recipients.
 */

/** Notable items printed at most: enough to show the quarter, few enough to keep two pages. */
export const QUARTER_NOTABLE_MAX = 4;

export const agencyOf = (settings: DocumentSettings, body: UnitType) => (body === 'BDV' ? settings.bdv : settings.qs);
const numberPatternOf = (settings: DocumentSettings, body: UnitType) => (body === 'BDV' ? settings.numbers.quarterBdv : settings.numbers.quarterQs);
export const quarterFormatOf = (settings: DocumentSettings, body: UnitType): DocumentFormat => (body === 'BDV' ? settings.formats.quarterBdv : settings.formats.quarterQs);
const recipientsOf = (settings: DocumentSettings, body: UnitType) => (body === 'BDV' ? settings.recipientsQuarterBdv : settings.recipientsQuarterQs);
const bodyNameOf = (input: DocumentInput) => (input.body === 'BDV' ? input.plan.bodyBdv : input.plan.bodyQs);

/** The clerk's highlight lines, without their bullet marks. */
const proseLines = (text: string | undefined): string[] =>
  nfc(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–+•]\s*/, '').trim())
    .filter((l) => l !== '');

/**
 * At most `max` highlight lines, taken in turn from each area (its first line, then its second…),
 * so one area with many lines does not crowd out the others. Lines are kept whole: cutting a
 * clerk's sentence would misquote a district.
 */
export function notableItems(highlights: Record<number, string>, areaOrder: readonly number[], max = QUARTER_NOTABLE_MAX): string[] {
  const byArea = areaOrder.map((no) => proseLines(highlights[no]));
  const out: string[] = [];
  for (let i = 0; out.length < max && byArea.some((lines) => i < lines.length); i++) {
    for (const lines of byArea) if (i < lines.length && out.length < max) out.push(lines[i]!);
  }
  return out;
}

/**
 * "1. Tuyên truyền, …: 488 buổi …; 30.827 lượt người …. Chưa có: …": the area's title in bold, its
 * totals after it. The period is said once above the six areas rather than in each of them.
 */
function areaParagraph(no: number, title: string, figures: AreaFigures): Paragraph {
  const text = areaClauses(figures);
  return new Paragraph({ style: STYLE.body, children: [run(`${no}. ${title}: `, { bold: true }), run(text.length > 0 ? text.join(' ') : 'chưa có số liệu tổng hợp.')] });
}

export function buildQuarterDocument(input: DocumentInput): Document {
  const { settings } = input;
  const format = quarterFormatOf(settings, input.body);
  const look = lookOf(settings, format);
  const width = contentWidth(portraitBox(settings.page));
  const name = periodName(input.period.code);
  const agency = agencyOf(settings, input.body);
  const areas = [...input.areas].sort((a, b) => a.no - b.no);

  const totals = areas.map((area) => {
    const indicators = input.indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder);
    return areaParagraph(area.no, area.title, areaFigures(indicators, input.figures.province.byIndicator, null));
  });
  const notable = notableItems(input.prose.highlights, areas.map((a) => a.no));
  const missing = missingUnitsSentence(input.figures, input.districts);
  const parts: { heading: string; paragraphs: Paragraph[] }[] = [
    // Reports that came in late, or not yet: the figures are those in hand on the document's date.
    { heading: 'Kết quả thực hiện', paragraphs: [bodyParagraph(`Trong ${name}${input.figuresAsOf ? `, tính đến ngày ${dateVi(input.figuresAsOf)}` : ''}, toàn tỉnh đã thực hiện:`), ...totals] },
    ...(notable.length > 0 ? [{ heading: 'Một số kết quả nổi bật', paragraphs: notable.map((l) => bodyParagraph(`- ${l}`)) }] : []),
    { heading: 'Tình hình báo cáo của các đơn vị', paragraphs: [bodyParagraph(missing ?? `Ban Dân vận và Ban Chỉ huy Quân sự của tất cả ${input.districts.length} đơn vị cấp huyện đã gửi báo cáo ${name}.`)] },
  ];
  const roman = ['I', 'II', 'III', 'IV'];
  const recipients = withoutIssuers(recipientsOf(settings, input.body), [agency.name, agency.stateName, bodyNameOf(input)]);

  const children = [
    headerBlock(settings, look, width, {
      issuers: [agency],
      number: fillNumberPattern(numberPatternOf(settings, input.body), input.issueDate),
      issueDate: input.issueDate,
      state: format === 'state' ? { line: settings.stateLine, motto: settings.stateMotto } : null,
    }),
    ...titleBlock(look, 'Báo cáo', `Kết quả thực hiện ${planSubject(input.plan)} ${name}`, width),
    bodyParagraph(`Thực hiện ${planCitation(input.plan)}, ${bodyNameOf(input)} báo cáo kết quả thực hiện ${name} như sau:`),
    ...parts.flatMap((p, i) => [heading1(`${roman[i]}. ${p.heading}`), ...p.paragraphs]),
    // The plan is cited in full at the top: the closing names it short, a line instead of three.
    bodyParagraph(`Trên đây là báo cáo kết quả thực hiện Kế hoạch ${name}./.`, { keepNext: true }),
    singleClosing(signerOf(settings, input.body), recipients, look, width),
  ];
  return officialDocument(settings, `Báo cáo ${name}`, [section(portraitBox(settings.page), look, children)], { format, draft: input.draft });
}
