import type { Document, FileChild } from 'docx';
import type { DocumentInput } from '../../shared/domain/documents';
import { parsePeriodCode, periodName } from '../../shared/domain/periods';
import { annexContent } from './annex-docx';
import { NO_ASSESSMENT } from '../../shared/domain/prose-compose';
import { bodyParagraph, hasProse, heading1, proseParagraphs } from './body';
import { fillNumberPattern } from './format';
import { headerBlock, titleBlock } from './header-block';
import { lookOf } from './look';
import { contentWidth, landscapeBox, officialDocument, portraitBox, section } from './page';
import { planCitation, planSubject } from './plan-reference';
import { recipientsBlock, withoutIssuers } from './recipients';
import { resultsPart } from './results';
import { jointSignatures } from './signatures';
import { yearOverYear } from './year-over-year';

/**
 * The joint review reports: "sơ kết 6 tháng" and "tổng kết năm". Same structure (opening citing the
 * plan, I results by content area, II assessment, III tasks, IV proposals, two signatures, Nơi
 * nhận), the figures annex in a landscape section after them; the year report compares each
 * figure with the previous year when its data exists.
 */
interface Wording {
  /** "Sơ kết", "Tổng kết". */
  review: string;
  tasksHeading: string;
  compare: boolean;
}

function wordingFor(input: DocumentInput): Wording {
  const year = parsePeriodCode(input.period.code)?.year ?? input.plan.year;
  if (input.kind === 'year') return { review: 'Tổng kết', tasksHeading: `III. NHIỆM VỤ TRỌNG TÂM NĂM ${year + 1}`, compare: true };
  return { review: 'Sơ kết', tasksHeading: 'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM', compare: false };
}

/**
 * Parts II–IV. No heading stands empty: an assessment with nothing says so in one sentence, tasks
 * and proposals with nothing are left out and the parts after them renumbered.
 */
function laterParts(input: DocumentInput, wording: Wording): FileChild[] {
  const out: FileChild[] = [heading1('II. Đánh giá chung'), ...(hasProse(input.prose.assessment) ? proseParagraphs(input.prose.assessment) : [bodyParagraph(NO_ASSESSMENT)])];
  let no = 3;
  const numeral = () => ['', 'I', 'II', 'III', 'IV', 'V'][no++];
  if (hasProse(input.prose.tasks)) out.push(heading1(wording.tasksHeading.replace(/^III\./, `${numeral()}.`)), ...proseParagraphs(input.prose.tasks));
  if (hasProse(input.prose.proposals)) out.push(heading1(`${numeral()}. Đề xuất, kiến nghị`), ...proseParagraphs(input.prose.proposals));
  return out;
}

function reportBody(input: DocumentInput, wording: Wording): FileChild[] {
  const look = lookOf(input.settings);
  const width = contentWidth(portraitBox(input.settings.page));
  const name = periodName(input.period.code);
  const review = wording.review.toLocaleLowerCase('vi');
  return [
    headerBlock(input.settings, look, width, {
      issuers: [input.settings.bdv, input.settings.qs],
      number: fillNumberPattern(input.settings.numbers.joint, input.issueDate),
      issueDate: input.issueDate,
    }),
    ...titleBlock(look, 'Báo cáo', `${wording.review} ${name} thực hiện ${planSubject(input.plan)}`),
    bodyParagraph(`Thực hiện ${planCitation(input.plan)}, hai cơ quan báo cáo ${review} ${name} như sau:`),
    ...resultsPart(input, { heading: 'I. Kết quả thực hiện', compare: wording.compare ? input.previous : null, yearOverYear: wording.compare ? yearOverYear(input) : null }),
    bodyParagraph('Số liệu chi tiết của từng đơn vị tại Phụ lục kèm theo báo cáo này.'),
    ...laterParts(input, wording),
    bodyParagraph(`Trên đây là báo cáo ${review} ${name} thực hiện ${planSubject(input.plan)}./.`, { keepNext: true }),
    jointSignatures(input.settings, look, width),
    ...recipientsBlock(withoutIssuers(input.settings.recipients, [input.plan.bodyBdv, input.plan.bodyQs, input.settings.bdv.name, input.settings.qs.name]), look),
  ];
}

/** The six-month (or year) report as a docx Document, before packing; exposed for the benchmark. */
export function buildReviewDocument(input: DocumentInput): Document {
  const look = lookOf(input.settings);
  const wording = wordingFor(input);
  const landscape = landscapeBox(input.settings.page);
  return officialDocument(input.settings, `Báo cáo ${wording.review.toLocaleLowerCase('vi')} ${periodName(input.period.code)}`, [
    section(portraitBox(input.settings.page), look, reportBody(input, wording)),
    section(landscape, look, annexContent(input, look, contentWidth(landscape)), { continues: true }),
  ], { draft: input.draft });
}

export const buildSixMonthDocument = (input: DocumentInput): Document => buildReviewDocument({ ...input, kind: 'six-month' });
export const buildYearDocument = (input: DocumentInput): Document => buildReviewDocument({ ...input, kind: 'year' });
