import type { FindingSettlement } from '../../../shared/domain/reconcile';
import { formatDateTime, formatNumber } from '../../format';

const fieldName = (f: 'period' | 'ytd') => (f === 'period' ? 'trong kỳ' : 'lũy kế');
const figure = (v: number | null) => (v === null ? 'trống' : formatNumber(v));

/** "Sửa số liệu: LV05 trong kỳ 14 → 12": how a finding was settled, in one line a clerk reads. */
export function settlementHow(s: FindingSettlement): string {
  if (s.action === 'correct') {
    const cells = s.corrections.map((c) => `${c.indicator} ${fieldName(c.field)} ${figure(c.oldValue)} → ${figure(c.newValue)}`);
    return cells.length ? `Sửa số liệu: ${cells.join('; ')}` : 'Sửa số liệu';
  }
  if (s.action === 'accept') return s.chosenValue !== null ? `Chấp nhận, lấy số ${formatNumber(s.chosenValue)}` : 'Chấp nhận';
  return 'Giải trình';
}

/** "Nguyễn Văn An, 05/07/2021 14:30". */
export const settlementWho = (s: FindingSettlement): string => `${s.by}, ${formatDateTime(s.at)}`;
