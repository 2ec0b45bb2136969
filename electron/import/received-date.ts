import type { Kysely } from 'kysely';
import { calendarDateProblem, localIsoDate, dateVi } from '../../shared/dates';
import { AppError } from '../../shared/result';
import { getPeriods, listPlans } from '../db/queries/plan';
import type { Database } from '../db/schema';
import type { Period } from '../../shared/domain/plan';

/**
 * A received date decides "on time" (R1) and "late" (R2), so an impossible one must never be
 * stored: it is a real day, not after today (the clerk's calendar), and not before the first data
 * window of the plan year the report belongs to (nothing of that year can have been received then).
 * Without a plan year (the CLI, before any file is read) the earliest plan's first window is the bound.
 */
export async function checkReceivedDate(db: Kysely<Database>, receivedDate: string, planYear?: number, today: string = localIsoDate()): Promise<void> {
  checkReceivedDay(receivedDate, today);
  const year = planYear ?? Math.min(...(await listPlans(db)).map((p) => p.year));
  if (!Number.isFinite(year)) return;
  checkReceivedInYear(receivedDate, year, await getPeriods(db, year));
}

/** A real day, not after today. */
function checkReceivedDay(receivedDate: string, today: string): void {
  const problem = calendarDateProblem(receivedDate, 'Ngày nhận');
  if (problem) throw new AppError('invalid_input', problem);
  if (receivedDate > today) {
    throw new AppError('invalid_input', `Ngày nhận ${dateVi(receivedDate)} ở sau hôm nay (${dateVi(today)}): báo cáo chưa thể được nhận vào ngày đó. Hãy kiểm tra lại ngày nhận.`);
  }
}

/** Not before the first data window of the plan year's periods. */
function checkReceivedInYear(receivedDate: string, year: number, periods: Pick<Period, 'windowStart'>[]): void {
  const first = periods.map((p) => p.windowStart).sort()[0];
  if (first && receivedDate < first) {
    throw new AppError(
      'invalid_input',
      `Ngày nhận ${dateVi(receivedDate)} ở trước ngày bắt đầu kỳ số liệu đầu tiên của kế hoạch năm ${year} (${dateVi(first)}): không thể đã nhận báo cáo của năm đó. Hãy kiểm tra lại ngày nhận.`,
    );
  }
}

/** checkReceivedDate for a known plan year whose periods the caller already holds (the importer's plan cache). */
export function checkReceivedAgainst(receivedDate: string, year: number, periods: Pick<Period, 'windowStart'>[], today: string = localIsoDate()): void {
  checkReceivedDay(receivedDate, today);
  checkReceivedInYear(receivedDate, year, periods);
}
