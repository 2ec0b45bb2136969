import type { Finding } from '../../../shared/domain/reconcile';
import { dateVi, findingKey, periodName, unitName } from '../format';
import type { ReconcileInput, StoredReport } from '../input';
import { lookup, type Lookup } from '../lookup';
import { overriddenIdentities } from './r3-identity-overridden';

/**
 * R3, two findings:
 * - a unit sent several versions for the period: the latest supersedes the others, which stay as
 *   history. Informational, keyed by the current version so that a further version shows again.
 * - the current report is byte-identical to a report of another unit or period (plan year or
 *   earlier years): the same file filed twice, usually a copy of a neighbour's or last year's file.
 *   The same file again for the same unit and period is not a finding: the importer ignores it.
 * - and a third: the current report was filed, confirmed twice, against the unit or period the
 *   file itself states (r3-identity-overridden.ts).
 */
export function r3Versions(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  return [...versionFindings(lk), ...identicalFiles(lk), ...overriddenIdentities(lk)];
}

function versionFindings(lk: Lookup): Finding[] {
  const p = lk.period.code;
  const out: Finding[] = [];
  for (const u of lk.units) {
    const all = lk.versions(p, u.districtCode, u.unitType);
    const cur = lk.current(p, u.districtCode, u.unitType);
    const d = lk.districts.get(u.districtCode);
    if (all.length < 2 || !cur || !d) continue;
    const list = all.map((r) => `phiên bản ${r.version} (tệp "${r.fileName}", nhận ngày ${dateVi(r.receivedDate)})`).join('; ');
    out.push({
      key: findingKey('R3', p, u.districtCode, u.unitType, null, `versions-v${cur.version}`),
      rule: 'R3',
      period: p,
      districtCode: u.districtCode,
      unitType: u.unitType,
      indicator: null,
      values: { 'Số phiên bản': all.length, 'Phiên bản đang dùng': cur.version },
      message: `${unitName(d, u.unitType)} đã gửi ${all.length} phiên bản báo cáo ${periodName(p)}: ${list}. Số liệu lấy theo phiên bản ${cur.version}; các phiên bản trước được lưu làm lịch sử.`,
      severity: 'info',
      reportIds: all.map((r) => r.id),
    });
  }
  return out;
}

function identicalFiles(lk: Lookup): Finding[] {
  const p = lk.period.code;
  const out: Finding[] = [];
  for (const u of lk.units) {
    const r = lk.current(p, u.districtCode, u.unitType);
    const d = lk.districts.get(u.districtCode);
    if (!r || !d) continue;
    const others = uniqueSlots(lk.sameHash(r.sha256).filter((o) => o.period !== r.period || o.districtCode !== r.districtCode || o.unitType !== r.unitType));
    if (others.length === 0) continue;
    const named = others.map((o) => {
      const od = lk.districts.get(o.districtCode);
      return `${od ? unitName(od, o.unitType) : `${o.districtCode} ${o.unitType}`} ${periodName(o.period)} (tệp "${o.fileName}")`;
    });
    out.push({
      key: findingKey('R3', p, u.districtCode, u.unitType, null, `same-file-${r.sha256.slice(0, 16)}`),
      rule: 'R3',
      period: p,
      districtCode: u.districtCode,
      unitType: u.unitType,
      indicator: null,
      values: { 'Tệp': r.fileName, 'Trùng với': named.join('; ') },
      message: `Báo cáo ${periodName(p)} của ${unitName(d, u.unitType)} (tệp "${r.fileName}") giống hệt từng byte báo cáo của ${named.join('; ')}: có thể đã gửi nhầm tệp của đơn vị hoặc kỳ khác.`,
      severity: 'error',
      reportIds: [r.id, ...others.map((o) => o.id)],
    });
  }
  return out;
}

/** One report per (unit, period): several versions of the same other report are one mistake, not several. */
function uniqueSlots(reports: StoredReport[]): StoredReport[] {
  const seen = new Map<string, StoredReport>();
  for (const r of reports) {
    const k = `${r.period}|${r.districtCode}|${r.unitType}`;
    const had = seen.get(k);
    if (!had || (r.isCurrent && !had.isCurrent)) seen.set(k, r);
  }
  return [...seen.values()];
}
