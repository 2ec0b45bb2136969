import { dateVi } from '../dates';
import type { AuditRow } from './app';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from './documents';
import { parsePeriodCode, periodName } from './periods';
import { RULE_TITLES, type RuleId } from './reconcile';
import { isUnitType, unitTypeLabel } from './units';
import { SECTION_LABELS as SECTION_NAMES } from './exchange';

/** The kinds the audit view filters by. */
export const AUDIT_KINDS = ['import', 'reconcile', 'lock', 'plan', 'document', 'data', 'settings'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  import: 'Nhập báo cáo',
  reconcile: 'Xử lý điểm chênh lệch, sửa số liệu',
  lock: 'Chốt, mở khóa số liệu',
  plan: 'Sửa danh mục kế hoạch',
  document: 'Văn bản',
  data: 'Sao lưu, khôi phục',
  settings: 'Cài đặt',
};

/** What a sentence needs from the plan: names, never codes, in what the clerk reads. */
export interface AuditNames {
  /** "huyện Sơn Tây" for a district code in a plan year, null when unknown. */
  district(year: number | null, code: string): string | null;
  indicator(year: number | null, code: string): string | null;
  /** The slot of a stored report (a correction names the report by its id). */
  report(id: number): { period: string; districtCode: string; unitType: 'BDV' | 'QS'; version: number } | null;
}

export interface AuditDetail {
  label: string;
  value: string;
}

export interface AuditDescription {
  sentence: string;
  kind: AuditKind;
  /** The period the row is about ("2021-Q2"), for the period filter. */
  period: string | null;
  /** "534-QS", or "534" for both units of a district, for the unit filter. */
  unit: string | null;
  details: AuditDetail[];
}

const parse = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const numVi = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('vi-VN', { maximumFractionDigits: 3 }) : v === null ? 'trống (không báo cáo)' : String(v));
const baseName = (p: string | null): string | null => (p ? (p.split(/[\\/]/).pop() ?? p) : null);
const pad = (n: number) => String(n).padStart(2, '0');
/** A stored timestamp (UTC) as the clerk's clock reads it: "30/06/2021 09:00". */
export const localDateTime = (iso: string): string => {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const yearOf = (period: string | null): number | null => (period ? (parsePeriodCode(period)?.year ?? null) : null);

/** Field names of the stored JSON, as the details expander writes them. */
const FIELD_LABELS: Record<string, string> = {
  fileName: 'Tệp',
  sha256: 'Mã kiểm tra nội dung tệp (SHA-256)',
  receivedDate: 'Ngày nhận',
  version: 'Phiên bản',
  current: 'Dùng làm số liệu',
  duplicateOf: 'Trùng với tệp',
  status: 'Trạng thái',
  chosenValue: 'Số liệu được chọn',
  fromYear: 'Từ kế hoạch năm',
  renamedYear: 'Đổi năm trong tên',
  label: 'Tên',
  title: 'Tên',
  name: 'Tên',
  code: 'Mã',
  unit: 'Đơn vị tính',
  windowStart: 'Ngày đầu kỳ số liệu',
  windowEnd: 'Ngày cuối kỳ số liệu',
  dueDate: 'Hạn gửi',
  number: 'Số hiệu',
  aliases: 'Tên gọi khác',
  period: 'Kỳ',
  lockedBy: 'Người chốt',
  lockedAt: 'Lúc chốt',
  note: 'Ghi chú',
};
const STATUS_WORDS: Record<string, string> = { open: 'chưa xử lý', accepted: 'đã chấp nhận', corrected: 'đã sửa số liệu', explained: 'đã giải trình', locked: 'đã chốt', unlocked: 'đã mở khóa' };

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'number') return numVi(v);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dateVi(v);
    if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return localDateTime(v);
    if (parsePeriodCode(v)) return periodName(v);
    return STATUS_WORDS[v] ?? v;
  }
  if (Array.isArray(v)) return v.map(valueText).join(', ') || '—';
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${FIELD_LABELS[k] ?? k}: ${valueText(x)}`)
    .join('; ');
}

/** The fields an edit changed, named, old → new: what the clerk wants to see first of an edit. */
function changedFields(before: unknown, after: unknown): string | null {
  const a = obj(before);
  const b = obj(after);
  const keys = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  // A field without a Vietnamese name stays in the details: the sentence never shows a code's key.
  if (!keys.length || !Object.keys(a).length || keys.some((k) => !(k in FIELD_LABELS))) return null;
  return keys.map((k) => `${FIELD_LABELS[k] ?? k} ${valueText(a[k])} → ${valueText(b[k])}`).join('; ');
}

function unitPhrase(names: AuditNames, year: number | null, districtCode: string, unitType: string | null): string {
  const d = names.district(year, districtCode) ?? `đơn vị mã ${districtCode}`;
  return isUnitType(unitType) ? `${unitTypeLabel(unitType)} ${d}` : d;
}

/** "2021-Q2/534-QS/v1" → the report's slot. */
function reportKey(key: string): { period: string; districtCode: string; unitType: 'BDV' | 'QS'; version: number } | null {
  const m = /^(\d{4}-(?:Q[1-4]|H1|Y))\/(\d{3})-(BDV|QS)\/v(\d+)$/.exec(key);
  return m ? { period: m[1]!, districtCode: m[2]!, unitType: m[3] as 'BDV' | 'QS', version: Number(m[4]) } : null;
}

/** "R4|2021-Q2|534|QS|TT05|period<=TT01" → rule, period, unit, indicator. */
function findingKey(key: string): { rule: RuleId; period: string; districtCode: string | null; unitType: string | null; indicator: string | null } | null {
  const [rule, period, district, unitType, indicator] = key.split('|');
  if (!rule || !(rule in RULE_TITLES) || !period) return null;
  const opt = (s: string | undefined) => (s && s !== '*' ? s : null);
  return { rule: rule as RuleId, period, districtCode: opt(district), unitType: opt(unitType), indicator: opt(indicator) };
}

const withReason = (sentence: string, reason: string | null): string => (reason?.trim() ? `${sentence} — lý do: ${reason.trim()}` : sentence);

const SETTLE_VERBS: Record<string, string> = { settle_accept: 'Chấp nhận', settle_correct: 'Xử lý bằng sửa số liệu', settle_explain: 'Giải trình' };
const IMPORT_VERBS: Record<string, string> = {
  import: 'Nhập báo cáo',
  import_new_version: 'Nhập phiên bản mới thay báo cáo trước',
  import_superseded: 'Lưu làm lịch sử (không dùng làm số liệu) báo cáo',
  import_duplicate: 'Ghi nhận tệp gửi lại trùng nội dung với báo cáo đã nhập',
};
const ENTITY_NAMES: Record<string, string> = {
  plan: 'kế hoạch',
  content_area: 'nội dung phối hợp',
  indicator: 'chỉ tiêu',
  district: 'đơn vị',
  period: 'kỳ báo cáo',
  document_settings: 'thiết lập văn bản',
  reconcile_settings: 'thiết lập đối chiếu',
};

/**
 * One audit row as a sentence a clerk reads, with the filters' keys and the details for the
 * expander. Every action the code writes has its own sentence; an unknown one still reads as
 * Vietnamese ("Thay đổi khác") rather than showing its internal name.
 */
export function describeAudit(row: AuditRow, names: AuditNames): AuditDescription {
  const before = parse(row.oldValue);
  const after = parse(row.newValue);
  const details: AuditDetail[] = [];
  const detail = (label: string, v: unknown) => {
    if (v !== null && v !== undefined && v !== '') details.push({ label, value: valueText(v) });
  };
  const done = (sentence: string, kind: AuditKind, period: string | null, unit: string | null): AuditDescription => {
    detail('Giá trị trước', before);
    detail('Giá trị sau', after);
    detail('Mã đối tượng (dùng khi tra cứu kỹ thuật)', row.entityKey);
    return { sentence: withReason(sentence, row.reason), kind, period, unit, details };
  };

  if (row.action in IMPORT_VERBS) {
    const k = reportKey(row.entityKey);
    const n = obj(after);
    if (!k) return done(`${IMPORT_VERBS[row.action]}`, 'import', null, null);
    const who = unitPhrase(names, yearOf(k.period), k.districtCode, k.unitType);
    const file = str(n.fileName);
    const received = str(n.receivedDate);
    const tail = [file ? `tệp ${file}` : null, received ? `ngày nhận ${dateVi(received)}` : null].filter(Boolean).join(', ');
    const version = row.action === 'import_duplicate' ? `phiên bản ${k.version} đã có` : `phiên bản ${k.version}`;
    return done(`${IMPORT_VERBS[row.action]} của ${who}, ${periodName(k.period)}, ${version}${tail ? `, ${tail}` : ''}`, 'import', k.period, `${k.districtCode}-${k.unitType}`);
  }

  if (row.action in SETTLE_VERBS || row.action === 'reopen') {
    const f = findingKey(row.entityKey);
    if (!f) return done(`${SETTLE_VERBS[row.action] ?? 'Mở lại'} một điểm chênh lệch`, 'reconcile', null, null);
    const year = yearOf(f.period);
    const where = [f.districtCode ? unitPhrase(names, year, f.districtCode, f.unitType) : isUnitType(f.unitType) ? `toàn tỉnh (${unitTypeLabel(f.unitType)})` : null, periodName(f.period), f.indicator ? `chỉ tiêu ${f.indicator}${names.indicator(year, f.indicator) ? ` (${names.indicator(year, f.indicator)})` : ''}` : null]
      .filter(Boolean)
      .join(', ');
    const verb = row.action === 'reopen' ? 'Mở lại để xử lý lại' : SETTLE_VERBS[row.action]!;
    const chosen = obj(after).chosenValue;
    const pick = typeof chosen === 'number' ? `, chọn số liệu ${numVi(chosen)}` : '';
    return done(`${verb} điểm chênh lệch ${f.rule} (${RULE_TITLES[f.rule].toLowerCase()}) của ${where}${pick}`, 'reconcile', f.period, f.districtCode ? (f.unitType ? `${f.districtCode}-${f.unitType}` : f.districtCode) : null);
  }

  if (row.action === 'correct' || row.action === 'withdraw_correction') {
    const [id, indicator, field] = row.entityKey.split('/');
    const rep = names.report(Number(id));
    const year = yearOf(rep?.period ?? null);
    const label = indicator ? names.indicator(year, indicator) : null;
    const column = field === 'ytd' ? 'số lũy kế' : 'số trong kỳ';
    const whose = rep ? ` của ${unitPhrase(names, year, rep.districtCode, rep.unitType)}, ${periodName(rep.period)}, phiên bản ${rep.version}` : '';
    const what = `${column} chỉ tiêu ${indicator ?? ''}${label ? ` (${label})` : ''}${whose}`;
    return done(
      row.action === 'correct'
        ? `Sửa ${what}: từ ${numVi(before)} thành ${numVi(after)} (số gốc trong tệp vẫn giữ)`
        : `Bỏ số đã sửa của ${what} khi mở lại điểm chênh lệch: từ ${numVi(before)} trở lại ${numVi(after)}`,
      'reconcile',
      rep?.period ?? null,
      rep ? `${rep.districtCode}-${rep.unitType}` : null,
    );
  }

  if (row.action === 'lock') return done(`Chốt số liệu ${periodName(row.entityKey)}`, 'lock', row.entityKey, null);
  if (row.action === 'unlock') {
    const lock = obj(before);
    const since = str(lock.lockedAt);
    return done(`Mở khóa số liệu ${periodName(row.entityKey)}${since ? ` (đã chốt ngày ${dateVi(since)}${str(lock.lockedBy) ? ` bởi ${str(lock.lockedBy)}` : ''})` : ''}`, 'lock', row.entityKey, null);
  }

  if (row.entity === 'exchange_package' || row.entity === 'exchange_conflict') {
    const a = obj(after);
    const src = obj(a.source);
    const section = str(a.section) ?? str(src.section);
    const other = section === 'BDV' || section === 'QS' ? SECTION_NAMES[section] : 'phòng bên kia';
    if (row.action === 'export') return done(`Xuất gói trao đổi dữ liệu${str(a.file) ? ` “${str(a.file)}”` : ''} cho phòng bên kia`, 'data', null, null);
    if (row.action === 'exchange_import') return done(`Nhập gói trao đổi dữ liệu “${str(a.package) ?? ''}” của ${other}`, 'data', null, null);
    if (row.action === 'exchange_conflict') return done(`Giữ lại một điểm khác với bên ${other} để người dùng chọn`, 'reconcile', null, null);
    if (row.action === 'exchange_resolve') return done(`${a.choice === 'ours' ? 'Giữ bản của máy này' : 'Dùng bản của bên kia'} cho một điểm khác với bên ${other}`, 'reconcile', null, null);
  }
  if (row.action === 'export' || row.entity === 'document_draft') {
    const [kind, period] = row.entityKey.split('/');
    const doc = `văn bản “${DOCUMENT_KIND_LABELS[kind as DocumentKind] ?? 'không rõ loại'}”${period && parsePeriodCode(period) ? `, kỳ ${periodName(period)}` : ''}`;
    if (row.action === 'export') {
      const file = baseName(str(after));
      return done(`Lưu ${doc}${file ? `, ra tệp ${file}` : ''}`, 'document', period ?? null, null);
    }
    return done(`${row.action === 'create' ? 'Soạn' : 'Sửa'} phần nhận định của ${doc}`, 'document', period ?? null, null);
  }

  if (row.action === 'backup') return done(`Sao lưu dữ liệu${baseName(str(after)) ? ` ra tệp ${baseName(str(after))}` : ''}`, 'data', null, null);
  if (row.action === 'restore') {
    const kept = baseName(str(before));
    return done(`Khôi phục dữ liệu từ bản sao lưu ${baseName(str(after)) ?? ''}${kept ? `; dữ liệu trước đó giữ lại thành ${kept}` : ''}`.trim(), 'data', null, null);
  }

  if (row.entity === 'app_setting') {
    if (row.entityKey === 'display_name') return done(`Đổi tên người dùng hiển thị từ “${valueText(before)}” thành “${valueText(after)}”`, 'settings', null, null);
    if (row.entityKey === 'exchange_section') return done(`Chọn phòng của máy này: ${after === 'BDV' || after === 'QS' ? SECTION_NAMES[after] : valueText(after)}`, 'settings', null, null);
    if (row.entityKey === 'exchange_passphrase') return done(`${after === 'đã xóa' ? 'Xóa' : 'Đặt'} cụm mật khẩu dùng chung để trao đổi dữ liệu`, 'settings', null, null);
    if (row.entityKey === 'backup_keep') return done(`Đổi số bản sao lưu tự động được giữ từ ${valueText(before)} thành ${valueText(after)}`, 'settings', null, null);
    return done('Đổi một cài đặt của phần mềm', 'settings', null, null);
  }
  if (row.entity === 'reconcile_settings') return done(`Sửa thiết lập đối chiếu của kế hoạch năm ${row.entityKey}`, 'settings', null, null);

  if (row.action === 'copy' && row.entity === 'plan') {
    const from = str(obj(before).fromYear);
    return done(`Sao chép kế hoạch năm ${from ?? '?'} sang kế hoạch năm ${row.entityKey}`, 'plan', null, null);
  }
  if (row.entity in ENTITY_NAMES) {
    const [yearText, code] = row.entityKey.includes('/') ? row.entityKey.split('/') : [null, row.entityKey];
    const year = yearText ? Number(yearText) : null;
    const a = obj(after);
    const what =
      row.entity === 'period'
        ? `kỳ báo cáo ${periodName(row.entityKey)}`
        : row.entity === 'plan' || row.entity === 'document_settings'
          ? `${ENTITY_NAMES[row.entity]} năm ${row.entityKey}`
          : row.entity === 'district'
            ? `đơn vị ${(code && names.district(year, code)) ?? str(a.name) ?? code}`
            : row.entity === 'indicator'
              ? `chỉ tiêu ${code}${str(a.label) ? ` (${str(a.label)})` : ''}`
              : `nội dung phối hợp số ${code}${str(a.title) ? ` (${str(a.title)})` : ''}`;
    const yearTail = year && row.entity !== 'period' ? ` của kế hoạch năm ${year}` : '';
    const changes = row.action === 'update' ? changedFields(before, after) : null;
    return done(`${row.action === 'create' ? 'Thêm' : 'Sửa'} ${what}${yearTail}${changes ? `: ${changes}` : ''}`, 'plan', row.entity === 'period' ? row.entityKey : null, row.entity === 'district' ? code ?? null : null);
  }
  return done('Thay đổi khác', 'settings', null, null);
}
