import { NARRATIVE_KEYS, type NarrativeKey } from '../../shared/domain/form';
import type { ContentArea, Indicator } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';

/**
 * Where everything sits on the "Báo cáo" sheet. Planned before any cell is written so that the
 * writer, the print setup (repeated header row, print area) and the tests agree on one set of row
 * numbers. The column order follows the samples' clean product form (S1): STT, code, label, unit,
 * period figure, year-to-date figure, note.
 */
export const REPORT_SHEET = 'Báo cáo';

export const COLUMNS = [
  { key: 'stt', letter: 'A', header: 'STT', width: 5 },
  { key: 'code', letter: 'B', header: 'Mã chỉ tiêu', width: 9 },
  { key: 'label', letter: 'C', header: 'Nội dung', width: 45 },
  { key: 'unit', letter: 'D', header: 'Đơn vị tính', width: 10 },
  { key: 'period', letter: 'E', header: 'Thực hiện trong kỳ', width: 12 },
  { key: 'ytd', letter: 'F', header: 'Lũy kế từ đầu năm', width: 12 },
  { key: 'note', letter: 'G', header: 'Ghi chú', width: 14 },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
const column = (key: ColumnKey) => COLUMNS.find((c) => c.key === key) ?? COLUMNS[0];
export const col = (key: ColumnKey): string => column(key).letter;
export const colWidth = (key: ColumnKey): number => column(key).width;
/** Total width of columns `from`..`to` (letters), for estimating how text wraps in a merged cell. */
export function widthOf(from: string, to: string): number {
  const i = COLUMNS.findIndex((c) => c.letter === from);
  const j = COLUMNS.findIndex((c) => c.letter === to);
  return COLUMNS.slice(i, j + 1).reduce((sum, c) => sum + c.width, 0);
}
export const FIRST_COL = COLUMNS[0].letter;
export const LAST_COL = COLUMNS[6].letter;
/** Label cells of the identification block span A:B, their values sit in C (spanning C:G). */
export const IDENT_VALUE_COL = 'C';

export const IDENT_FIELDS = ['unit', 'unitType', 'period', 'window', 'due', 'reportDate', 'preparedBy', 'phone'] as const;
export type IdentField = (typeof IDENT_FIELDS)[number];
/** Fields the clerk fills in; the others are written by the product and must agree with the identity sheet. */
export const CLERK_IDENT_FIELDS: readonly IdentField[] = ['reportDate', 'preparedBy', 'phone'];

export interface AreaBlock {
  area: ContentArea;
  numeral: string;
  row: number;
}

export interface IndicatorRow {
  indicator: Indicator;
  /** Number within its area, restarting at 1 as on the paper forms. */
  stt: number;
  row: number;
}

export interface NarrativeBlock {
  key: NarrativeKey;
  headingRow: number;
  inputRow: number;
}

export interface FormLayout {
  unitTitleRow: number;
  reportTitleRow: number;
  periodTitleRow: number;
  identRows: Record<IdentField, number>;
  instructionRow: number;
  headerRow: number;
  areas: AreaBlock[];
  indicators: IndicatorRow[];
  /** Last row of the indicator table (the table's bottom border). */
  tableEndRow: number;
  narrative: NarrativeBlock[];
  placeDateRow: number;
  signatureRow: number;
  /** Where the signers' names go, below room for the signatures themselves. */
  signatureNameRow: number;
  lastRow: number;
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * Plans the rows for the indicators one unit type reports (already filtered). Areas with no such
 * indicator are left out; the heading keeps the area's own number from the plan (seed section II),
 * because the Word documents and the clerks refer to the areas by that number.
 */
export function planLayout(areas: readonly ContentArea[], indicators: readonly Indicator[]): FormLayout {
  if (indicators.length === 0) {
    throw new AppError('invalid_input', 'Danh mục chỉ tiêu không có chỉ tiêu nào cho loại đơn vị này, không lập được biểu mẫu.');
  }
  const known = new Set(areas.map((a) => a.no));
  const orphan = indicators.find((i) => !known.has(i.area));
  if (orphan) {
    throw new AppError('invalid_input', `Chỉ tiêu ${orphan.code} thuộc nội dung số ${orphan.area}, nhưng kế hoạch không có nội dung này.`);
  }

  let row = 1;
  const next = () => row++;
  const unitTitleRow = next();
  const reportTitleRow = next();
  const periodTitleRow = next();
  next(); // breathing space before the identification block
  const identRows = Object.fromEntries(IDENT_FIELDS.map((f) => [f, next()])) as Record<IdentField, number>;
  next();
  const instructionRow = next();
  const headerRow = next();

  const blocks: AreaBlock[] = [];
  const rows: IndicatorRow[] = [];
  for (const area of [...areas].sort((a, b) => a.no - b.no)) {
    const own = indicators.filter((i) => i.area === area.no).sort((a, b) => a.sortOrder - b.sortOrder);
    if (own.length === 0) continue;
    blocks.push({ area, numeral: roman(area.no), row: next() });
    own.forEach((indicator, i) => rows.push({ indicator, stt: i + 1, row: next() }));
  }
  const tableEndRow = row - 1;

  next();
  const narrative = NARRATIVE_KEYS.map((key) => ({ key, headingRow: next(), inputRow: next() }));
  next();
  const placeDateRow = next();
  const signatureRow = next();
  // Below the signers' titles: the "(Ký, ghi rõ họ tên)" line, then two empty rows to sign in.
  const signatureNameRow = signatureRow + 4;
  return {
    unitTitleRow,
    reportTitleRow,
    periodTitleRow,
    identRows,
    instructionRow,
    headerRow,
    areas: blocks,
    indicators: rows,
    tableEndRow,
    narrative,
    placeDateRow,
    signatureRow,
    signatureNameRow,
    lastRow: signatureNameRow,
  };
}
