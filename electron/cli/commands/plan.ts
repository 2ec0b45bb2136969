import { periodName } from '../../../shared/domain/periods';
import { dateVi } from '../../../shared/dates';
import type { AppContext } from '../../context';
import { listPlans } from '../../db/queries/plan';
import { getPlanBundle } from '../../plan/service';
import { emit, usageError, type CliIo } from '../io';

export async function planShow(ctx: AppContext, io: CliIo, yearArg: string | undefined): Promise<void> {
  const year = yearArg ? Number(yearArg) : (await listPlans(ctx.db))[0]?.year;
  if (!year || !Number.isInteger(year)) throw usageError('Năm kế hoạch không hợp lệ (--year 2021).');
  const bundle = await getPlanBundle(ctx, year);
  emit(io, bundle, () => {
    const lines = [
      `${bundle.plan.title} (${bundle.plan.bodyBdv} – ${bundle.plan.bodyQs})`,
      `Nội dung phối hợp: ${bundle.areas.length}; chỉ tiêu: ${bundle.indicators.length}; đơn vị cấp huyện: ${bundle.districts.length}; đơn vị báo cáo: ${bundle.units.length}`,
      '',
      'Kỳ báo cáo:',
      ...bundle.periods.map(
        (p) => `  ${p.code.padEnd(8)} ${periodName(p.code).padEnd(22)} số liệu ${dateVi(p.windowStart)}–${dateVi(p.windowEnd)}, hạn gửi ${dateVi(p.dueDate)}`,
      ),
      '',
      'Đơn vị báo cáo:',
      ...bundle.units.map((u) => `  ${u.id.padEnd(8)} ${u.name}`),
    ];
    return lines.join('\n');
  });
}
