import type ExcelJS from 'exceljs';
import { IDENTITY_SHEET, NARRATIVE_KEYS, type NarrativeKey } from '../../../shared/domain/form';
import { indicatorsFor } from '../../../shared/domain/plan';
import type { ImportFinding, ParseOutcome } from '../../../shared/domain/report';
import { rejection } from '../rejections';
import { prepareCatalogue, type ParseCatalogue, type PreparedCatalogue } from './catalogue';
import { convertLegacyText } from './encoding';
import { readGrid, type SheetGrid } from './grid';
import { readIdentBlock, type IdentBlock } from './ident-block';
import { combineIdentity, fromFileName, fromSheetNames, mergeInto, readHiddenSheet, type IdentityEvidence } from './identity';
import { emptyIdentity, parseDateText, recognize } from './identity-text';
import { firstHeadingRow, readNarrative } from './narrative';
import { noDiacriticsFinding, unclearHeadingFindings } from './narrative-findings';
import { findTable, type Table } from './table';
import { readValues } from './values';

/** From a loaded workbook to a report (or "not a report"); pure apart from reading the workbook. */
export function extractReport(wb: ExcelJS.Workbook, fileName: string, catalogue: ParseCatalogue): ParseOutcome {
  const grids = wb.worksheets.map((ws, i) => readGrid(ws, i));
  if (grids.every((g) => g.rows.size === 0)) return { ok: false, rejection: rejection('no_sheets') };
  const cat = prepareCatalogue(catalogue);
  const legacy = convertLegacyText(grids);
  const findings: ImportFinding[] = [...legacy.findings];

  const hidden = readHiddenSheet(grids, cat, findings);
  const dataGrids = grids.filter((g) => g.name.toLowerCase() !== IDENTITY_SHEET);
  const table = findTable(dataGrids, cat);
  if (!table) return { ok: false, rejection: rejection('no_table') };
  findings.push(...table.findings);

  const top = table.header.headerRow ?? table.firstRow;
  const block = readIdentBlock(table.grid, top);
  const evidence: IdentityEvidence[] = [];
  if (hidden) evidence.push(hidden.evidence);
  evidence.push(blockEvidence(block, table.grid, cat), titleEvidence(table, block, dataGrids, cat), fromSheetNames(dataGrids, cat), fromFileName(fileName, cat));
  const identity = combineIdentity(evidence, cat, table.grid.name, findings);

  const wanted = identity.unitType ? indicatorsFor(catalogue.indicators, identity.unitType) : catalogue.indicators;
  const read = readValues(table, wanted);
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
  for (const field of ['unit', 'unitType', 'period', 'window'] as const) {
    const v = block.fields[field];
    if (v?.text) mergeInto(identity, recognize(v.text, cat, 'content'));
  }
  const first = block.fields.unit ?? block.fields.period;
  return { source: 'content:identification_block', identity, where: `ô ${grid.name}!${first?.address ?? 'A1'}` };
}

/** Title lines above the table, and the top lines of any other sheet (a "Thuyết minh" sheet repeats the unit). */
function titleEvidence(table: Table, block: IdentBlock, grids: SheetGrid[], cat: PreparedCatalogue): IdentityEvidence {
  const identity = emptyIdentity();
  let where: string | null = null;
  const take = (grid: SheetGrid, upto: number) => {
    for (let r = 1; r < upto; r++) {
      for (const cell of grid.rows.get(r)?.values() ?? []) {
        if (cell.mergeMaster || cell.value.t !== 's' || block.used.has(cell.address)) continue;
        const found = recognize(cell.value.v, cat, 'content');
        if (found.districts.size + found.unitTypes.size + found.kinds.size + found.periods.size > 0) where ??= `dòng tiêu đề (ô ${grid.name}!${cell.address})`;
        mergeInto(identity, found);
      }
    }
  };
  take(table.grid, table.header.headerRow ?? table.firstRow);
  for (const g of grids) {
    if (g === table.grid || g.state !== 'visible') continue;
    take(g, Math.min(firstHeadingRow(g, 1) ?? 6, 6));
  }
  return { source: 'content:title', identity, where: where ?? 'dòng tiêu đề' };
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
