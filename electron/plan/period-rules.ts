import { periodName } from '../../shared/domain/periods';
import type { Period, PeriodKind } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import { dateVi } from '../../shared/dates';

/**
 * Period windows identify files (a heading "từ ngày 15/3/2021 đến ngày 14/6/2021" names exactly
 * one period) and due dates decide on time or late, so an edit that leaves them contradictory is
 * refused rather than stored:
 * - a window starts on or before it ends, and its end falls in the plan year;
 * - the due date is not before the window ends (a unit cannot report a period that is still running);
 * - the quarters follow each other without sharing a day (a day's figures belong to one quarter);
 * - the six months and the year run from the start of Q1 to the end of Q2 and Q4: they follow
 *   the quarters, so an edited quarter moves them along and their own windows are not typed.
 * Gaps between quarters are allowed: moving the whole plan to calendar quarters goes one quarter at a time.
 */

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const SPANS: Partial<Record<PeriodKind, readonly [PeriodKind, PeriodKind]>> = { H1: ['Q1', 'Q2'], Y: ['Q1', 'Q4'] };

const span = (p: Period) => `${dateVi(p.windowStart)} – ${dateVi(p.windowEnd)}`;
const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/** The periods to store for one edit: the edited one, plus the six months and year when a quarter moved their bounds. */
export function periodsAfterEdit(year: number, edited: Period, current: readonly Period[]): Period[] {
  const name = periodName(edited.code);
  if (edited.windowStart > edited.windowEnd) refuse(`Kỳ số liệu ${name}: ngày đầu kỳ ${dateVi(edited.windowStart)} sau ngày cuối kỳ ${dateVi(edited.windowEnd)}.`);
  if (Number(edited.windowEnd.slice(0, 4)) !== year) refuse(`Ngày cuối kỳ số liệu ${name} phải trong năm ${year} (đang là ${dateVi(edited.windowEnd)}).`);
  if (Number(edited.windowStart.slice(0, 4)) < year - 1) refuse(`Ngày đầu kỳ số liệu ${name} (${dateVi(edited.windowStart)}) quá xa trước năm ${year}.`);
  checkDue(edited);

  const next = current.map((p) => (p.code === edited.code ? edited : p));
  const byKind = new Map(next.map((p) => [p.kind, p]));
  for (let i = 1; i < QUARTERS.length; i++) {
    const a = byKind.get(QUARTERS[i - 1]!);
    const b = byKind.get(QUARTERS[i]!);
    // Only the edited quarter's neighbours: an edit is refused for what it breaks, not for older data.
    if (!a || !b || (a.code !== edited.code && b.code !== edited.code) || a.windowEnd < b.windowStart) continue;
    const mineIsLater = b.code === edited.code;
    const [mine, theirs] = mineIsLater ? [b, a] : [a, b];
    const swapped = b.windowEnd < a.windowStart;
    const how = !swapped ? 'chồng lên' : mineIsLater ? 'đứng trước' : 'đứng sau';
    refuse(
      `Kỳ số liệu ${periodName(mine.code)} (${span(mine)}) ${how} ${periodName(theirs.code)} (${span(theirs)}): các quý phải nối tiếp nhau theo thứ tự, mỗi ngày chỉ thuộc một quý. Nếu đổi cả hai quý, hãy sửa quý kia trước.`,
    );
  }

  const changed: Period[] = [edited];
  for (const [kind, [first, last]] of Object.entries(SPANS) as [PeriodKind, readonly [PeriodKind, PeriodKind]][]) {
    const whole = byKind.get(kind);
    const from = byKind.get(first);
    const to = byKind.get(last);
    if (!whole || !from || !to) continue;
    const windowStart = from.windowStart;
    const windowEnd = to.windowEnd;
    if (whole.windowStart === windowStart && whole.windowEnd === windowEnd) continue;
    if (whole.code === edited.code) {
      refuse(
        `Kỳ số liệu ${periodName(whole.code)} đi theo các quý: từ ngày đầu kỳ ${periodName(from.code)} (${dateVi(windowStart)}) đến ngày cuối kỳ ${periodName(to.code)} (${dateVi(windowEnd)}). Muốn đổi, hãy sửa ngày của các quý; kỳ này tự đổi theo.`,
      );
    }
    const moved = { ...whole, windowStart, windowEnd };
    if (moved.dueDate < windowEnd) {
      refuse(
        `Sửa như vậy, kỳ số liệu ${periodName(whole.code)} sẽ kết thúc ngày ${dateVi(windowEnd)}, sau hạn gửi ${dateVi(whole.dueDate)} của kỳ đó. Hãy lùi hạn gửi ${periodName(whole.code)} trước.`,
      );
    }
    changed.push(moved);
  }
  return changed;
}

function checkDue(p: Period) {
  if (p.dueDate >= p.windowEnd) return;
  refuse(
    `Hạn gửi báo cáo ${periodName(p.code)} (${dateVi(p.dueDate)}) trước ngày cuối kỳ số liệu (${dateVi(p.windowEnd)}): đơn vị chưa thể báo cáo đủ kỳ. Hạn gửi phải từ ngày ${dateVi(p.windowEnd)} trở đi.`,
  );
}
