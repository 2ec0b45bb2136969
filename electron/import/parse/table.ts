import type { Indicator } from '../../../shared/domain/plan';
import type { CellTrace, ImportFinding } from '../../../shared/domain/report';
import { fold } from '../../../shared/text/fold';
import type { PreparedCatalogue } from './catalogue';
import { addressOf, cellAt, ownText, type SheetGrid } from './grid';
import { planColumns, planColumnSet, settleColumns, type Context } from './columns';
import { columnsWith, headerRoles, looksNumeric, scanHeader, type HeaderInfo, type HeaderScan } from './header';
import { reportPeriodOf } from './heading-role';
import { ACCEPT_SCORE, matchLabel, type LabelCandidate } from './labels';
import { firstHeadingRow } from './narrative';

/**
 * Finding the indicator table without trusting its layout: the sheet and the label column are the
 * ones where most cells read like catalogue labels (or codes); rows are then matched one to one,
 * best matches first, so a reworded label cannot steal the row of an exact one.
 */

export interface TableRow {
  row: number;
  indicator: Indicator;
  labelMatch: CellTrace['labelMatch'];
  labelCell: string;
  label: string;
}

export interface Table {
  grid: SheetGrid;
  labelCol: number;
  codeCol: number | null;
  unitCol: number | null;
  periodCol: number | null;
  ytdCol: number | null;
  header: HeaderInfo;
  firstRow: number;
  lastRow: number;
  rows: TableRow[];
  findings: ImportFinding[];
}

const CODE = /^[A-Z]{2}\d{2}$/;
const MAX_LABEL = 400;

interface Hit {
  row: number;
  col: number;
  candidates: LabelCandidate[];
}

export interface SheetHits {
  grid: SheetGrid;
  labels: Hit[];
  codes: Map<number, number[]>;
  labelCol: number | null;
  codeCol: number | null;
  score: number;
}

/** The sheet and label column of the indicator table; null when no sheet holds one. */
export function locateTable(grids: SheetGrid[], cat: PreparedCatalogue): SheetHits | null {
  let best: SheetHits | null = null;
  for (const grid of grids) {
    const hits = scanSheet(grid, cat);
    if (!best || hits.score > best.score) best = hits;
  }
  if (!best || best.score < 3 || best.labelCol === null) return null;
  return best;
}

export function findTable(grids: SheetGrid[], cat: PreparedCatalogue, periodCode: string | null = null): Table | null {
  const hits = locateTable(grids, cat);
  return hits ? buildTable(outlineTable(hits, cat), periodCode) : null;
}

function scanSheet(grid: SheetGrid, cat: PreparedCatalogue): SheetHits {
  const labels: Hit[] = [];
  const codes = new Map<number, number[]>();
  for (const [r, row] of grid.rows) {
    for (const cell of row.values()) {
      if (cell.mergeMaster || cell.value.t !== 's' || cell.mergeCols >= 4 || cell.value.v.length > MAX_LABEL + 50) continue;
      const text = cell.value.v.trim();
      if (CODE.test(text) && cat.byCode.has(text)) {
        codes.set(cell.col, [...(codes.get(cell.col) ?? []), r]);
        continue;
      }
      if (text.length < 6 || text.length > MAX_LABEL) continue;
      const candidates = matchLabel(text, cat);
      if (candidates.length > 0) labels.push({ row: r, col: cell.col, candidates });
    }
  }
  const perCol = new Map<number, number>();
  for (const h of labels) if ((h.candidates[0]?.score ?? 0) >= ACCEPT_SCORE) perCol.set(h.col, (perCol.get(h.col) ?? 0) + 1);
  const labelCol = argmax(perCol);
  const codeCounts = new Map([...codes].map(([c, rows]) => [c, rows.length]));
  const codeColCandidate = argmax(codeCounts);
  const codeCol = codeColCandidate !== null && (codeCounts.get(codeColCandidate) ?? 0) >= 3 ? codeColCandidate : null;
  const rows = new Set<number>(codeCol !== null ? (codes.get(codeCol) ?? []) : []);
  for (const h of labels) if (h.col === labelCol && (h.candidates[0]?.score ?? 0) >= ACCEPT_SCORE) rows.add(h.row);
  return { grid, labels, codes, labelCol, codeCol, score: rows.size };
}

function argmax(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [k, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

/**
 * What the table is before its period is known: its rows, its heading cells, and the rows matched
 * for a given set of figure columns. A report is read twice (a draft without its period, then
 * with it) from one outline, so that what does not depend on the period is read once.
 */
export interface TableOutline {
  hits: SheetHits;
  cat: PreparedCatalogue;
  firstRow: number;
  lastRow: number;
  scan: HeaderScan;
  /** Rows and their findings, by the figure columns they were matched with ("4,5"). */
  assigned: Map<string, { rows: TableRow[]; findings: ImportFinding[] }>;
}

export function outlineTable(hits: SheetHits, cat: PreparedCatalogue): TableOutline {
  const { grid, codeCol } = hits;
  const labelCol = hits.labelCol ?? 1;
  const anchorRows = [
    ...(codeCol !== null ? (hits.codes.get(codeCol) ?? []) : []),
    ...hits.labels.filter((h) => h.col === labelCol && (h.candidates[0]?.score ?? 0) >= ACCEPT_SCORE).map((h) => h.row),
  ];
  const firstRow = Math.min(...anchorRows);
  let lastRow = Math.max(...anchorRows);
  const narrativeStart = firstHeadingRow(grid, firstRow + 1);
  if (narrativeStart !== null && narrativeStart <= lastRow) lastRow = narrativeStart - 1;
  return { hits, cat, firstRow, lastRow, scan: scanHeader(grid, firstRow), assigned: new Map() };
}

/** The rows matched with these figure columns; copies, since each table owns its rows and findings. */
function rowsFor(outline: TableOutline, valueCols: number[]): { rows: TableRow[]; findings: ImportFinding[] } {
  const key = valueCols.join(',');
  let known = outline.assigned.get(key);
  if (!known) {
    const findings: ImportFinding[] = [];
    const { hits } = outline;
    const rows = assignRows({ grid: hits.grid, labelCol: hits.labelCol ?? 1, codeCol: hits.codeCol, firstRow: outline.firstRow, lastRow: outline.lastRow, valueCols, findings }, outline.cat, hits);
    known = { rows, findings };
    outline.assigned.set(key, known);
  }
  return { rows: known.rows.map((r) => ({ ...r })), findings: known.findings.map((f) => ({ ...f })) };
}

/**
 * The table read with the report's period in mind (null while it is not known yet): which column
 * is the period and which the year-to-date depends on it ("Cả năm" in a year report).
 */
export function buildTable(outline: TableOutline, periodCode: string | null): Table {
  const { grid, codeCol } = outline.hits;
  const labelCol = outline.hits.labelCol ?? 1;
  const { firstRow, lastRow } = outline;

  const header = headerRoles(outline.scan, reportPeriodOf(periodCode));
  const taken = new Set([labelCol, codeCol ?? -1]);
  const unitHeading = columnsWith(header, 'unit').find((c) => !taken.has(c)) ?? null;
  if (unitHeading !== null) taken.add(unitHeading);
  const ctx: Context = { grid, header, labelCol, taken, firstRow, lastRow };
  const plan = planColumns(ctx);
  const figureCols = planColumnSet(plan);

  const { rows, findings } = rowsFor(outline, figureCols);
  const { periodCol, ytdCol } = settleColumns(plan, ctx, rows, periodCode, findings);
  const unitCol = unitHeading ?? guessUnitColumn(grid, labelCol, periodCol, firstRow, lastRow, taken);
  return { grid, labelCol, codeCol, unitCol, periodCol, ytdCol, header, firstRow, lastRow, rows, findings };
}

const UNIT_WORDS = /^(buoi|luot|luot nguoi|nguoi|can|ho|suat|chiec|xa|lan|vu|cap|dot|ngay cong|mo hinh|tap the|ca nhan|lop|cuoc|hoi nghi|hoat dong|tin bai|ban|trieu dong|dong|1 000d|nghin dong)$/;

function guessUnitColumn(grid: SheetGrid, labelCol: number, periodCol: number | null, firstRow: number, lastRow: number, taken: Set<number>): number | null {
  const end = periodCol ?? Math.min(grid.maxCol, labelCol + 3);
  for (let c = labelCol + 1; c < end; c++) {
    if (taken.has(c)) continue;
    let n = 0;
    for (let r = firstRow; r <= lastRow; r++) if (UNIT_WORDS.test(fold(ownText(grid, r, c)))) n++;
    if (n >= 3) return c;
  }
  return null;
}

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)\.?$/i;

/** The table as found so far: where its rows and columns are, and where its findings go. */
interface TableFrame {
  grid: SheetGrid;
  labelCol: number;
  codeCol: number | null;
  firstRow: number;
  lastRow: number;
  /** The columns that hold figures (thực hiện, lũy kế): a row with a number there is a row of data. */
  valueCols: number[];
  findings: ImportFinding[];
}

function assignRows(frame: TableFrame, cat: PreparedCatalogue, hits: SheetHits): TableRow[] {
  const { grid, labelCol, codeCol, firstRow, lastRow, valueCols, findings } = frame;
  const labelHits = new Map(hits.labels.filter((h) => h.col === labelCol).map((h) => [h.row, h]));
  type Pair = { row: number; indicator: Indicator; score: number; match: CellTrace['labelMatch'] };
  const pairs: Pair[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const labelCell = cellAt(grid, r, labelCol);
    // An area heading spreads over the figure columns; it is never an indicator row.
    if (labelCell && labelCell.mergeCols > 1 && valueCols.some((c) => c >= labelCol && c < labelCol + labelCell.mergeCols)) continue;
    const code = codeCol !== null ? ownText(grid, r, codeCol).trim() : '';
    const byCode = CODE.test(code) ? cat.byCode.get(code) : undefined;
    if (byCode) pairs.push({ row: r, indicator: byCode, score: 10, match: 'code' });
    for (const c of labelHits.get(r)?.candidates ?? []) {
      if (c.score >= ACCEPT_SCORE) pairs.push({ row: r, indicator: c.indicator, score: c.score, match: c.match });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.row - b.row);
  const usedRows = new Set<number>();
  const usedCodes = new Map<string, number>();
  const rows: TableRow[] = [];
  for (const p of pairs) {
    if (usedRows.has(p.row)) continue;
    const earlier = usedCodes.get(p.indicator.code);
    if (earlier !== undefined) {
      if (p.match === 'code') {
        findings.push({ code: 'row_duplicate', severity: 'warning', sheet: grid.name, cell: addressOf(p.row, codeCol ?? labelCol), message: `Dòng ${p.row} lặp lại chỉ tiêu ${p.indicator.code} (đã có ở dòng ${earlier}): chỉ lấy dòng ${earlier}.` });
        usedRows.add(p.row);
      }
      continue;
    }
    usedRows.add(p.row);
    usedCodes.set(p.indicator.code, p.row);
    const label = ownText(grid, p.row, labelCol).trim();
    rows.push({ row: p.row, indicator: p.indicator, labelMatch: p.match, labelCell: addressOf(p.row, labelCol), label });
  }
  rows.sort((a, b) => a.row - b.row);
  reportLeftovers(frame, usedRows);
  return rows;
}

/** Rows inside the table that carry figures but match no indicator: subtotals, or labels too far from the catalogue. */
function reportLeftovers({ grid, firstRow, lastRow, labelCol, valueCols, findings }: TableFrame, used: Set<number>) {
  for (let r = firstRow; r <= lastRow; r++) {
    if (used.has(r) || !valueCols.some((c) => looksNumeric(grid, r, c))) continue;
    const label = ownText(grid, r, labelCol).trim();
    if (ROMAN.test(label)) continue;
    const folded = fold(label);
    const subtotal = /^(cong|tong cong|tong so|trong do)\b/.test(folded);
    findings.push({
      code: subtotal ? 'subtotal_row' : 'unmatched_row',
      severity: subtotal ? 'info' : 'warning',
      sheet: grid.name,
      cell: addressOf(r, labelCol),
      message: subtotal
        ? `Dòng ${r} ("${label}") là dòng cộng, không phải chỉ tiêu: bỏ qua.`
        : `Dòng ${r} ("${label || '(không có nội dung)'}") có số liệu nhưng không khớp chỉ tiêu nào trong danh mục: bỏ qua, hãy kiểm tra lại.`,
    });
  }
}
