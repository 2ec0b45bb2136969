import { STORED_REPORT_STATE_LABELS } from '../../../shared/domain/import';
import { periodName } from '../../../shared/domain/periods';
import { unitTypeLabel } from '../../../shared/domain/units';
import { dateVi } from '../../../shared/dates';
import type { AppContext } from '../../context';
import { getDistricts, getPeriod } from '../../db/queries/plan';
import { storedReportsOfPeriod } from '../../db/queries/reports';
import { emit, usageError, type CliIo } from '../io';

const PERIOD_CODE = /^\d{4}-(Q[1-4]|H1|Y)$/;

/**
 * `reports --period 2021-Q3`: what is stored for a period, every version, so a clerk can see which
 * file the figures come from and which arrived before it.
 */
export async function reportsCommand(ctx: AppContext, io: CliIo, period: string | undefined): Promise<void> {
  if (!period) throw usageError('Cần --period, ví dụ --period 2021-Q3.');
  if (!PERIOD_CODE.test(period)) throw usageError(`Kỳ "${period}" không đúng dạng: kỳ báo cáo có dạng 2021-Q3, 2021-H1 hoặc 2021-Y.`);
  const p = await getPeriod(ctx.db, period);
  if (!p) throw usageError(`Dữ liệu chưa có kỳ ${periodName(period)} (${period}): chưa có kế hoạch năm đó.`);
  const names = new Map((await getDistricts(ctx.db, p.year)).map((d) => [d.code, d.name]));
  const collator = new Intl.Collator('vi');
  const reports = (await storedReportsOfPeriod(ctx.db, period))
    .map((r) => {
      const districtName = names.get(r.districtCode) ?? r.districtCode;
      return { ...r, unit: `${r.districtCode}-${r.unitType}`, districtName, unitName: `${districtName} – ${unitTypeLabel(r.unitType)}` };
    })
    .sort((a, b) => collator.compare(a.districtName, b.districtName) || collator.compare(unitTypeLabel(a.unitType), unitTypeLabel(b.unitType)) || a.version - b.version);
  const out = {
    period,
    reports: reports.map((r) => ({
      unit: r.unit,
      district_code: r.districtCode,
      district_name: r.districtName,
      unit_type: r.unitType,
      unit_name: r.unitName,
      file_name: r.fileName,
      sha256: r.sha256,
      version: r.version,
      state: r.state,
      report_date: r.reportDate,
      received_date: r.receivedDate,
    })),
  };
  emit(io, out, () => {
    const units = new Set(reports.map((r) => r.unit)).size;
    const head = `Báo cáo đã lưu của ${periodName(period)}: ${reports.length.toLocaleString('vi-VN')} tệp của ${units.toLocaleString('vi-VN')} đơn vị báo cáo`;
    if (!reports.length) return `${head}.`;
    return [
      `${head}:`,
      ...reports.map((r) =>
        [
          `  ${r.unit.padEnd(8)} ${r.unitName}`,
          `    phiên bản ${r.version} (${STORED_REPORT_STATE_LABELS[r.state]}) — tệp "${r.fileName}"`,
          `    ngày báo cáo ${r.reportDate ? dateVi(r.reportDate) : 'không ghi'}, ngày nhận ${dateVi(r.receivedDate)}`,
          `    sha256 ${r.sha256}`,
        ].join('\n'),
      ),
    ].join('\n');
  });
}
