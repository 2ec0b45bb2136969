import { periodName } from '../../../shared/domain/periods';
import { dateVi } from '../../../shared/dates';
import type { AppContext } from '../../context';
import { listPlans } from '../../db/queries/plan';
import type { CopyPreview } from '../../../shared/domain/year-rename';
import { getPlanBundle } from '../../plan/service';
import type { Call } from '../call';
import { emit, usageError, type CliIo } from '../io';
import { parseCliInteger } from '../number';

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

export interface CopyFlags {
  from?: string;
  to?: string;
  renameYear: boolean;
  dryRun: boolean;
}

const WHAT = { area: 'Nội dung', indicator: 'Chỉ tiêu' } as const;

/**
 * `plan copy`: a new plan year from an earlier one (plan.copy, as Danh mục → Kế hoạch). --dry-run
 * prints what the dialog's preview shows: the renamed title and the labels naming the old year.
 */
export async function planCopy(call: Call, io: CliIo, flags: CopyFlags): Promise<void> {
  if (!flags.from || !flags.to) throw usageError('Cần --from NĂM và --to NĂM, ví dụ --from 2021 --to 2022.');
  const fromYear = parseCliInteger(flags.from, '--from', 2000, 2100);
  const toYear = parseCliInteger(flags.to, '--to', 2000, 2100);
  const preview = await call('plan.copyPreview', { fromYear, toYear });
  const renames = (p: CopyPreview) =>
    p.renames.length
      ? [`Tên có ghi năm ${fromYear}${flags.renameYear ? ` (đổi thành ${toYear} vì có --rename-year)` : ` (giữ nguyên; thêm --rename-year để đổi thành ${toYear})`}:`, ...p.renames.map((r) => `  ${WHAT[r.what]} ${r.key}: "${r.before}" → "${r.after}"`)]
      : [`Không có nội dung, chỉ tiêu nào ghi năm ${fromYear}.`];
  if (flags.dryRun) {
    emit(io, { dry_run: true, rename_year: flags.renameYear, preview }, () =>
      [`Sao chép kế hoạch năm ${fromYear} sang năm ${toYear} (chưa ghi gì):`, `Tên kế hoạch: "${preview.planTitle.before}" → "${preview.planTitle.after}"`, ...renames(preview)].join('\n'),
    );
    return;
  }
  const bundle = await call('plan.copy', { fromYear, toYear, renameYear: flags.renameYear });
  emit(io, bundle, () =>
    [
      `Đã tạo kế hoạch năm ${toYear} từ kế hoạch năm ${fromYear}: "${bundle.plan.title}"`,
      `Nội dung phối hợp: ${bundle.areas.length}; chỉ tiêu: ${bundle.indicators.length}; đơn vị cấp huyện: ${bundle.districts.length}; kỳ báo cáo: ${bundle.periods.length}`,
      ...renames(preview),
    ].join('\n'),
  );
}
