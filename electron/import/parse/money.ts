import { fold } from '../../../shared/text/fold';
import { MONEY_SCALE, parseMoneyUnit, type MoneyUnit } from '../../../shared/text/numbers';
import { ownText, type SheetGrid } from './grid';

/**
 * Money figures are stored in triệu đồng. Districts write đồng, nghìn đồng or "1.000đ" and say
 * so in the unit column, in the figure itself ("45.500.000 đ") or in a note above the table
 * ("Đơn vị tính giá trị: đồng"); the most specific statement wins.
 */

export interface MoneyNote {
  unit: MoneyUnit;
  address: string;
  text: string;
}

/** A line above the table that states the money unit for the whole table. */
export function findMoneyNote(grid: SheetGrid, uptoRow: number): MoneyNote | null {
  for (let r = 1; r < uptoRow; r++) {
    const row = grid.rows.get(r);
    if (!row) continue;
    for (const cell of row.values()) {
      if (cell.mergeMaster || cell.value.t !== 's') continue;
      const f = fold(cell.value.v);
      if (!/\b(don vi|tinh bang|so tien|gia tri)\b/.test(f) || f.split(' ').length > 30) continue;
      const unit = parseMoneyUnit(cell.value.v.replace(/^[^:]*\b(?:đơn vị|Đơn vị|ĐƠN VỊ)[^:]*:/, ''));
      if (unit) return { unit, address: cell.address, text: cell.value.v.trim() };
    }
  }
  return null;
}

export interface RowUnit {
  text: string;
  unit: MoneyUnit | null;
}

export function rowUnit(grid: SheetGrid, row: number, unitCol: number | null): RowUnit {
  const text = unitCol === null ? '' : ownText(grid, row, unitCol).trim();
  return { text, unit: text ? parseMoneyUnit(text) : null };
}

export const scaleOf = (unit: MoneyUnit | null): number => (unit ? MONEY_SCALE[unit] : 1);
