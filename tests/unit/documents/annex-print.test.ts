import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { ANNEX_MIN_PRINTED_PT, annexLayout, mmToPt } from '../../../electron/documents/annex-print';
import { annexModel, cellText } from '../../../electron/documents/annex-model';
import { ANNEX_SHEET_NAME, codeColumn, FIRST_DATA_ROW, HEADER_FIRST_ROW, totalColumn } from '../../../electron/documents/annex-xlsx';
import { landscapeBox } from '../../../electron/documents/page';
import { textWidthTwips } from '../../../electron/documents/text-width';
import type { DocumentInput } from '../../../shared/domain/documents';
import { documentInput } from '../../helpers/document-input';
import { tempDir } from '../../helpers/temp';
import { hasPdfTools, pdfPages, pdfText, toPdf } from './external-tools';

/**
 * The Excel annex on paper: A4 landscape, fitted to the page width over as many pages as needed,
 * the header rows repeated, the indicator columns frozen, and printed at 8 pt or more (31 columns
 * at 11 pt fitted to the width used to print at about 4 pt). Checked on LibreOffice's PDF.
 */

const A4 = { short: 595.3, long: 841.9 };
/** A word's box in pdftotext -bbox is about 1,3 times the size of its font (Liberation Serif). */
const BOX_PER_PT = 1.3;

/** Every district's figures a digit longer: the widest a half-year's figures plausibly get. */
function widerFigures(input: DocumentInput): void {
  for (const u of input.figures.units) for (const k of Object.keys(u.values)) if (u.values[k]) u.values[k] = u.values[k]! * 9;
  for (const d of input.figures.districts) for (const k of Object.keys(d.values)) if (d.values[k]) d.values[k] = d.values[k]! * 9;
  for (const k of Object.keys(input.figures.province.byIndicator)) if (input.figures.province.byIndicator[k]) input.figures.province.byIndicator[k] = input.figures.province.byIndicator[k]! * 9;
}

const pageWidth = (input: DocumentInput) => {
  const box = landscapeBox(input.settings.page);
  return mmToPt(box.widthMm - box.left - box.right);
};

describe('the Excel annex print setup', () => {
  let input: DocumentInput;
  let ws: ExcelJS.Worksheet;
  let styles = '';
  let workbookXml = '';
  beforeAll(async () => {
    input = documentInput({ kind: 'annex-xlsx' });
    const bytes = await buildDocument(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    ws = wb.getWorksheet(ANNEX_SHEET_NAME)!;
    const zip = await JSZip.loadAsync(bytes);
    styles = await zip.file('xl/styles.xml')!.async('string');
    workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  });

  it('A4 landscape, one page wide and as many pages down as needed, the header rows repeated', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_FIRST_ROW}:${FIRST_DATA_ROW - 1}` });
    expect(workbookXml.replaceAll('&apos;', "'")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'${ANNEX_SHEET_NAME}'!$${HEADER_FIRST_ROW}:$${FIRST_DATA_ROW - 1}</definedName>`);
  });

  it('prints up to the total column, fully anchored, leaving the code column out', () => {
    const last = ws.getColumn(totalColumn(input.districts.length)).letter;
    expect(workbookXml.replaceAll('&apos;', "'")).toMatch(new RegExp(`_xlnm.Print_Area[^>]*>'${ANNEX_SHEET_NAME}'!\\$A\\$1:\\$${last}\\$\\d+<`));
    expect(ws.getCell(HEADER_FIRST_ROW, codeColumn(input.districts.length)).value).toBe('Mã');
  });

  it('freezes the header and the indicator columns', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: FIRST_DATA_ROW - 1 });
  });

  it('sets the workbook\'s default font to the annex font, so column widths mean the same in Excel and LibreOffice', () => {
    const first = /<fonts\b[^>]*>\s*(<font>[\s\S]*?<\/font>)/.exec(styles)?.[1] ?? '';
    expect(first).toContain(`<name val="${input.settings.page.fontFamily}"/>`);
    expect(first).not.toContain('Calibri');
  });

  it('sizes the table to print at 8 pt or more on one page across, and over two across when the figures are a digit longer', async () => {
    for (const [edit, pages] of [[() => {}, 1], [widerFigures, 2]] as const) {
      const i = documentInput({ kind: 'annex-xlsx' });
      edit(i);
      const layout = annexLayout(annexModel(i), pageWidth(i));
      expect(layout.printedPt).toBeGreaterThanOrEqual(ANNEX_MIN_PRINTED_PT);
      expect(layout.sizePt).toBeGreaterThanOrEqual(ANNEX_MIN_PRINTED_PT);
      expect(layout.pagesWide).toBe(pages);
    }
    const wide = documentInput({ kind: 'annex-xlsx' });
    widerFigures(wide);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildDocument(wide)).buffer as ArrayBuffer);
    const sheet = wb.getWorksheet(ANNEX_SHEET_NAME)!;
    expect(sheet.pageSetup).toMatchObject({ fitToWidth: 2, fitToHeight: 0 });
    expect(String(sheet.pageSetup.printTitlesColumn)).toMatch(/^\$?A:\$?C$/);
  });

  it('gives every figure column room for its widest figure (Excel shows "###" otherwise)', () => {
    const layout = annexLayout(annexModel(input), pageWidth(input));
    const total = totalColumn(input.districts.length);
    const longest = Math.max(...input.indicators.map((ind) => textWidthTwips(cellText(input.figures.province.byIndicator[ind.code]), layout.sizePt, true) / 20));
    // A column unit is a digit of the 12 pt default font: 6 pt.
    expect(layout.widths[total - 1]! * 6).toBeGreaterThan(longest + 2);
    for (const w of layout.widths.slice(3, total - 1)) expect(w * 6).toBeGreaterThan(textWidthTwips('BDV', layout.sizePt, true) / 20);
    expect(ws.getCell(FIRST_DATA_ROW + 1, total).font?.size).toBe(layout.sizePt);
  });
});

describe.skipIf(!hasPdfTools)(`the Excel annex as LibreOffice prints it${hasPdfTools ? '' : ' (skipped: soffice/pdftotext not installed)'}`, () => {
  const printed: { label: string; input: DocumentInput; pages: { width: number; height: number }[]; pageTexts: string[]; wordPt: number[] }[] = [];

  beforeAll(async () => {
    const dir = tempDir('phdv-annex-print-');
    const variants: [string, (i: DocumentInput) => void][] = [
      ['as reported', () => {}],
      ['figures a digit longer', widerFigures],
    ];
    const files: string[] = [];
    const inputs: DocumentInput[] = [];
    for (const [label, edit] of variants) {
      const input = documentInput({ kind: 'annex-xlsx' });
      edit(input);
      const file = path.join(dir, `annex-${files.length}.xlsx`);
      fs.writeFileSync(file, await buildDocument(input));
      files.push(file);
      inputs.push(input);
      printed.push({ label, input, pages: [], pageTexts: [], wordPt: [] });
    }
    toPdf(files, dir).forEach((pdf, k) => {
      const p = printed[k]!;
      p.pages = pdfPages(pdf);
      p.pageTexts = p.pages.map((_, i) => pdfText(pdf, { first: i + 1, last: i + 1 }));
      const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
      p.wordPt = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => (Number(m[2]) - Number(m[1])) / BOX_PER_PT);
    });
  }, 300_000);

  it('prints every page A4 landscape, over more than one page rather than shrinking', () => {
    for (const p of printed) {
      expect(p.pages.length, p.label).toBeGreaterThan(1);
      expect(p.pages.every((pg) => Math.abs(pg.width - A4.long) < 1 && Math.abs(pg.height - A4.short) < 1), p.label).toBe(true);
    }
  });

  it('prints the text at 8 pt or more', () => {
    for (const p of printed) {
      const sorted = [...p.wordPt].sort((a, b) => a - b);
      expect(sorted.length, p.label).toBeGreaterThan(500);
      // The smallest text on the paper, leaving out the odd superscript-sized glyph box.
      expect(sorted[Math.floor(sorted.length * 0.02)]!, p.label).toBeGreaterThanOrEqual(ANNEX_MIN_PRINTED_PT - 0.2);
    }
  });

  it('repeats the header rows and the indicator columns on every page, prints every total and leaves the code column off the paper', () => {
    for (const p of printed) {
      for (const page of p.pageTexts) {
        expect(page, p.label).toContain('Nội dung');
        expect(page, p.label).toContain('BDV QS');
      }
      const all = p.pageTexts.join(' ');
      expect(all).toContain('Tổng cộng');
      expect(all).not.toContain(' Mã ');
      for (const ind of p.input.indicators) {
        const total = p.input.figures.province.byIndicator[ind.code];
        // LibreOffice prints the number format with the locale of the machine: compare the digits.
        if (total !== null && total !== undefined) expect(all.replace(/[.,]/g, ''), `${p.label} ${ind.code}`).toContain(cellText(total).replace(/[.,]/g, ''));
      }
    }
  });
});
