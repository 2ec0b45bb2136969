import { fold } from '../../../shared/text/fold';
import { cellAt, ownText, resolved, scalarText, type SheetGrid } from './grid';
import { isFigureRole, roleOf, type ColumnRole, type ReportPeriod } from './heading-role';

/**
 * The column headings above the indicator table, over one or two rows ("Kết quả" over
 * "Lũy kế" | "Trong quý"), and what each column holds. Headings vary by district: "Thực hiện
 * trong kỳ", "Kết quả trong kỳ", "Thực hiện quý", "Quý II"; "Lũy kế từ đầu năm", "Cộng dồn",
 * "Lũy kế 6 tháng"; and a "Lũy kế đến hết quý trước" column that is not a figure of this report.
 */

export type { ColumnRole, ReportPeriod } from './heading-role';

/** The heading cell a column's role was read from, for findings that name it. */
export interface HeadingCell {
  address: string;
  text: string;
}

export interface HeaderInfo {
  /** First heading row, null when none was recognised. */
  headerRow: number | null;
  rows: number[];
  /** Folded heading text of each column (both heading rows joined). */
  texts: Map<number, string>;
  roles: Map<number, ColumnRole>;
  /** Where each column's role was read (the lowest heading cell that says something). */
  cells: Map<number, HeadingCell>;
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
export function findHeader(grid: SheetGrid, firstRow: number, period: ReportPeriod | null = null): HeaderInfo {
  return headerRoles(scanHeader(grid, firstRow), period);
}

/**
 * Where the headings are and what each column's cells say: all that does not depend on the
 * report's period, so that the table read again once the period is known does not read them again.
 */
export interface HeaderScan {
  headerRow: number | null;
  rows: number[];
  /** Per column with a heading: its heading cells (lowest first) and their folded texts joined. */
  columns: { col: number; levels: HeadingLevel[]; joined: string }[];
}

export function scanHeader(grid: SheetGrid, firstRow: number): HeaderScan {
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
  const columns: HeaderScan['columns'] = [];
  for (let c = 1; c <= grid.maxCol; c++) {
    const levels = headingLevels(grid, rows, c);
    const joined = [...new Set(levels.map((l) => l.folded))].reverse().join(' ');
    if (joined) columns.push({ col: c, levels, joined });
  }
  return { headerRow, rows, columns };
}

/** What each column holds in a report of that period (null while it is not known). */
export function headerRoles(scan: HeaderScan, period: ReportPeriod | null): HeaderInfo {
  const texts = new Map<number, string>();
  const roles = new Map<number, ColumnRole>();
  const cells = new Map<number, HeadingCell>();
  for (const { col: c, levels, joined } of scan.columns) {
    texts.set(c, joined);
    const chosen = chooseLevel(levels, period);
    roles.set(c, chosen?.role ?? 'other');
    if (chosen) cells.set(c, { address: chosen.level.address, text: chosen.level.text });
  }
  return { headerRow: scan.headerRow, rows: [...scan.rows], texts, roles, cells };
}

export interface HeadingLevel {
  address: string;
  text: string;
  folded: string;
  /** The cell spans several columns ("Kết quả" over "Cả năm" | "Quý IV"). */
  spans: boolean;
}

/** The heading cells of a column, lowest first. */
function headingLevels(grid: SheetGrid, rows: number[], col: number): HeadingLevel[] {
  const out: HeadingLevel[] = [];
  for (const r of [...rows].reverse()) {
    const cell = resolved(grid, r, col);
    const text = cell ? scalarText(cell.value).trim() : '';
    if (!cell || !text) continue;
    out.push({ address: cell.address, text: text.normalize('NFC'), folded: fold(text), spans: cell.mergeCols > 1 });
  }
  return out;
}

/**
 * The most specific heading decides: the lowest cell that names a role, so "Thực hiện" over
 * "Cả năm" | "Quý IV" gives year-to-date and period, never the upper word's. A cell spread over
 * several columns cannot tell them apart, so it only says they hold figures.
 */
function chooseLevel(levels: HeadingLevel[], period: ReportPeriod | null): { role: ColumnRole; level: HeadingLevel } | null {
  let fallback: { role: ColumnRole; level: HeadingLevel } | null = null;
  for (const level of levels) {
    let role = roleOf(level.folded, period);
    if (level.spans && (isFigureRole(role) || role === 'prior' || role === 'foreign')) role = 'figure';
    if (role === 'other') continue;
    if (role !== 'figure') return { role, level };
    fallback ??= { role, level };
  }
  return fallback;
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
