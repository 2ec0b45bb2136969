import { AlignmentType, Paragraph, type Document } from 'docx';
import type { DocumentInput, ReminderUnit } from '../../shared/domain/documents';
import { periodName } from '../../shared/domain/periods';
import { bodyParagraph } from './body';
import { fillNumberPattern, shortDate } from './format';
import { headerBlock } from './header-block';
import { lookOf, pt, run, type Look } from './look';
import { contentWidth, officialDocument, portraitBox, section } from './page';
import { planCitation } from './plan-reference';
import { recipientsBlock } from './recipients';
import { jointSignatures } from './signatures';
import { districtsPhrase } from './units';

/**
 * The reminder letter (công văn đôn đốc) to the units whose report is missing or late: a letter
 * has no document-type title, its subject goes under the number ("V/v …") and it is addressed
 * ("Kính gửi:"). Signed jointly; sent to the units themselves ("Như trên") and filed.
 */

/** "Kính gửi:" with one unit on the same line, several as a list under it. */
function addressees(units: readonly ReminderUnit[], look: Look): Paragraph[] {
  const names = [...new Set(units.map((u) => u.unitName.trim()))];
  const label = run('Kính gửi:', { size: look.body });
  if (names.length === 1) return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(12), after: pt(6) }, children: [label, run(` ${names[0]}.`)] })];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(12) }, keepNext: true, children: [label] }),
    ...names.map((n, i) => new Paragraph({ indent: { left: pt(120) }, spacing: { after: pt(i === names.length - 1 ? 6 : 0) }, keepNext: true, children: [run(`- ${n}${i === names.length - 1 ? '.' : ';'}`)] })),
  ];
}

/** As of the letter's date: a report received after it is still "chưa gửi", its days overdue counted up to that date. */
const statusText = (u: ReminderUnit): string =>
  u.status === 'missing'
    ? `chưa gửi báo cáo${u.daysLate !== null && u.daysLate > 0 ? ` (đã quá hạn ${u.daysLate} ngày)` : ''}`
    : `gửi báo cáo chậm${u.daysLate !== null && u.daysLate > 0 ? ` ${u.daysLate} ngày` : ''} so với thời hạn`;

/** The "Lưu" lines of the recipients in settings: a letter goes to its addressees ("Như trên") and to the files. */
const fileLines = (recipients: readonly string[]) => recipients.filter((r) => /^lưu\b/iu.test(r.trim()));

export function buildReminderDocument(input: DocumentInput): Document {
  const { settings } = input;
  const look = lookOf(settings);
  const width = contentWidth(portraitBox(settings.page));
  const name = periodName(input.period.code);
  const units = input.reminder?.units ?? [];
  const deadline = input.reminder?.deadline ?? input.period.dueDate;
  const missing = units.filter((u) => u.status === 'missing');
  const late = units.filter((u) => u.status === 'late');

  const children = [
    headerBlock(settings, look, width, {
      issuers: [settings.bdv, settings.qs],
      number: fillNumberPattern(settings.numbers.reminder, input.issueDate),
      issueDate: input.issueDate,
      about: `V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch phối hợp công tác dân vận ${name}`,
    }),
    ...addressees(units, look),
    bodyParagraph(
      `Thực hiện ${planCitation(input.plan)}, định kỳ hằng quý Ban Dân vận và Ban Chỉ huy Quân sự ${districtsPhrase(input.districts)} báo cáo kết quả thực hiện Kế hoạch về hai cơ quan; thời hạn gửi báo cáo ${name} là ngày ${shortDate(input.period.dueDate)}.`,
    ),
    bodyParagraph(`Đến ngày ${shortDate(input.issueDate)}, tình hình gửi báo cáo ${name} của các đơn vị như sau:`),
    ...units.map((u, i) => bodyParagraph(`${i + 1}. ${u.unitName}: ${statusText(u)}.`)),
    ...(missing.length > 0
      ? [bodyParagraph(`Đề nghị các đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi về ${input.plan.bodyBdv} và ${input.plan.bodyQs} trước ngày ${shortDate(deadline)} để tổng hợp, báo cáo.`)]
      : []),
    ...(late.length > 0 ? [bodyParagraph('Các đơn vị gửi báo cáo chậm cần rút kinh nghiệm, bảo đảm thời hạn báo cáo ở các kỳ tiếp theo.')] : []),
    bodyParagraph('Đề nghị các đơn vị quan tâm thực hiện./.', { keepNext: true }),
    jointSignatures(settings, look, width),
    ...recipientsBlock(['Như trên', ...fileLines(settings.recipients)], look),
  ];
  return officialDocument(settings, `Công văn đôn đốc gửi báo cáo ${name}`, [section(portraitBox(settings.page), look, children)], { draft: input.draft });
}
