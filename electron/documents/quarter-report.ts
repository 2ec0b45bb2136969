import type { Document } from 'docx';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { DocumentInput } from '../../shared/domain/documents';
import type { UnitType } from '../../shared/domain/plan';
import { periodName } from '../../shared/domain/periods';
import { bodyParagraph, hasProse, heading1, proseParagraphs } from './body';
import { fillNumberPattern } from './format';
import { headerBlock, titleBlock } from './header-block';
import { lookOf } from './look';
import { contentWidth, officialDocument, portraitBox, section } from './page';
import { planCitation, planSubject } from './plan-reference';
import { singleClosing } from './recipients';
import { resultsPart } from './results';
import { signerOf } from './signatures';

/**
 * The quarterly summary one section writes for its own leadership: one issuing body, its number
 * pattern, one signature at the right with the recipients at the left (HD 36-HD/VPTW layout of a
 * singly signed document). The results are the province totals of the quarter.
 */
const agencyOf = (settings: DocumentSettings, body: UnitType) => (body === 'BDV' ? settings.bdv : settings.qs);
const numberPatternOf = (settings: DocumentSettings, body: UnitType) => (body === 'BDV' ? settings.numbers.quarterBdv : settings.numbers.quarterQs);
const bodyNameOf = (input: DocumentInput) => (input.body === 'BDV' ? input.plan.bodyBdv : input.plan.bodyQs);

export function buildQuarterDocument(input: DocumentInput): Document {
  const { settings } = input;
  const look = lookOf(settings);
  const width = contentWidth(portraitBox(settings.page));
  const name = periodName(input.period.code);
  const optional = (heading: string, text: string) => (hasProse(text) ? [heading1(heading), ...proseParagraphs(text)] : []);
  const children = [
    headerBlock(settings, look, width, { issuers: [agencyOf(settings, input.body)], number: fillNumberPattern(numberPatternOf(settings, input.body), input.issueDate), issueDate: input.issueDate, state: input.body === 'QS' ? { line: settings.stateLine, motto: settings.stateMotto } : null }),
    ...titleBlock(look, 'Báo cáo', `Kết quả thực hiện ${planSubject(input.plan)} ${name}`),
    bodyParagraph(`Thực hiện ${planCitation(input.plan)}, ${bodyNameOf(input)} báo cáo kết quả thực hiện ${name} như sau:`),
    ...resultsPart(input, { heading: 'I. Kết quả thực hiện', compare: null }),
    heading1('II. Nhận xét, đánh giá'),
    ...proseParagraphs(input.prose.assessment),
    ...optional('III. Nhiệm vụ thời gian tới', input.prose.tasks),
    ...optional(hasProse(input.prose.tasks) ? 'IV. Đề xuất, kiến nghị' : 'III. Đề xuất, kiến nghị', input.prose.proposals),
    bodyParagraph(`Trên đây là báo cáo kết quả thực hiện ${planSubject(input.plan)} ${name}./.`, { keepNext: true }),
    singleClosing(signerOf(settings, input.body), settings.recipients, look, width),
  ];
  return officialDocument(settings, `Báo cáo ${name}`, [section(portraitBox(settings.page), look, children)], input.draft);
}
