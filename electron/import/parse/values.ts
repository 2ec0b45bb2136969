import type { Indicator } from '../../../shared/domain/plan';
import type { CellTrace, FigurePair, ImportFinding } from '../../../shared/domain/report';
import { formatNumberVi } from '../../../shared/text/numbers';
import { unitTypeLabel } from '../../../shared/domain/units';
import { addressOf } from './grid';
import { readFigure } from './figures';
import { findMoneyNote, rowUnit, scaleOf } from './money';
import type { Table } from './table';

/** Money above this many triệu đồng (100 tỷ) in one district's quarter is almost surely in đồng. */
const IMPLAUSIBLE_MONEY = 100_000;

export interface TableValues {
  values: Record<string, FigurePair>;
  cells: Record<string, CellTrace>;
  findings: ImportFinding[];
  /** Some figure cell of the unit's rows holds something: false for a blank form, however labelled. */
  filled: boolean;
}

/** The figures of the indicators the unit reports; an indicator without a row is null, with a finding. */
export function readValues(table: Table, wanted: Indicator[]): TableValues {
  const { grid } = table;
  const findings: ImportFinding[] = [];
  const values: Record<string, FigurePair> = {};
  const cells: Record<string, CellTrace> = {};
  const note = findMoneyNote(grid, table.header.headerRow ?? table.firstRow);
  const converted: { code: string; unit: string }[] = [];
  const wantedCodes = new Set(wanted.map((i) => i.code));
  let filled = false;

  for (const indicator of wanted) {
    const row = table.rows.find((r) => r.indicator.code === indicator.code);
    if (!row) {
      values[indicator.code] = { period: null, ytd: null };
      findings.push({
        code: 'row_missing',
        severity: 'warning',
        sheet: grid.name,
        cell: null,
        message: `Không có dòng chỉ tiêu ${indicator.code} "${indicator.label}" trong bảng (trang "${grid.name}"): coi như không báo cáo.`,
      });
      continue;
    }
    const period = readFigure(grid, row.row, table.periodCol, indicator, 'thực hiện trong kỳ');
    const ytd = readFigure(grid, row.row, table.ytdCol, indicator, 'lũy kế');
    findings.push(...period.findings, ...ytd.findings);
    filled ||= period.filled || ytd.filled;
    // The most specific statement of the unit wins: in the figure, in the row, above the table.
    let periodScale = 1;
    let ytdScale = 1;
    if (indicator.kind === 'money') {
      const unitCell = rowUnit(grid, row.row, table.unitCol);
      const rowDefault = unitCell.unit ?? note?.unit ?? null;
      periodScale = scaleOf(period.textUnit ?? rowDefault);
      ytdScale = scaleOf(ytd.textUnit ?? rowDefault);
      if (unitCell.unit && note && unitCell.unit !== note.unit) {
        findings.push({ code: 'money_unit_conflict', severity: 'warning', sheet: grid.name, cell: addressOf(row.row, table.unitCol ?? 1), message: `Dòng ${row.row} (${indicator.code}) ghi đơn vị "${unitCell.text}" khác với ghi chú "${note.text}" (ô ${note.address}): lấy theo đơn vị của dòng.` });
      }
      if (periodScale !== 1 || ytdScale !== 1) converted.push({ code: indicator.code, unit: unitCell.text || note?.text || 'ghi trong ô' });
    }
    const scaled = (v: number | null, scale: number) => (v === null ? null : roundScaled(v * scale));
    values[indicator.code] = { period: scaled(period.value, periodScale), ytd: scaled(ytd.value, ytdScale) };
    const scale = period.value !== null || ytd.value === null ? periodScale : ytdScale;
    for (const [what, v, col] of [['trong kỳ', values[indicator.code]?.period ?? null, table.periodCol], ['lũy kế', values[indicator.code]?.ytd ?? null, table.ytdCol]] as const) {
      if (indicator.kind === 'money' && v !== null && v >= IMPLAUSIBLE_MONEY) {
        findings.push({ code: 'implausible_money', severity: 'warning', sheet: grid.name, cell: col === null ? null : addressOf(row.row, col), message: `${indicator.code} (${what}) là ${formatNumberVi(v)} triệu đồng, lớn bất thường: có thể số liệu ghi bằng đồng mà không ghi rõ đơn vị, hãy kiểm tra lại.` });
      }
    }
    cells[indicator.code] = {
      sheet: grid.name,
      row: row.row,
      labelCell: row.labelCell,
      label: row.label,
      labelMatch: row.labelMatch,
      periodCell: table.periodCol === null ? null : addressOf(row.row, table.periodCol),
      ytdCell: table.ytdCol === null ? null : addressOf(row.row, table.ytdCol),
      scale,
      fromText: period.fromText || ytd.fromText,
    };
  }
  if (converted.length > 0) {
    findings.push({
      code: 'money_converted',
      severity: 'info',
      sheet: grid.name,
      cell: note?.address ?? null,
      message: `Số tiền của ${converted.map((c) => c.code).join(', ')} ghi bằng đơn vị khác (${[...new Set(converted.map((c) => c.unit))].join('; ')}): đã đổi sang triệu đồng.`,
    });
  }
  for (const r of table.rows) {
    if (wantedCodes.has(r.indicator.code)) continue;
    const has = [table.periodCol, table.ytdCol].some((c) => c !== null && readFigure(grid, r.row, c, r.indicator, '').value !== null);
    if (has) {
      findings.push({ code: 'other_unit_row', severity: 'info', sheet: grid.name, cell: r.labelCell, message: `Dòng ${r.row} (${r.indicator.code}) là chỉ tiêu chỉ dành cho ${unitTypeLabel(r.indicator.reportedBy === 'QS' ? 'QS' : 'BDV')}: không lấy vào báo cáo này.` });
    }
  }
  return { values, cells, findings, filled };
}

/** 45.500.000 × 1e-6 must be 45.5, not 45.500000000000004. */
function roundScaled(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
