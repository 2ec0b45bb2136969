import { fold } from '../../../shared/text/fold';
import { cellAt, ownText, textAt, type SheetGrid } from './grid';

/**
 * The column headings above the indicator table, over one or two rows ("Kết quả" over
 * "Lũy kế" | "Trong quý"), and what each column holds. Headings vary by district: "Thực hiện
 * trong kỳ", "Kết quả trong kỳ", "Thực hiện quý", "Quý II"; "Lũy kế từ đầu năm", "Cộng dồn",
 * "Lũy kế 6 tháng"; and a "Lũy kế đến hết quý trước" column that is not a figure of this report.
 */

export type ColumnRole = 'stt' | 'code' | 'label' | 'unit' | 'period' | 'ytd' | 'prior' | 'note' | 'other';

export interface HeaderInfo {
  /** First heading row, null when none was recognised. */
  headerRow: number | null;
  rows: number[];
  /** Folded heading text of each column (both heading rows joined). */
  texts: Map<number, string>;
  roles: Map<number, ColumnRole>;
}

const HEADER_WORDS = [
  'stt', 'tt', 'so tt', 'noi dung', 'chi tieu', 'noi dung chi tieu', 'ten chi tieu', 'ma so', 'ma chi tieu', 'ma', 'dvt', 'don vi tinh',
  'don vi', 'thuc hien', 'ket qua', 'luy ke', 'cong don', 'ghi chu', 'so lieu', 'trong ky', 'trong quy',
];

function headerWordScore(folded: string): number {
  if (!folded) return 0;
  return HEADER_WORDS.some((w) => folded === w || folded.startsWith(`${w} `)) ? 1 : 0;
}

/** Looks up to 12 rows above the first indicator row for the row with the most heading words. */
export function findHeader(grid: SheetGrid, firstRow: number): HeaderInfo {
  let best = 0;
  let headerRow: number | null = null;
  for (let r = Math.max(1, firstRow - 12); r < firstRow; r++) {
    const row = grid.rows.get(r);
    if (!row) continue;
    let score = 0;
    for (const c of row.keys()) score += headerWordScore(fold(ownText(grid, r, c)));
    if (score >= 2 && score >= best) {
      best = score;
      headerRow = r;
    }
  }
  const rows = headerRow === null ? [] : [headerRow, ...continuationRows(grid, headerRow, firstRow)];
  const texts = new Map<number, string>();
  for (let c = 1; c <= grid.maxCol; c++) {
    const parts = rows.map((r) => fold(textAt(grid, r, c))).filter((t) => t !== '');
    const joined = [...new Set(parts)].join(' ');
    if (joined) texts.set(c, joined);
  }
  const roles = new Map<number, ColumnRole>();
  for (const [c, t] of texts) roles.set(c, roleOf(t));
  return { headerRow, rows, texts, roles };
}

/** A second heading row: two or more short headings, not an area heading spread across the table. */
function continuationRows(grid: SheetGrid, headerRow: number, firstRow: number): number[] {
  const out: number[] = [];
  for (let r = headerRow + 1; r < firstRow && r <= headerRow + 2; r++) {
    const row = grid.rows.get(r);
    if (!row) break;
    const own = [...row.values()].filter((c) => !c.mergeMaster && c.value.t !== 'none');
    const texts = own.filter((c) => c.value.t === 's');
    if (texts.length < 2 || own.some((c) => c.mergeCols >= 3)) break;
    // A row of column numbers (1, 2, 3 …) ends the heading.
    if (own.every((c) => c.value.t === 'n' || /^\(?\d+\)?$/.test(ownText(grid, r, c.col).trim()))) break;
    out.push(r);
  }
  return out;
}

const PRIOR = /\b(quy truoc|ky truoc|het quy|den het|cung ky|nam truoc|ky bao cao truoc)\b/;
const YTD = /\b(luy ke|cong don|tu dau nam|luy tich)\b/;
const PERIOD = /\b(thuc hien|ket qua|trong ky|trong quy|quy (i|ii|iii|iv|1|2|3|4)|ky bao cao|so lieu|so luong|6 thang|ca nam|trong nam|phat sinh)\b/;

export function roleOf(folded: string): ColumnRole {
  if (/^(stt|tt|so tt|so thu tu)$/.test(folded)) return 'stt';
  if (/^(ma|ma so|ma chi tieu|ma ct)\b/.test(folded)) return 'code';
  if (/\b(ghi chu|ke hoach|chi tieu giao|ty le|so sanh)\b/.test(folded) || folded.includes('%')) return 'note';
  if (/^(dvt|don vi tinh|don vi|dv tinh|dv)$/.test(folded) || /\b(dvt|don vi tinh)\b/.test(folded)) return 'unit';
  if (PRIOR.test(folded)) return 'prior';
  if (YTD.test(folded)) return 'ytd';
  if (PERIOD.test(folded)) return 'period';
  if (/\b(noi dung|chi tieu|ten chi tieu)\b/.test(folded)) return 'label';
  return 'other';
}

/** Columns of a role, left to right. */
export function columnsWith(header: HeaderInfo, role: ColumnRole): number[] {
  return [...header.roles.entries()].filter(([, r]) => r === role).map(([c]) => c).sort((a, b) => a - b);
}

/** True for cells whose value could be a figure: numbers, dashes, number-like text, formulas. */
export function looksNumeric(grid: SheetGrid, row: number, col: number): boolean {
  const cell = cellAt(grid, row, col);
  if (!cell || cell.mergeMaster) return false;
  if (cell.value.t === 'n' || cell.formula !== null) return true;
  if (cell.value.t !== 's') return false;
  return /^\s*(-|–|—|[-+]?\d[\d., ]*(\s*\p{L}+.*)?)\s*$/u.test(cell.value.v);
}
