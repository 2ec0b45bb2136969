import { IDENTITY_SHEET, NARRATIVE_KEYS, type NarrativeKey } from '../../../shared/domain/form';
import { indicatorsFor } from '../../../shared/domain/plan';
import type { ImportFinding, ParseOutcome } from '../../../shared/domain/report';
import { rejection } from '../rejections';
import { prepareCatalogue, type ParseCatalogue, type PreparedCatalogue } from './catalogue';
import { convertLegacyText } from './encoding';
import { gridTextChars, type SheetGrid } from './grid';
import { formatNumberVi } from '../../../shared/text/numbers';
import { readIdentBlock, type IdentBlock } from './ident-block';
import { combineIdentity, fromFileName, fromSheetNames, mergeInto, noteCells, readHiddenSheet, type IdentityEvidence } from './identity';
import { emptyIdentity, parseDateText, recognize } from './identity-text';
import { firstHeadingRow, readNarrative } from './narrative';
import { noDiacriticsFinding, unclearHeadingFindings } from './narrative-findings';
import { buildTable, locateTable, outlineTable, type Table } from './table';
import { readValues } from './values';

/**
 * From a workbook's sheets, as plain grids (each format reads its own: load.ts for .xlsx,
 * legacy/read-legacy.ts for .xls/.ods), to a report (or "not a report"); pure.
 * `maxTextChars` budgets the text the extractor will read: counted on the cells read, since a
 * short shared string can be shown by thousands of cells, each read again.
 */
export function extractReport(grids: SheetGrid[], fileName: string, catalogue: ParseCatalogue, maxTextChars = Number.POSITIVE_INFINITY): ParseOutcome {
  const text = gridTextChars(grids);
  if (text > maxTextChars) return { ok: false, rejection: rejection('too_much_text', { detail: `các ô được đọc chứa ${formatNumberVi(text)} ký tự, giới hạn ${formatNumberVi(maxTextChars)}` }) };
  if (grids.every((g) => g.rows.size === 0)) return { ok: false, rejection: rejection('no_sheets') };
  const cat = prepareCatalogue(catalogue);
  const legacy = convertLegacyText(grids);
  const findings: ImportFinding[] = [...legacy.findings];

  const hidden = readHiddenSheet(grids, cat, findings);
  const dataGrids = grids.filter((g) => g.name.toLowerCase() !== IDENTITY_SHEET);
  const hits = locateTable(dataGrids, cat);
  if (!hits) return { ok: false, rejection: rejection('no_table') };
  // Identity is read around the table before its period is known; the columns need that period
  // ("Cả năm" is the year-to-date of a quarter report, the period figure of a year report).
  const outline = outlineTable(hits, cat);
  const draft = buildTable(outline, null);
  const tableFindingsAt = findings.length;

  const top = draft.header.headerRow ?? draft.firstRow;
  const block = readIdentBlock(draft.grid, top);
  const evidence: IdentityEvidence[] = [];
  if (hidden) evidence.push(hidden.evidence);
  evidence.push(blockEvidence(block, draft.grid, cat), titleEvidence(draft, block, dataGrids, cat), fromSheetNames(dataGrids, cat), fromFileName(fileName, cat));
  const identity = combineIdentity(evidence, cat, draft.grid.name, findings);
  const table = identity.period ? buildTable(outline, identity.period) : draft;
  findings.splice(tableFindingsAt, 0, ...table.findings);

  const wanted = identity.unitType ? indicatorsFor(catalogue.indicators, identity.unitType) : catalogue.indicators;
  const read = readValues(table, wanted);
  // Narrative alone does not make a report: R1/R2 would count an untouched form as sent on time.
  if (!read.filled) return { ok: false, rejection: rejection('no_figures') };
  findings.push(...read.findings);

  return {
    ok: true,
    report: {
      identity,
      values: read.values,
      narrative: narrativeOf(table, dataGrids, findings),
      formVersion: hidden?.meta.formVersion ?? null,
      reportDate: reportDateOf(block, table.grid, top),
      preparedBy: preparedByOf(block),
      cells: read.cells,
      findings,
      encoding: legacy.encoding,
    },
  };
}

function blockEvidence(block: IdentBlock, grid: SheetGrid, cat: PreparedCatalogue): IdentityEvidence {
  const identity = emptyIdentity();
  const at: IdentityEvidence['at'] = {};
  for (const field of ['unit', 'unitType', 'period', 'window'] as const) {
    const v = block.fields[field];
    if (!v?.text) continue;
    const found = recognize(v.text, cat, 'content');
    noteCells(at, found, { sheet: grid.name, cell: v.address });
    mergeInto(identity, found);
  }
  return { source: 'content:identification_block', identity, where: `khối thông tin đơn vị (trang ${grid.name})`, at };
}

/** Title lines above the table, and the top lines of any other sheet (a "Thuyết minh" sheet repeats the unit). */
function titleEvidence(table: Table, block: IdentBlock, grids: SheetGrid[], cat: PreparedCatalogue): IdentityEvidence {
  const identity = emptyIdentity();
  const at: IdentityEvidence['at'] = {};
  const take = (grid: SheetGrid, upto: number) => {
    for (let r = 1; r < upto; r++) {
      for (const cell of grid.rows.get(r)?.values() ?? []) {
        if (cell.mergeMaster || cell.value.t !== 's' || block.used.has(cell.address)) continue;
        const found = recognize(cell.value.v, cat, 'content');
        noteCells(at, found, { sheet: grid.name, cell: cell.address });
        mergeInto(identity, found);
      }
    }
  };
  take(table.grid, table.header.headerRow ?? table.firstRow);
  for (const g of grids) {
    if (g === table.grid || g.state !== 'visible') continue;
    take(g, Math.min(firstHeadingRow(g, 1) ?? 6, 6));
  }
  return { source: 'content:title', identity, where: 'dòng tiêu đề', at };
}

function narrativeOf(table: Table, grids: SheetGrid[], findings: ImportFinding[]): Record<NarrativeKey, string | null> {
  const out = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, null])) as Record<NarrativeKey, string | null>;
  const sources = [{ grid: table.grid, from: table.lastRow + 1 }, ...grids.filter((g) => g !== table.grid).map((grid) => ({ grid, from: 1 }))];
  for (const { grid, from } of sources) {
    for (const block of readNarrative(grid, from)) {
      if (out[block.key] !== null || !block.text) continue;
      out[block.key] = block.text;
      const finding = noDiacriticsFinding(block);
      if (finding) findings.push(finding);
      findings.push(...unclearHeadingFindings(block));
    }
  }
  return out;
}

function reportDateOf(block: IdentBlock, grid: SheetGrid, top: number): string | null {
  const v = block.fields.reportDate;
  if (v?.value.t === 'd') return v.value.v.toISOString().slice(0, 10);
  if (v?.text) return parseDateText(v.text);
  // "Bình Sơn, ngày 14 tháng 9 năm 2021" above the table or near the signatures.
  for (const r of [...grid.rows.keys()].filter((r) => r < top || r > grid.maxRow - 15)) {
    for (const cell of grid.rows.get(r)?.values() ?? []) {
      if (cell.value.t === 's' && /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i.test(cell.value.v)) return parseDateText(cell.value.v);
    }
  }
  return null;
}

function preparedByOf(block: IdentBlock): string | null {
  const text = block.fields.preparedBy?.text;
  if (!text) return null;
  const name = text.split(/\s+[-–]\s+|\s*[,;]\s*(?:đt|điện thoại)/i)[0]?.trim() ?? '';
  return name || null;
}
