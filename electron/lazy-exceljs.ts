/**
 * exceljs takes ≈100 ms to load; the main process needs it only to write a workbook (blank
 * forms, the annex as Excel). Loaded on first use so that `plan show` and the like start at once.
 */
export async function loadExcelJs(): Promise<typeof import('./exceljs-core')> {
  return import('./exceljs-core');
}
