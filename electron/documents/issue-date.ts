import type { IssueDates } from '../../shared/domain/documents';
import { periodName } from '../../shared/domain/periods';
import type { Period } from '../../shared/domain/plan';
import { addDaysIso, dateVi } from '../../shared/dates';
import { AppError } from '../../shared/result';

/**
 * The date a document speaks as of. It cannot come before the end of its period's data window
 * (the year review is held in December, once the year's data is in), and today is a fair default
 * only while the plan year is still being reported on: a month after the year's last due date,
 * today would date a 2021 report in 2025, so the clerk has to say which day it is signed.
 */
const PAST_YEAR_AFTER_DAYS = 31;

export function issueDates(period: Period, periods: readonly Pick<Period, 'dueDate'>[], today: string): IssueDates {
  const lastDue = [period, ...periods].map((p) => p.dueDate).sort().at(-1)!;
  const past = today > addDaysIso(lastDue, PAST_YEAR_AFTER_DAYS);
  return { earliest: period.windowEnd, suggested: past ? null : today < period.windowEnd ? period.windowEnd : today };
}

/** The issue date given, checked, or the suggested one; refuses what a clerk would have to retype. */
export function resolveIssueDate(period: Period, year: number, dates: IssueDates, given: string | undefined, deadline: string | undefined): string {
  const name = periodName(period.code);
  if (given === undefined && dates.suggested === null) {
    throw new AppError('invalid_input', `Kế hoạch năm ${year} đã qua: hãy chọn ngày ban hành văn bản ${name} (từ ngày ${dateVi(dates.earliest)} trở đi).`);
  }
  const issueDate = given ?? dates.suggested!;
  if (issueDate < dates.earliest) {
    throw new AppError(
      'invalid_input',
      `Ngày văn bản ${dateVi(issueDate)} ở trước ngày cuối kỳ số liệu ${name} (${dateVi(dates.earliest)}): văn bản chỉ nói về số liệu đã đủ kỳ, hãy chọn ngày từ ${dateVi(dates.earliest)} trở đi.`,
    );
  }
  if (deadline !== undefined && deadline < issueDate) {
    throw new AppError('invalid_input', `Hạn gửi ${dateVi(deadline)} ở trước ngày văn bản ${dateVi(issueDate)}: hãy kiểm tra lại hạn gửi.`);
  }
  return issueDate;
}
