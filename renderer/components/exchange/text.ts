import { parsePeriodCode, periodName } from '../../../shared/domain/periods';
import type { ConflictKind, PlanDifference, SettlementLine } from '../../../shared/domain/exchange';
import { formatDate, formatDateTime, formatNumber } from '../../format';

/**
 * The exchange's objects in the clerk's words: a settlement as "Chấp nhận, lấy số 12", a plan
 * difference as "Chỉ tiêu GN05: Tên chỉ tiêu", never as the stored object or its keys.
 */

const figure = (v: number | null) => (v === null ? 'trống' : formatNumber(v));
const column = (f: 'period' | 'ytd') => (f === 'period' ? 'trong kỳ' : 'lũy kế');

export function settlementAction(s: SettlementLine): string {
  if (s.status === 'accepted') return s.chosenValue !== null ? `Chấp nhận, lấy số ${formatNumber(s.chosenValue)}` : 'Chấp nhận';
  if (s.status === 'explained') return 'Giải trình';
  const cells = s.corrections.map((c) => `${c.indicator} ${column(c.field)} → ${figure(c.value)}`);
  return cells.length ? `Sửa số liệu: ${cells.join('; ')}` : 'Sửa số liệu';
}

export const settlementWho = (s: SettlementLine): string => `${s.settledBy}, ${formatDateTime(s.settledAt)}`;

/** A conflict's ours/theirs comes from the package or the database: read it only where it has the settlement's shape. */
export function asSettlement(v: unknown): SettlementLine | null {
  if (!v || typeof v !== 'object') return null;
  const s = v as Partial<SettlementLine>;
  return typeof s.status === 'string' && typeof s.settledBy === 'string' && Array.isArray(s.corrections) ? (s as SettlementLine) : null;
}

export const KIND_LABELS: Record<ConflictKind, string> = {
  settlement: 'Xử lý điểm chênh lệch',
  plan: 'Kế hoạch và danh mục',
  draft: 'Bản thảo văn bản',
  report: 'Báo cáo',
};

const WHAT_LABELS: Record<PlanDifference['what'], string> = {
  plan: 'Thông tin kế hoạch năm',
  area: 'Nội dung',
  indicator: 'Chỉ tiêu',
  district: 'Đơn vị hành chính',
  period: 'Kỳ báo cáo',
  document_settings: 'Thiết lập văn bản',
  reconcile_settings: 'Thiết lập đối chiếu',
};

const DRAFT_LABELS: Record<string, string> = { quarter: 'Báo cáo quý', 'six-month': 'Báo cáo sáu tháng', year: 'Báo cáo năm' };

/** Field names of the catalogue and the settings as the Danh mục and Cài đặt screens call them. */
export const FIELD_LABELS: Record<string, string> = {
  year: 'Năm',
  number: 'Số kế hoạch',
  title: 'Tên',
  issuedDate: 'Ngày ban hành',
  startDate: 'Từ ngày',
  endDate: 'Đến ngày',
  bodyBdv: 'Cơ quan Ban Dân vận',
  bodyQs: 'Cơ quan Ban CHQS',
  formVersion: 'Phiên bản mẫu báo cáo',
  no: 'Số thứ tự',
  code: 'Mã',
  area: 'Nội dung',
  label: 'Tên chỉ tiêu',
  unit: 'Đơn vị tính',
  reportedBy: 'Đơn vị báo cáo',
  kind: 'Loại',
  crossCheck: 'So sánh giữa hai đơn vị',
  rule: 'Quy tắc',
  sortOrder: 'Thứ tự',
  name: 'Tên',
  type: 'Loại đơn vị',
  partyCommittee: 'Huyện ủy',
  boardUnit: 'Ban Dân vận',
  militaryUnit: 'Ban CHQS',
  aliases: 'Tên gọi khác',
  windowStart: 'Bắt đầu kỳ',
  windowEnd: 'Kết thúc kỳ',
  dueDate: 'Hạn nộp',
  enabled: 'Các quy tắc bật',
  moneyTolerance: 'Sai số cho phép (tiền)',
  countTolerance: 'Sai số cho phép (số lượng)',
};

/** "Chỉ tiêu GN05", "Bản thảo Báo cáo sáu tháng kỳ 6 tháng đầu năm 2021", "Báo cáo kỳ Quý II năm 2021, đơn vị 524-BDV". */
export function conflictSubject(kind: ConflictKind, key: string): string {
  const parts = key.split('/');
  const period = (code: string | undefined) => (code && parsePeriodCode(code) ? periodName(code) : (code ?? ''));
  if (kind === 'plan') return `${WHAT_LABELS[parts[0] as PlanDifference['what']] ?? 'Kế hoạch'} ${parts.slice(1).join(' ')}`.trim();
  if (kind === 'draft') return `Bản thảo ${DRAFT_LABELS[parts[1] ?? ''] ?? 'văn bản'} kỳ ${period(parts[2])}`.trim();
  if (kind === 'report') return `Báo cáo kỳ ${period(parts[1])}, đơn vị ${parts[2] ?? ''}`.trim();
  return KIND_LABELS.settlement;
}

export const planDifferenceSubject = (d: PlanDifference): string => `${WHAT_LABELS[d.what]} ${d.key}`;

export const fieldLabel = (f: string): string => (f === '*' ? 'Chỉ có ở một bên' : (FIELD_LABELS[f] ?? 'Thông tin khác'));

/** One field's value as text: dates as dd/mm/yyyy, booleans as có/không, lists joined. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'trống';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : /^\d{4}-\d{2}-\d{2}T/.test(v) ? formatDateTime(v) : v;
  if (Array.isArray(v)) return v.length ? v.map(valueText).join(', ') : 'trống';
  if (typeof v === 'object') {
    const on = Object.entries(v as Record<string, unknown>).filter(([, x]) => x === true).map(([k]) => k);
    const all = Object.values(v as Record<string, unknown>);
    if (all.every((x) => typeof x === 'boolean')) return on.length ? on.join(', ') : 'không có';
    return `${all.length} mục`;
  }
  return String(v);
}

export const DRAFT_KIND_LABELS = DRAFT_LABELS;
