import ExcelJS from 'exceljs';
import { indicatorsFor, type Indicator, type UnitType } from '../../../../shared/domain/plan';
import { seedCatalogue } from '../../../helpers/catalogue';

/**
 * Builds report workbooks the way districts make them, for the cases the samples do not show.
 * Defaults: title lines above a header row, no code column, every indicator of the unit type with
 * figures period = row number, ytd = 10 × row number.
 */

export type Figure = ExcelJS.CellValue;

export interface RowSpec {
  label: string;
  code?: string;
  unit?: string;
  period?: Figure;
  ytd?: Figure;
  font?: string;
}

export interface ReportSpec {
  unitType?: UnitType;
  sheetName?: string;
  titles?: string[];
  titleFont?: string;
  /** Cells above the table, e.g. ['Đơn vị tính giá trị: đồng']. */
  notes?: string[];
  withCodes?: boolean;
  /** Change or drop (return null) the default rows. */
  rows?: (row: RowSpec, indicator: Indicator) => RowSpec | null;
  extraRows?: RowSpec[];
  narrative?: [string, string][];
  hiddenIdentity?: Record<string, string | number>;
}

export const figuresOf = (i: number): { period: number; ytd: number } => ({ period: i + 1, ytd: (i + 1) * 10 });

export function defaultRows(unitType: UnitType): { indicator: Indicator; row: RowSpec }[] {
  const indicators = indicatorsFor(seedCatalogue().indicators, unitType);
  return indicators.map((indicator, i) => ({ indicator, row: { label: indicator.label, code: indicator.code, unit: indicator.unit, ...figuresOf(i) } }));
}

export async function buildReport(spec: ReportSpec = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheetName ?? 'Sheet1');
  let r = 1;
  for (const t of spec.titles ?? []) {
    const cell = ws.getCell(r++, 1);
    cell.value = t;
    if (spec.titleFont) cell.font = { name: spec.titleFont };
  }
  for (const n of spec.notes ?? []) ws.getCell(r++, 1).value = n;
  r++;
  const withCodes = spec.withCodes ?? false;
  const headers = ['STT', ...(withCodes ? ['Mã số'] : []), 'Nội dung', 'ĐVT', 'Thực hiện trong kỳ', 'Lũy kế từ đầu năm'];
  headers.forEach((h, i) => (ws.getCell(r, i + 1).value = h));
  r++;
  const rows = defaultRows(spec.unitType ?? 'BDV')
    .map(({ indicator, row }) => (spec.rows ? spec.rows(row, indicator) : row))
    .filter((x): x is RowSpec => x !== null);
  rows.push(...(spec.extraRows ?? []));
  rows.forEach((row, i) => {
    const values: Figure[] = [i + 1, ...(withCodes ? [row.code ?? null] : []), row.label, row.unit ?? null, row.period ?? null, row.ytd ?? null];
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r, c + 1);
      cell.value = v;
      if (row.font) cell.font = { name: row.font };
    });
    r++;
  });
  r++;
  for (const [heading, text] of spec.narrative ?? []) {
    ws.getCell(r++, 1).value = heading;
    ws.getCell(r++, 1).value = text;
  }
  if (spec.hiddenIdentity) {
    const hidden = wb.addWorksheet('_phdv', { state: 'veryHidden' });
    Object.entries(spec.hiddenIdentity).forEach(([k, v], i) => {
      hidden.getCell(i + 1, 1).value = k;
      hidden.getCell(i + 1, 2).value = v;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
