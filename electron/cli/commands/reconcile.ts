import { periodName } from '../../../shared/domain/periods';
import { dateVi } from '../../../shared/dates';
import { RULE_TITLES } from '../../../shared/domain/reconcile';
import type { AppContext } from '../../context';
import { periodFigures, runReconcile } from '../../reconcile/service';
import { emit, usageError, type CliIo } from '../io';

const STATUS_VI = { on_time: 'đúng hạn', late: 'muộn', missing: 'chưa gửi' } as const;

export async function reconcileCommand(ctx: AppContext, io: CliIo, period: string | undefined): Promise<void> {
  if (!period) throw usageError('Cần --period, ví dụ --period 2021-Q2.');
  const v = await runReconcile(ctx, period);
  const out = {
    period: v.period,
    due_date: v.dueDate,
    locked: v.lock !== null,
    completeness: v.completeness.map((c) => ({ district_code: c.districtCode, unit_type: c.unitType, status: c.status, days_late: c.daysLate, received_date: c.receivedDate })),
    findings: v.findings.map((f) => ({
      rule: f.rule,
      key: f.key,
      district_code: f.districtCode,
      unit_type: f.unitType,
      period: f.period,
      indicator: f.indicator,
      values: f.values,
      message: f.message,
      severity: f.severity,
      status: f.status,
      // Settled, and no longer raised by the rules (a correction made the figures agree).
      gone: f.gone,
    })),
  };
  emit(io, out, () => {
    const missing = v.completeness.filter((c) => c.status !== 'on_time');
    return [
      `Đối chiếu ${periodName(period)} (hạn gửi ${dateVi(v.dueDate)})${v.lock ? ' — ĐÃ CHỐT' : ''}`,
      `Đúng hạn: ${v.completeness.filter((c) => c.status === 'on_time').length}/${v.completeness.length}`,
      ...missing.map((c) => `  ${c.districtCode}-${c.unitType}: ${STATUS_VI[c.status]}${c.daysLate ? ` ${c.daysLate} ngày` : ''}`),
      `Điểm chênh lệch: ${v.findings.length}`,
      ...v.findings.map((f) => `  [${f.rule} ${RULE_TITLES[f.rule]}] ${f.message}${f.status !== 'open' ? ` (${f.status})` : ''}`),
    ].join('\n');
  });
}

export async function figuresCommand(ctx: AppContext, io: CliIo, period: string | undefined): Promise<void> {
  if (!period) throw usageError('Cần --period, ví dụ --period 2021-H1.');
  const f = await periodFigures(ctx, period);
  const out = {
    period: f.period,
    quarters: f.quarters,
    units: f.units.map((u) => ({ district_code: u.districtCode, unit_type: u.unitType, report_id: u.reportId, values: u.values })),
    districts: f.districts.map((d) => ({ district_code: d.districtCode, values: d.values })),
    province: { by_indicator: f.province.byIndicator, by_area: f.province.byArea },
    missing: f.missing.map((m) => ({ district_code: m.districtCode, unit_type: m.unitType, periods: m.periods })),
    open_findings: f.openFindings,
  };
  emit(io, out, () =>
    [
      `Số liệu ${periodName(period)} (các quý: ${f.quarters.join(', ')})`,
      ...Object.entries(f.province.byIndicator).map(([code, v]) => `  ${code}: ${v === null ? '—' : v.toLocaleString('vi-VN')}`),
      `Đơn vị chưa báo cáo: ${f.missing.length ? f.missing.map((m) => `${m.districtCode}-${m.unitType}`).join(', ') : 'không'}`,
      `Điểm chênh lệch chưa xử lý: ${f.openFindings}`,
    ].join('\n'),
  );
}
