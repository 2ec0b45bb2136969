import { Workbook } from '../../../../electron/exceljs-core';
import { readGrid, type SheetGrid } from '../../../../electron/import/parse/grid';
import { loadWorkbook, parseXlsxModel } from '../../../../electron/import/parse/load';

/**
 * The grids of an .xlsx read the way the parser read them before model-grid.ts: exceljs builds
 * its Workbook (Row and Cell objects) from the same model and readGrid reads them back. Only the
 * equivalence tests use it, as the reference the model reader is held to.
 */
export async function objectModelGrids(parts: Map<string, Buffer>, bytes: Uint8Array): Promise<SheetGrid[]> {
  const model = await parseXlsxModel(parts);
  const wb = model ? Object.assign(new Workbook(), { model }) : await loadWorkbook(bytes);
  return wb.worksheets.map((ws, i) => readGrid(ws, i));
}
