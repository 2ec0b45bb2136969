import { formatNumberVi } from '../../../shared/text/numbers';

/**
 * A walk over the records of a BIFF8 Workbook stream before SheetJS parses it, to refuse what
 * would exhaust the worker or be read wrongly: a password (FILEPASS), a file older than Excel 97
 * (its text would be read in a guessed code page), declared sizes beyond what Excel 97–2003 can
 * hold, too many cells or merged cells. Records are walked strictly forward by their own lengths,
 * so the walk ends within the stream whatever the file says. Never throws.
 */

export interface BiffLimits {
  maxCells: number;
  maxMergedCells: number;
}

export type BiffScan =
  | { ok: true; cells: number; mergedCells: number; sheets: number }
  | { ok: false; problem: 'not_biff8' | 'encrypted' | 'truncated' | 'bad_record' | 'declared_too_large' | 'too_many_cells' | 'huge_merge'; detail: string };

const BOF = 0x0809;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const DIMENSIONS = 0x0200;
const MERGEDCELLS = 0x00e5;
const MULRK = 0x00bd;
const MULBLANK = 0x00be;
/** NUMBER, RK, LABELSST, LABEL, FORMULA, BOOLERR, BLANK, RSTRING: one cell each. */
const SINGLE_CELL = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x0006, 0x0205, 0x0201, 0x00d6]);
/** Excel 97–2003's own sheet size. */
const BIFF8_ROWS = 65_536;
const BIFF8_COLS = 256;
/** The largest record BIFF8 allows (8224 bytes of data). */
const MAX_RECORD = 8224;

export function scanBiff(stream: Uint8Array, limits: BiffLimits): BiffScan {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let p = 0;
  let cells = 0;
  let mergedCells = 0;
  let sheets = 0;
  let first = true;
  while (p + 4 <= stream.length) {
    const type = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    const body = p + 4;
    if (len > MAX_RECORD) return { ok: false, problem: 'bad_record', detail: `bản ghi 0x${type.toString(16)} dài ${len} byte ở vị trí ${p}` };
    if (body + len > stream.length) return { ok: false, problem: 'truncated', detail: `bản ghi 0x${type.toString(16)} ở vị trí ${p} vượt quá cuối dữ liệu` };
    if (first) {
      // BIFF8 starts with a BOF whose version is 0x0600; Excel 5/95 writes 0x0500.
      if (type !== BOF || len < 4) return { ok: false, problem: 'not_biff8', detail: `bản ghi đầu 0x${type.toString(16)}` };
      const version = view.getUint16(body, true);
      if (version !== 0x0600) return { ok: false, problem: 'not_biff8', detail: `BIFF phiên bản 0x${version.toString(16).padStart(4, '0')}` };
      first = false;
    }
    if (type === FILEPASS) return { ok: false, problem: 'encrypted', detail: 'FILEPASS' };
    if (type === BOUNDSHEET) sheets++;
    if (SINGLE_CELL.has(type)) cells++;
    else if (type === MULRK && len >= 6) cells += Math.floor((len - 6) / 6);
    else if (type === MULBLANK && len >= 6) cells += Math.floor((len - 6) / 2);
    else if (type === DIMENSIONS && len >= 12) {
      const rows = view.getUint32(body + 4, true);
      const cols = view.getUint16(body + 10, true);
      if (rows > BIFF8_ROWS || cols > BIFF8_COLS) return { ok: false, problem: 'declared_too_large', detail: `${formatNumberVi(rows)} dòng × ${formatNumberVi(cols)} cột` };
    } else if (type === MERGEDCELLS && len >= 2) {
      const count = Math.min(view.getUint16(body, true), Math.floor((len - 2) / 8));
      for (let i = 0; i < count; i++) {
        const at = body + 2 + i * 8;
        const rows = Math.abs(view.getUint16(at + 2, true) - view.getUint16(at, true)) + 1;
        const cols = Math.abs(view.getUint16(at + 6, true) - view.getUint16(at + 4, true)) + 1;
        mergedCells += rows * cols;
      }
      if (mergedCells > limits.maxMergedCells) return { ok: false, problem: 'huge_merge', detail: `${formatNumberVi(mergedCells)} ô gộp` };
    }
    if (cells > limits.maxCells) return { ok: false, problem: 'too_many_cells', detail: `${formatNumberVi(cells)} ô` };
    p = body + len;
  }
  if (first) return { ok: false, problem: 'not_biff8', detail: 'dữ liệu rỗng' };
  return { ok: true, cells, mergedCells, sheets };
}
