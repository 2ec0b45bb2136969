import ExcelJS from 'exceljs';
import { INDICATOR_CODE, type UnitType } from '../../../shared/domain/plan';
import { buildBlankForm } from '../../../electron/forms/template';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';

/** The 2021 catalogue exactly as the product seeds it. */
export const seed = readSeed(SEED_DIR);

export const district = (code: string) => {
  const d = seed.districts.find((x) => x.code === code);
  if (!d) throw new Error(`no district ${code} in the seed`);
  return d;
};

export const period = (code: string) => {
  const p = seed.periods.find((x) => x.code === code);
  if (!p) throw new Error(`no period ${code} in the seed`);
  return p;
};

export async function buildFor(unitType: UnitType, districtCode = '524', periodCode = '2021-Q2'): Promise<Uint8Array> {
  return buildBlankForm({ ...seed, district: district(districtCode), unitType, period: period(periodCode) });
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer; copy out exactly the form's bytes, not the whole pool a Buffer may sit in.
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

export const text = (ws: ExcelJS.Worksheet, address: string): string => {
  const v = ws.getCell(address).value;
  return v === null || v === undefined ? '' : String(v);
};

/** Finds a row by what a cell in column `column` says, reading the sheet as the importer would. */
export function rowWhere(ws: ExcelJS.Worksheet, column: string, predicate: (s: string) => boolean): number | null {
  for (let r = 1; r <= ws.rowCount; r++) if (predicate(text(ws, `${column}${r}`))) return r;
  return null;
}

/** Indicator rows found by scanning column B for codes below the header row (not by trusting our layout). */
export function tableRows(ws: ExcelJS.Worksheet): { code: string; row: number }[] {
  const header = rowWhere(ws, 'B', (s) => s === 'Mã chỉ tiêu');
  if (header === null) throw new Error('header row not found');
  const rows: { code: string; row: number }[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const code = text(ws, `B${r}`);
    if (INDICATOR_CODE.test(code)) rows.push({ code, row: r });
  }
  return rows;
}
