import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild } from 'docx';
import type { DocumentInput } from '../../shared/domain/documents';
import { annexModel, cellText, INCOMPLETE_MARK, JOINT_MARK, UNIT_COLUMN_LABELS, UNIT_COLUMN_ORDER, type AnnexIndicatorRow, type AnnexModel } from './annex-model';
import { caps, pt, run, type Look } from './look';
import { fitSizePt } from './text-width';

/** Sizes of the annex table: small, because 13 districts × 2 units must fit across an A4 landscape page. */
const TABLE_PT = 8;
const MIN_FIGURE_PT = 5.5;
const CELL_MARGIN = 24;
const FIXED = { stt: 420, unit: 860, total: 1000 } as const;
const LABEL_SHARE = 0.2;

interface Widths {
  stt: number;
  label: number;
  unit: number;
  /** One unit's sub-column; a district has two. */
  sub: number;
  total: number;
}

/** Column widths filling `width`: the label takes a fifth, the districts share the rest equally. */
function widthsFor(width: number, districtCount: number): Widths {
  const label0 = Math.round(width * LABEL_SHARE);
  const sub = Math.floor((width - FIXED.stt - FIXED.unit - FIXED.total - label0) / (2 * Math.max(1, districtCount)));
  const label = width - FIXED.stt - FIXED.unit - FIXED.total - sub * 2 * districtCount;
  return { ...FIXED, label, sub };
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, width: number, options: { size?: number; bold?: boolean; italics?: boolean; align?: 'left' | 'center'; span?: number; rowSpan?: number; superMark?: string } = {}): TableCell {
  const size = options.size ?? TABLE_PT;
  const children = [run(text, { size, bold: !!options.bold, italics: !!options.italics })];
  if (options.superMark) children.push(run(options.superMark, { size, superScript: true }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.rowSpan && options.rowSpan > 1 ? { rowSpan: options.rowSpan } : {}),
    children: [new Paragraph({ alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER, children })],
  });
}

function headerRows(model: AnnexModel, w: Widths): TableRow[] {
  const h = { bold: true } as const;
  const first = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell('TT', w.stt, { ...h, rowSpan: 2 }),
      cell('Nội dung', w.label, { ...h, rowSpan: 2 }),
      cell('Đơn vị tính', w.unit, { ...h, rowSpan: 2 }),
      ...model.districts.map((d) => cell(d.name, 2 * w.sub, { ...h, span: 2, ...(d.incomplete ? { superMark: INCOMPLETE_MARK } : {}) })),
      cell('Tổng cộng', w.total, { ...h, rowSpan: 2 }),
    ],
  });
  const second = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.districts.flatMap(() => UNIT_COLUMN_ORDER.map((u) => cell(UNIT_COLUMN_LABELS[u], w.sub, { size: TABLE_PT - 1, bold: true }))),
  });
  return [first, second];
}

/** The size at which every figure of the row fits its cell, so one large figure does not shrink the whole table. */
function figureSize(row: AnnexIndicatorRow, w: Widths): number {
  const inner = (width: number) => width - 2 * CELL_MARGIN;
  const subTexts = row.cells.flatMap((c) => (c.joint ? [cellText(c.bdv), cellText(c.qs)] : []));
  const mergedTexts = row.cells.flatMap((c) => (c.joint ? [] : [cellText(c.value)]));
  return Math.min(
    fitSizePt(subTexts, inner(w.sub), TABLE_PT, MIN_FIGURE_PT),
    fitSizePt(mergedTexts, inner(2 * w.sub), TABLE_PT, MIN_FIGURE_PT),
    fitSizePt([cellText(row.total)], inner(w.total), TABLE_PT, MIN_FIGURE_PT, true),
  );
}

function indicatorRow(row: AnnexIndicatorRow, w: Widths): TableRow {
  const size = figureSize(row, w);
  const figures = row.cells.flatMap((c) =>
    c.joint ? UNIT_COLUMN_ORDER.map((u) => cell(cellText(u === 'BDV' ? c.bdv : c.qs), w.sub, { size })) : [cell(cellText(c.value), 2 * w.sub, { size, span: 2 })],
  );
  return new TableRow({
    cantSplit: true,
    children: [
      cell(row.stt, w.stt),
      cell(row.joint ? `${row.indicator.label} ${JOINT_MARK}` : row.indicator.label, w.label, { align: 'left' }),
      cell(row.indicator.unit, w.unit),
      ...figures,
      cell(cellText(row.total), w.total, { size, bold: true }),
    ],
  });
}

function annexTable(model: AnnexModel, width: number): Table {
  const w = widthsFor(width, model.districts.length);
  const columnWidths = [w.stt, w.label, w.unit, ...model.districts.flatMap(() => [w.sub, w.sub]), w.total];
  const spanAll = columnWidths.length - 1;
  const rows = model.rows.map((r) =>
    r.kind === 'area'
      ? new TableRow({ cantSplit: true, children: [cell(r.stt, w.stt, { bold: true }), cell(r.title, width - w.stt, { bold: true, align: 'left', span: spanAll })] })
      : indicatorRow(r, w),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 10, bottom: 10 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [...headerRows(model, w), ...rows],
  });
}

/** Title, the table with its header rows repeated on every page, and the notes: the content of a landscape section. */
export function annexContent(input: DocumentInput, look: Look, width: number): FileChild[] {
  const model = annexModel(input);
  const centred = (text: string, style: { bold?: boolean; italics?: boolean; size: number }, after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: pt(after) }, children: [run(text, style)] });
  return [
    centred(caps(model.title), { bold: true, size: look.body }),
    centred(model.subtitle, { bold: true, size: look.body - 1 }),
    centred(model.attachedTo, { italics: true, size: look.small }, 6),
    annexTable(model, width),
    ...model.notes.map((n, i) => new Paragraph({ spacing: { before: pt(i === 0 ? 6 : 0) }, children: [run(n, { size: TABLE_PT + 1, italics: true })] })),
  ];
}
