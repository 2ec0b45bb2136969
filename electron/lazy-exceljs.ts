type ExcelJs = typeof import('exceljs');

/**
 * exceljs takes ≈170 ms to load; the main process needs it only to write a workbook (blank
 * forms, the annex as Excel). Loaded on first use so that `plan show` and the like start at once.
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  // A CommonJS package: under Node's ESM its exports arrive as `default`; bundlers may flatten it.
  const m = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return m.default ?? m;
}
