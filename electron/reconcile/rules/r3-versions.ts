import type { Finding } from '../../../shared/domain/reconcile';
import { dateVi, findingKey, periodName, unitName } from '../format';
import type { ReconcileInput, StoredReport } from '../input';
import { lookup, type Lookup } from '../lookup';
import { overriddenIdentities } from './r3-identity-overridden';

/**
 * R3, five findings:
 * - a unit sent several versions for the period: one counts, the others stay as history.
 *   Informational, naming for each version not used why it is not (a later version replaced it,
 *   or it bears an older report date). Keyed by the current version, so that a new current
 *   version shows again while a further old copy does not reopen it.
 * - a version that arrived after the current one but bears an older report date: kept as
 *   history, its figures not used. Said on its own, keyed by that version, because the clerk who
 *   just imported it expects its figures and must see why they do not appear.
 * - the current report is byte-identical to a report of another unit or period (plan year or
 *   earlier years): the same file filed twice, usually a copy of a neighbour's or last year's file.
 * - the same file received again for the same unit and period: the importer keeps only its arrival;
 *   informational, one finding per arrival, so that the clerk sees what came in and was not used.
 * - the current report was filed, confirmed twice, against the unit or period the file itself
 *   states (r3-identity-overridden.ts).
 */
export function r3Versions(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  return [...versionFindings(lk), ...identicalFiles(lk), ...duplicateArrivals(input, lk), ...overriddenIdentities(lk)];
}

/** Stored after the current version yet not current: the importer found it older by its report date. */
const olderOnArrival = (r: StoredReport, cur: StoredReport) => !r.isCurrent && r.version > cur.version;

const described = (r: StoredReport): string =>
  `phiên bản ${r.version} (tệp "${r.fileName}", ${r.reportDate ? `ngày báo cáo ${dateVi(r.reportDate)}, ` : ''}nhận ngày ${dateVi(r.receivedDate)})`;

/** Why a version is not the one counted, in terms of the current version `cur`. */
function whyNotUsed(r: StoredReport, cur: StoredReport): string {
  const older = r.reportDate !== null && cur.reportDate !== null && r.reportDate < cur.reportDate;
  if (olderOnArrival(r, cur)) return older ? 'nhận sau nhưng ngày báo cáo cũ hơn bản đang dùng' : 'nhận sau nhưng không mới hơn bản đang dùng';
  return older ? `ngày báo cáo cũ hơn phiên bản ${cur.version}` : `phiên bản ${cur.version} nhận sau đã thay thế`;
}

function versionFindings(lk: Lookup): Finding[] {
  const p = lk.period.code;
  const out: Finding[] = [];
  for (const u of lk.units) {
    const all = lk.versions(p, u.districtCode, u.unitType);
    const cur = lk.current(p, u.districtCode, u.unitType);
    const d = lk.districts.get(u.districtCode);
    if (all.length < 2 || !cur || !d) continue;
    const others = all.filter((r) => r !== cur);
    const list = others.map((r) => `${described(r)}: ${whyNotUsed(r, cur)}`).join('; ');
    out.push({
      key: findingKey('R3', p, u.districtCode, u.unitType, null, `versions-v${cur.version}`),
      rule: 'R3',
      period: p,
      districtCode: u.districtCode,
      unitType: u.unitType,
      indicator: null,
      values: { 'Số phiên bản': all.length, 'Phiên bản đang dùng': cur.version, ...(cur.reportDate ? { 'Ngày báo cáo': dateVi(cur.reportDate) } : {}), 'Ngày nhận': dateVi(cur.receivedDate) },
      message:
        `${unitName(d, u.unitType)} đã gửi ${all.length} phiên bản báo cáo ${periodName(p)}. Số liệu lấy theo ${described(cur)}. ` +
        `Các phiên bản không dùng, lưu làm lịch sử: ${list}.`,
      severity: 'info',
      reportIds: all.map((r) => r.id),
    });
    for (const r of others.filter((o) => olderOnArrival(o, cur))) {
      const against = cur.reportDate ? `ngày báo cáo ${dateVi(cur.reportDate)}` : `phiên bản ${cur.version}`;
      out.push({
        key: findingKey('R3', p, u.districtCode, u.unitType, null, `older-on-arrival-v${r.version}`),
        rule: 'R3',
        period: p,
        districtCode: u.districtCode,
        unitType: u.unitType,
        indicator: null,
        values: { 'Tệp': r.fileName, 'Ngày nhận': dateVi(r.receivedDate), ...(r.reportDate ? { 'Ngày báo cáo của tệp': dateVi(r.reportDate) } : {}), 'Phiên bản đang dùng': cur.version },
        message: `Tệp "${r.fileName}" (nhận ngày ${dateVi(r.receivedDate)}) là bản cũ hơn bản đang dùng (${against}): lưu làm lịch sử, không dùng số liệu.`,
        severity: 'info',
        reportIds: [r.id, cur.id],
      });
    }
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

function duplicateArrivals(input: ReconcileInput, lk: Lookup): Finding[] {
  const p = lk.period.code;
  const byId = new Map(input.reports.map((r) => [r.id, r]));
  const out: Finding[] = [];
  for (const a of input.duplicates) {
    const r = byId.get(a.reportId);
    const d = r ? lk.districts.get(r.districtCode) : undefined;
    if (!r || !d || r.period !== p) continue;
    out.push({
      key: findingKey('R3', p, r.districtCode, r.unitType, null, `received-again-${a.id}`),
      rule: 'R3',
      period: p,
      districtCode: r.districtCode,
      unitType: r.unitType,
      indicator: null,
      values: { 'Tệp nhận lại': a.fileName, 'Ngày nhận': dateVi(a.receivedDate), 'Trùng với': `phiên bản ${r.version} (tệp "${r.fileName}")` },
      message: `Tệp "${a.fileName}" (nhận ngày ${dateVi(a.receivedDate)}) giống hệt từng byte phiên bản ${r.version} (tệp "${r.fileName}") của ${unitName(d, r.unitType)}, ${periodName(p)}: đơn vị gửi lại cùng một tệp; chỉ ghi nhận đã nhận, không ghi lại số liệu.`,
      severity: 'info',
      reportIds: [r.id],
    });
  }
  return out;
}
