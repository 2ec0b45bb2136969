import type { CellObject, WorkBook } from '@e965/xlsx';
import type { Rejection } from '../../../shared/domain/report';
import { formatNumberVi } from '../../../shared/text/numbers';
import type { PrecheckLimits } from '../precheck';
import { rejection } from '../rejections';

/**
 * The .xls/.ods counterpart of the .xlsx text budgets (precheck.ts): one cell's text and one
 * formula within Excel's own limits, counted on what SheetJS read, before it is copied and read.
 * The same over-long cell is refused with the same reason whatever format it came in. (Cells,
 * rows and merges are counted before SheetJS runs: biff-scan.ts, ods-scan.ts.)
 */
export function legacyBudget(book: WorkBook, limits: PrecheckLimits): Rejection | null {
  // Each merged range is checked against the ones before it when the sheet is copied (to-exceljs.ts).
  const merges = book.SheetNames.reduce((sum, name) => sum + (book.Sheets[name]?.['!merges']?.length ?? 0), 0);
  if (merges > limits.maxMerges) return rejection('too_many_merges', { detail: `${formatNumberVi(merges)} vùng gộp ô, giới hạn ${formatNumberVi(limits.maxMerges)}` });
  for (const name of book.SheetNames) {
    const data = (book.Sheets[name] as { '!data'?: (CellObject | undefined)[][] } | undefined)?.['!data'] ?? [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const where = `${name}!${address(r, c)}`;
        if (typeof cell.v === 'string' && cell.v.length > limits.maxStringChars) {
          return rejection('string_too_long', { detail: `${where}: ${formatNumberVi(cell.v.length)} ký tự`, limit: formatNumberVi(limits.maxStringChars) });
        }
        if (typeof cell.f === 'string' && cell.f.length > limits.maxFormulaChars) {
          return rejection('formula_too_long', { detail: `${where}: ${formatNumberVi(cell.f.length)} ký tự`, limit: formatNumberVi(limits.maxFormulaChars) });
        }
      }
    }
  }
  return null;
}

function address(r: number, c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
}
