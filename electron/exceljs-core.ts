import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * The part of exceljs this product uses: the workbook (read and write through `wb.xlsx`) and its
 * value-type enum. The package's main entry also loads the streaming reader and writer (unzipper,
 * archiver and their dependencies), which nothing here uses and which take ≈175 ms of a parser
 * worker's ≈400 ms start, at every start. exceljs 4.4 has no "exports" map, so its files can be
 * required by path; the types stay those of the package.
 */

// A CommonJS bundle (the Electron worker build) has `require` and may lack import.meta.url.
const requireFromHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

export const Workbook = requireFromHere('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
export const ValueType = (requireFromHere('exceljs/lib/doc/enums.js') as { ValueType: typeof ExcelJS.ValueType }).ValueType;
export { requireFromHere as requireExcelJsPart };
