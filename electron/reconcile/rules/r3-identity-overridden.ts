import type { Finding } from '../../../shared/domain/reconcile';
import { findingKey, periodName, unitName } from '../format';
import type { Lookup } from '../lookup';

/**
 * A current report the clerk filed against what the file states for certain (import finding
 * identity_overridden): whether the report really is this unit's for this period is for the
 * reconciler to settle, so it is a warning of R3 (which report is which), keyed by report.
 */
export function overriddenIdentities(lk: Lookup): Finding[] {
  const p = lk.period.code;
  const out: Finding[] = [];
  for (const u of lk.units) {
    const r = lk.current(p, u.districtCode, u.unitType);
    const d = lk.districts.get(u.districtCode);
    if (!r || !d || !r.identityOverrides?.length) continue;
    out.push({
      key: findingKey('R3', p, u.districtCode, u.unitType, null, `identity-overridden-r${r.id}`),
      rule: 'R3',
      period: p,
      districtCode: u.districtCode,
      unitType: u.unitType,
      indicator: null,
      values: { 'Tệp': r.fileName, 'Phiên bản': r.version },
      message: `Báo cáo ${periodName(p)} của ${unitName(d, u.unitType)} (tệp "${r.fileName}") được lưu khác với nội dung tệp: ${r.identityOverrides.join(' ')}`,
      severity: 'warning',
      reportIds: [r.id],
    });
  }
  return out;
}
