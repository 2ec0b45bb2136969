import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { getPeriod } from '../db/queries/plan';
import { getPlanBundle } from '../plan/service';
import { buildAllBlankForms, type BlankFormFile } from './all-forms';

/** Blank forms for one reporting unit ("524-BDV") or all 26, for a period of the plan. */
export async function blankForms(ctx: AppContext, period: string, unit: string | 'all'): Promise<BlankFormFile[]> {
  const p = await getPeriod(ctx.db, period);
  if (!p) throw new AppError('not_found', `Không có kỳ báo cáo ${period}.`);
  const bundle = await getPlanBundle(ctx, p.year);
  const { year: _year, ...periodInfo } = p;
  if (unit === 'all') return buildAllBlankForms({ ...bundle, period: periodInfo });
  const m = /^(\d{3})-(BDV|QS)$/.exec(unit);
  const district = m ? bundle.districts.find((d) => d.code === m[1]) : undefined;
  if (!m || !district) throw new AppError('not_found', `Không có đơn vị báo cáo "${unit}" (dạng mã huyện-BDV hoặc mã huyện-QS, ví dụ 524-BDV).`);
  return buildAllBlankForms({ ...bundle, districts: [district], unitTypes: [m[2] as 'BDV' | 'QS'], period: periodInfo });
}
