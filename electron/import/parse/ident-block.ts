import { fold } from '../../../shared/text/fold';
import { addressOf, ownText, type GridCell, type Scalar, type SheetGrid } from './grid';

/**
 * The identification block above the table: "Đơn vị báo cáo:", "Kỳ báo cáo:", "Ngày báo cáo:",
 * "Người lập:", "Điện thoại:". The value sits after the colon in the same cell, or in the next
 * filled cell to the right (our own form: label in A:B, value in C).
 */

export type IdentField = 'unit' | 'unitType' | 'period' | 'reportDate' | 'preparedBy' | 'phone' | 'window' | 'due';

const LABELS: [IdentField, RegExp][] = [
  ['unit', /^(don vi bao cao|ten don vi|co quan bao cao|don vi(?! tinh))\b/],
  ['unitType', /^loai don vi\b/],
  ['period', /^ky bao cao\b/],
  ['reportDate', /^(ngay bao cao|ngay lap)\b/],
  ['preparedBy', /^(nguoi lap(?! bieu)|nguoi bao cao|can bo tong hop)\b/],
  ['phone', /^(dien thoai|so dien thoai|dt|sdt)\b/],
  ['window', /^so lieu (tu ngay|tinh tu)\b/],
  ['due', /^han (gui|nop)\b/],
];

export interface IdentValue {
  text: string;
  value: Scalar;
  address: string;
}

export interface IdentBlock {
  fields: Partial<Record<IdentField, IdentValue>>;
  /** Addresses of the label and value cells, so that title scanning skips them. */
  used: Set<string>;
}

export function readIdentBlock(grid: SheetGrid, uptoRow: number): IdentBlock {
  const block: IdentBlock = { fields: {}, used: new Set() };
  for (let r = 1; r < uptoRow; r++) {
    const row = grid.rows.get(r);
    if (!row) continue;
    const own = [...row.values()].filter((c) => !c.mergeMaster && c.value.t !== 'none');
    own.forEach((cell, i) => {
      if (cell.value.t !== 's') return;
      for (const segment of splitInline(cell.value.v)) {
        const colon = segment.indexOf(':');
        const label = colon >= 0 ? segment.slice(0, colon) : segment;
        const field = LABELS.find(([, re]) => re.test(fold(label)))?.[0];
        if (!field || block.fields[field] || fold(label).split(' ').length > 5) continue;
        const inline = colon >= 0 ? segment.slice(colon + 1).trim() : '';
        if (inline) {
          block.fields[field] = { text: inline, value: { t: 's', v: inline }, address: cell.address };
          block.used.add(cell.address);
          continue;
        }
        const next = nextValueCell(own, i);
        if (next) {
          block.fields[field] = { text: next.value.t === 's' ? next.value.v.trim() : ownText(grid, r, next.col), value: next.value, address: addressOf(r, next.col) };
          block.used.add(next.address);
        }
        block.used.add(cell.address);
      }
    });
  }
  return block;
}

function nextValueCell(own: GridCell[], i: number): GridCell | undefined {
  return own.slice(i + 1).find((c) => c.value.t !== 'none');
}

/** "Người lập: Võ Thanh Hương - Điện thoại: 0884 535 736" holds two fields. */
function splitInline(text: string): string[] {
  return text.split(/\s+[-–]\s+(?=[^:]{2,30}:)/);
}
