import { readFigure } from './figures';
import type { SheetGrid } from './grid';
import { scaleOf } from './money';
import type { TableRow } from './table';

/** How two figure columns compare over the indicator rows where both hold a number. */
export interface Comparison {
  compared: number;
  leftBigger: number;
  rightBigger: number;
}

export function compareColumns(grid: SheetGrid, rows: TableRow[], left: number, right: number): Comparison {
  const out: Comparison = { compared: 0, leftBigger: 0, rightBigger: 0 };
  for (const row of rows) {
    const a = readFigure(grid, row.row, left, row.indicator, '');
    const b = readFigure(grid, row.row, right, row.indicator, '');
    if (a.value === null || b.value === null) continue;
    // "350 triệu" beside a bare 350000000: the bare one's unit is the row's, unknown here.
    if ((a.textUnit === null) !== (b.textUnit === null)) continue;
    const x = a.value * scaleOf(a.textUnit);
    const y = b.value * scaleOf(b.textUnit);
    out.compared++;
    if (x > y) out.leftBigger++;
    else if (x < y) out.rightBigger++;
  }
  return out;
}
