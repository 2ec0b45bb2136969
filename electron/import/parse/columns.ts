import type { ImportFinding } from '../../../shared/domain/report';
import { periodName } from '../../../shared/domain/periods';
import { addressOf, columnLetter, type SheetGrid } from './grid';
import { columnsWith, looksNumeric, type HeaderInfo } from './header';
import { compareColumns, type Comparison } from './column-data';
import type { TableRow } from './table';

/**
 * Which column holds the period figures and which the year-to-date. The headings decide when they
 * can; when they cannot (both "Số liệu", both unlabelled, two "Trong kỳ"), the figures decide,
 * since the year-to-date is never below the period. Either way, an assignment the headings did not
 * settle always comes with a finding: a swapped pair gives wrong figures on every row.
 *
 * Two steps, because the rows are found with the figure columns as a set (an area heading spreads
 * over them) while the order of an undecided pair needs the rows' figures.
 */

/** Why the headings did not settle the pair. */
type Undecided = 'generic' | 'same_period' | 'same_ytd' | 'unlabelled';

export type ColumnPlan =
  | { by: 'heading'; periodCol: number | null; ytdCol: number | null; guessed: 'period' | 'ytd' | null; ignored: number[] }
  | { by: 'data'; left: number; right: number; why: Undecided };

export interface Columns {
  unitCol: number | null;
  periodCol: number | null;
  ytdCol: number | null;
}

export interface Context {
  grid: SheetGrid;
  header: HeaderInfo;
  labelCol: number;
  taken: Set<number>;
  firstRow: number;
  lastRow: number;
}

export function planColumns(ctx: Context): ColumnPlan {
  const { header, taken } = ctx;
  const free = (cols: number[]) => cols.filter((c) => !taken.has(c));
  const periods = free(columnsWith(header, 'period'));
  const ytds = free(columnsWith(header, 'ytd'));
  if (periods.length > 0 && ytds.length > 0) {
    return { by: 'heading', periodCol: periods[0] ?? null, ytdCol: ytds[0] ?? null, guessed: null, ignored: [...periods.slice(1), ...ytds.slice(1)] };
  }
  const loose = looseColumns(ctx);
  const same = periods.length > 0 ? periods : ytds;
  if (same.length >= 2) return { by: 'data', left: same[0] ?? 0, right: same[1] ?? 0, why: periods.length > 0 ? 'same_period' : 'same_ytd' };
  const strong = same[0];
  if (strong !== undefined) {
    // One column named, the other by elimination: the nearest column that holds figures.
    const other = [...loose].sort((a, b) => Math.abs(a - strong) - Math.abs(b - strong) || b - a)[0] ?? null;
    const guessed = other !== null && header.roles.get(other) !== 'figure';
    const strongIsPeriod = periods.length > 0;
    return {
      by: 'heading',
      periodCol: strongIsPeriod ? strong : other,
      ytdCol: strongIsPeriod ? other : strong,
      guessed: guessed ? (strongIsPeriod ? 'ytd' : 'period') : null,
      ignored: [],
    };
  }
  const [left, right] = loose;
  if (left !== undefined && right !== undefined) {
    const labelled = header.roles.get(left) === 'figure' || header.roles.get(right) === 'figure';
    return { by: 'data', left, right, why: labelled ? 'generic' : 'unlabelled' };
  }
  return { by: 'heading', periodCol: left ?? null, ytdCol: null, guessed: left !== undefined ? 'period' : null, ignored: [] };
}

/** Columns that may hold figures but whose heading names neither: generic headings, or none and numbers below. */
function looseColumns({ grid, header, labelCol, taken, firstRow, lastRow }: Context): number[] {
  const out: number[] = [];
  for (let c = 1; c <= grid.maxCol; c++) {
    if (taken.has(c)) continue;
    const role = header.roles.get(c);
    if (role === 'figure') {
      out.push(c);
      continue;
    }
    if (c <= labelCol || (role !== undefined && role !== 'other')) continue;
    let n = 0;
    for (let r = firstRow; r <= lastRow; r++) if (looksNumeric(grid, r, c)) n++;
    if (n >= 3) out.push(c);
  }
  return out;
}

export const planColumnSet = (plan: ColumnPlan): number[] =>
  (plan.by === 'data' ? [plan.left, plan.right] : [plan.periodCol, plan.ytdCol]).filter((c): c is number => c !== null);

/** The final assignment, with the findings that say how sure it is. */
export function settleColumns(plan: ColumnPlan, ctx: Context, rows: TableRow[], periodCode: string | null, findings: ImportFinding[]): { periodCol: number | null; ytdCol: number | null } {
  const { grid, header } = ctx;
  const sheet = grid.name;
  const letter = (c: number) => columnLetter(c);
  const headingCell = (c: number) => header.cells.get(c)?.address ?? addressOf(header.headerRow ?? ctx.firstRow, c);
  const named = (c: number) => {
    const text = header.cells.get(c)?.text;
    return text ? `cột ${letter(c)} ("${text}")` : `cột ${letter(c)} (không có tiêu đề)`;
  };
  for (const [c, role] of header.roles) {
    if (role !== 'foreign' || ctx.taken.has(c) || !holdsFigures(ctx, c)) continue;
    const what = periodCode ? `của ${periodName(periodCode)}` : 'của kỳ báo cáo này';
    findings.push({ code: 'column_other_period', severity: 'warning', sheet, cell: headingCell(c), message: `${capital(named(c))} không phải số liệu ${what}: không lấy số liệu cột này, hãy kiểm tra lại.` });
  }

  if (plan.by === 'data') return fromData(plan, rows, ctx, { sheet, letter, headingCell, named }, findings);

  const { periodCol, ytdCol } = plan;
  const where = header.headerRow !== null ? `dòng tiêu đề ${header.headerRow}` : 'phía trên bảng';
  for (const c of plan.ignored) {
    const kept = header.roles.get(c) === 'period' ? periodCol : ytdCol;
    if (kept === null) continue;
    findings.push({ code: 'column_ignored', severity: 'warning', sheet, cell: headingCell(c), message: `${capital(named(c))} cùng loại với ${named(kept)}: chỉ lấy số liệu cột ${letter(kept)}, hãy kiểm tra lại.` });
  }
  if (periodCol === null) {
    findings.push({ code: 'period_column_missing', severity: 'error', sheet, cell: null, message: `Không tìm thấy cột "Thực hiện trong kỳ" (${where}): các số liệu trong kỳ để trống.` });
  } else if (plan.guessed === 'period') {
    findings.push({ code: 'period_column_guessed', severity: 'warning', sheet, cell: headingCell(periodCol), message: `Không nhận ra tiêu đề cột "Thực hiện trong kỳ" (${where}); đã coi cột ${letter(periodCol)} là số liệu trong kỳ, hãy kiểm tra lại.` });
  }
  if (ytdCol === null) {
    findings.push({ code: 'ytd_column_missing', severity: 'warning', sheet, cell: null, message: `Không tìm thấy cột "Lũy kế từ đầu năm" (${where}): các số lũy kế để trống.` });
  } else if (plan.guessed === 'ytd') {
    findings.push({ code: 'ytd_column_guessed', severity: 'warning', sheet, cell: headingCell(ytdCol), message: `Không nhận ra tiêu đề cột "Lũy kế từ đầu năm" (${where}); đã coi cột ${letter(ytdCol)} là số lũy kế, hãy kiểm tra lại.` });
  }
  if (periodCol !== null && ytdCol !== null) {
    const cmp = compareColumns(grid, rows, periodCol, ytdCol);
    // Year-to-date below the period on most rows: the headings (or the columns) are swapped.
    if (cmp.leftBigger >= 2 && cmp.leftBigger * 2 > cmp.compared) {
      findings.push({
        code: 'columns_contradicted',
        severity: 'error',
        sheet,
        cell: headingCell(ytdCol),
        message: `Theo tiêu đề, ${named(periodCol)} là thực hiện trong kỳ và ${named(ytdCol)} là lũy kế, nhưng ở ${cmp.leftBigger}/${cmp.compared} dòng số lũy kế nhỏ hơn số trong kỳ: có thể hai cột bị đổi chỗ hoặc ghi nhầm tiêu đề. Số liệu vẫn lấy theo tiêu đề, hãy kiểm tra lại.`,
      });
    }
  }
  return { periodCol, ytdCol };
}

interface Naming {
  sheet: string;
  letter: (c: number) => string;
  headingCell: (c: number) => string;
  named: (c: number) => string;
}

const WHY: Record<Undecided, string> = {
  generic: 'tiêu đề không nói cột nào là trong kỳ, cột nào là lũy kế',
  same_period: 'cả hai tiêu đề đều là số liệu trong kỳ',
  same_ytd: 'cả hai tiêu đề đều là số lũy kế',
  unlabelled: 'không có tiêu đề',
};

function fromData(plan: Extract<ColumnPlan, { by: 'data' }>, rows: TableRow[], ctx: Context, n: Naming, findings: ImportFinding[]) {
  const { left, right } = plan;
  const cmp: Comparison = compareColumns(ctx.grid, rows, left, right);
  const intro = `Không nhận ra tiêu đề ${n.named(left)} và ${n.named(right)} (${WHY[plan.why]})`;
  const assigned = (p: number, y: number) => `đã lấy cột ${n.letter(p)} là thực hiện trong kỳ, cột ${n.letter(y)} là lũy kế`;
  if ((cmp.leftBigger > 0) !== (cmp.rightBigger > 0)) {
    const [p, y] = cmp.leftBigger > 0 ? [right, left] : [left, right];
    const bigger = Math.max(cmp.leftBigger, cmp.rightBigger);
    findings.push({
      code: 'columns_from_data',
      severity: 'warning',
      sheet: n.sheet,
      cell: n.headingCell(y),
      message: `${intro}; theo số liệu, cột ${n.letter(y)} là lũy kế vì không dòng nào có số ở cột ${n.letter(y)} nhỏ hơn cột ${n.letter(p)} (${bigger} dòng lớn hơn): ${assigned(p, y)}, hãy kiểm tra lại.`,
    });
    return { periodCol: p, ytdCol: y };
  }
  if (cmp.leftBigger === 0) {
    // All equal (as in a Q1 report) or nothing to compare: the form's usual order, said aloud.
    const why = cmp.compared === 0 ? 'không dòng nào có số ở cả hai cột' : `số liệu hai cột bằng nhau ở cả ${cmp.compared} dòng`;
    findings.push({ code: 'columns_uncertain', severity: 'warning', sheet: n.sheet, cell: n.headingCell(left), message: `${intro}; ${why} nên số liệu cũng không phân biệt được: ${assigned(left, right)} theo thứ tự thường gặp, hãy kiểm tra lại.` });
    return { periodCol: left, ytdCol: right };
  }
  const [p, y] = cmp.leftBigger > cmp.rightBigger ? [right, left] : [left, right];
  findings.push({
    code: 'columns_uncertain',
    severity: 'error',
    sheet: n.sheet,
    cell: n.headingCell(left),
    message: `${intro}; số liệu cũng không phân biệt được: ${cmp.leftBigger} dòng có số ở cột ${n.letter(left)} lớn hơn, ${cmp.rightBigger} dòng có số ở cột ${n.letter(right)} lớn hơn. Tạm ${assigned(p, y)} theo số đông các dòng; hãy sửa tiêu đề hai cột cho rõ rồi nhập lại.`,
  });
  return { periodCol: p, ytdCol: y };
}

/** An empty column headed with another period costs nothing: no need to say it is not read. */
function holdsFigures({ grid, firstRow, lastRow }: Context, col: number): boolean {
  for (let r = firstRow; r <= lastRow; r++) if (looksNumeric(grid, r, col)) return true;
  return false;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
