import { periodName } from '../../../shared/domain/periods';
import type { AppContext } from '../../context';
import { listPlans } from '../../db/queries/plan';
import { getPlanBundle } from '../../plan/service';
import { emit, usageError, type CliIo } from '../io';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

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
        (p) => `  ${p.code.padEnd(8)} ${periodName(p.code).padEnd(22)} số liệu ${vnDate(p.windowStart)}–${vnDate(p.windowEnd)}, hạn gửi ${vnDate(p.dueDate)}`,
      ),
      '',
      'Đơn vị báo cáo:',
      ...bundle.units.map((u) => `  ${u.id.padEnd(8)} ${u.name}`),
    ];
    return lines.join('\n');
  });
}
