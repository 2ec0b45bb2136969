import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';

/**
 * Borderless tables hold the blocks that sit side by side (issuing body | party line, the two
 * signatures, recipients | signature): Word's way of placing them that survives editing, unlike
 * tab stops or floating frames. Fixed layout so Word and LibreOffice keep the given widths.
 */
export function layoutTable(columnWidths: number[], rows: Paragraph[][][], options: { cantSplit?: boolean } = {}): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          ...(options.cantSplit ? { cantSplit: true } : {}),
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                children: children.length > 0 ? children : [],
              }),
          ),
        }),
    ),
  });
}
