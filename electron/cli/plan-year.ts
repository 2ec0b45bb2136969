import type { Call } from './call';
import { usageError } from './io';
import { parseCliInteger } from './number';

/** The plan year a command works on: --year when given (a plan that exists), else the latest plan. */
export async function planYear(call: Call, yearArg: string | undefined): Promise<number> {
  const plans = await call('plan.list', {});
  const year = yearArg === undefined ? plans[0]?.year : parseCliInteger(yearArg, '--year', 2000, 2100);
  if (year === undefined) throw usageError('Dữ liệu chưa có kế hoạch năm nào.');
  if (!plans.some((p) => p.year === year)) throw usageError(`Không có kế hoạch năm ${year}; các năm đã có: ${plans.map((p) => p.year).join(', ')}.`);
  return year;
}
