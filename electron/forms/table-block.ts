import type { Worksheet } from 'exceljs';
import { put, putMerged } from './cells';
import { COLUMNS, LAST_COL, col, colWidth, widthOf, type ColumnKey, type FormLayout } from './layout';
import { AREA_FILL, BOX, HEADER_FILL, INPUT_FILL, figureValidation, font, numberFormatFor } from './styles';
import { heightFor, wrappedLines } from './text-fit';

const center = { horizontal: 'center' as const };

/** The indicator table: header row, one heading row per content area, one row per indicator. */
export function writeIndicatorTable(ws: Worksheet, layout: FormLayout): void {
  const header = ws.getRow(layout.headerRow);
  for (const c of COLUMNS) {
    put(ws, `${c.letter}${layout.headerRow}`, c.header, { font: font({ bold: true }), alignment: center, border: BOX, fill: HEADER_FILL });
  }
  header.height = heightFor(Math.max(...COLUMNS.map((c) => wrappedLines(c.header, c.width))));

  for (const block of layout.areas) {
    put(ws, `${col('stt')}${block.row}`, block.numeral, { font: font({ bold: true }), alignment: center, border: BOX, fill: AREA_FILL });
    putMerged(ws, block.row, col('code'), LAST_COL, block.area.title, { font: font({ bold: true }), alignment: { indent: 1 }, border: BOX, fill: AREA_FILL });
    const lines = wrappedLines(block.area.title, widthOf(col('code'), LAST_COL));
    ws.getRow(block.row).height = heightFor(lines);
  }

  for (const { indicator, stt, row } of layout.indicators) {
    const at = (key: ColumnKey) => `${col(key)}${row}`;
    put(ws, at('stt'), stt, { alignment: center, border: BOX });
    put(ws, at('code'), indicator.code, { alignment: center, border: BOX });
    put(ws, at('label'), indicator.label, { border: BOX, alignment: { indent: 1 } });
    put(ws, at('unit'), indicator.unit, { alignment: center, border: BOX });
    for (const key of ['period', 'ytd'] as const) {
      put(ws, at(key), null, { border: BOX, fill: INPUT_FILL, numFmt: numberFormatFor(indicator.kind), alignment: { horizontal: 'right' }, input: true });
      ws.getCell(at(key)).dataValidation = figureValidation(indicator.kind);
    }
    put(ws, at('note'), null, { border: BOX, fill: INPUT_FILL, input: true });
    const lines = Math.max(wrappedLines(indicator.label, colWidth('label')), wrappedLines(indicator.unit, colWidth('unit')));
    ws.getRow(row).height = heightFor(lines);
  }
}
