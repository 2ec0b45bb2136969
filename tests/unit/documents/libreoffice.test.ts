import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { cellText } from '../../../electron/documents/annex-model';
import { fillNumberPattern, placeAndDate } from '../../../electron/documents/format';
import { wovenFigure } from '../../../electron/documents/sentences';
import type { DocumentInput, DocumentKind } from '../../../shared/domain/documents';
import { documentInput } from '../../helpers/document-input';
import { tempDir } from '../../helpers/temp';
import { hasPdfTools, pdfPages, pdfText, squash, toPdf } from './external-tools';

/**
 * The documents as LibreOffice lays them out and prints them to PDF: what a clerk who opens them
 * sees. The text read back from the PDF must hold the headings and the province totals written
 * exactly as the builders format them; the pages must be A4, portrait for the reports and
 * landscape for the annex, numbered from page 2. One LibreOffice run converts all the documents.
 */

const KINDS = ['six-month', 'year', 'annex', 'quarter', 'reminder'] as const satisfies readonly DocumentKind[];
const A4 = { short: 595.3, long: 841.9 };

interface Printed {
  text: string;
  pages: { width: number; height: number }[];
  pageTexts: string[];
}

describe.skipIf(!hasPdfTools)(`the documents as LibreOffice prints them${hasPdfTools ? '' : ' (skipped: soffice/pdftotext not installed)'}`, () => {
  const inputs = {} as Record<(typeof KINDS)[number], DocumentInput>;
  /** Read in beforeAll: the temporary folder is removed after the first test. */
  const pdfs = {} as Record<(typeof KINDS)[number], Printed>;

  beforeAll(async () => {
    const dir = tempDir('phdv-lo-docs-');
    const files: string[] = [];
    for (const kind of KINDS) {
      inputs[kind] = documentInput({ kind });
      const file = path.join(dir, `${kind}.docx`);
      fs.writeFileSync(file, await buildDocument(inputs[kind]));
      files.push(file);
    }
    toPdf(files, dir).forEach((pdf, i) => {
      const pages = pdfPages(pdf);
      pdfs[KINDS[i]!] = { text: pdfText(pdf), pages, pageTexts: pages.map((_, p) => pdfText(pdf, { first: p + 1, last: p + 1 })) };
    });
  }, 300_000);

  it('prints the six-month report with its header block, headings and every province total as formatted', () => {
    const input = inputs['six-month'];
    const text = pdfs['six-month'].text;
    for (const s of [
      'TỈNH ỦY QUẢNG NGÃI',
      'BAN DÂN VẬN',
      'BỘ CHỈ HUY QUÂN SỰ TỈNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      fillNumberPattern(input.settings.numbers.joint, input.issueDate),
      placeAndDate(input.settings.place, input.issueDate),
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Đại tá Võ Tấn Tài',
      'Lê Văn Dũng',
      'Nơi nhận:',
      'PHỤ LỤC',
    ]) {
      expect(text).toContain(squash(s));
    }
    for (const ind of input.indicators) {
      const total = input.figures.province.byIndicator[ind.code];
      if (total) expect(text, ind.code).toContain(squash(wovenFigure(ind, total)));
    }
  });

  it('prints the report pages on A4 portrait and the annex pages on A4 landscape', () => {
    const pages = pdfs['six-month'].pages;
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const portrait = pages.filter((p) => Math.abs(p.width - A4.short) < 1 && Math.abs(p.height - A4.long) < 1).length;
    const landscape = pages.filter((p) => Math.abs(p.width - A4.long) < 1 && Math.abs(p.height - A4.short) < 1).length;
    expect(portrait + landscape).toBe(pages.length);
    expect(portrait).toBeGreaterThanOrEqual(2);
    expect(landscape).toBeGreaterThanOrEqual(1);
    // The annex comes last: no portrait page after a landscape one.
    const firstLandscape = pages.findIndex((p) => p.width > p.height);
    expect(pages.slice(firstLandscape).every((p) => p.width > p.height)).toBe(true);
  });

  it('numbers the pages from page 2, at the top', () => {
    const first = pdfs['six-month'].pageTexts[0]!.trim();
    const second = pdfs['six-month'].pageTexts[1]!.trim();
    expect(first.startsWith('TỈNH ỦY QUẢNG NGÃI')).toBe(true);
    expect(second.startsWith('2 ')).toBe(true);
  });

  it('prints the year report with its comparisons', () => {
    const text = pdfs.year.text;
    expect(text).toContain('III. NHIỆM VỤ TRỌNG TÂM NĂM 2022');
    expect(text).toContain('so với năm 2020');
    const input = inputs.year;
    const tt01 = input.indicators.find((i) => i.code === 'TT01')!;
    expect(text).toContain(squash(wovenFigure(tt01, input.figures.province.byIndicator.TT01!)));
  });

  it('prints the annex landscape with every total of the table', () => {
    const input = inputs.annex;
    const pages = pdfs.annex.pages;
    expect(pages.every((p) => Math.abs(p.width - A4.long) < 1 && Math.abs(p.height - A4.short) < 1)).toBe(true);
    const text = pdfs.annex.text;
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('Tổng cộng');
    for (const ind of input.indicators) expect(text, ind.code).toContain(cellText(input.figures.province.byIndicator[ind.code]));
    // The header rows repeat on the following pages.
    for (const page of pdfs.annex.pageTexts.slice(1)) expect(page).toContain('Tổng cộng');
  });

  it('prints the quarterly summary and the reminder letter on A4 portrait', () => {
    const quarter = pdfs.quarter.text;
    expect(quarter).toContain('Trong Quý II năm 2021, toàn tỉnh đã thực hiện:');
    expect(quarter).toContain('Lê Văn Dũng');
    const reminder = pdfs.reminder.text;
    expect(reminder).toContain('Kính gửi:');
    expect(reminder).toContain('V/v đôn đốc gửi báo cáo');
    expect(reminder).toContain('Ban Dân vận Huyện ủy Ba Tơ');
    for (const kind of ['quarter', 'reminder'] as const) {
      expect(pdfs[kind].pages.every((p) => Math.abs(p.width - A4.short) < 1 && Math.abs(p.height - A4.long) < 1)).toBe(true);
    }
    expect(pdfs.reminder.pages).toHaveLength(1);
  });
});
