import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse';
import type { ParsedReport } from '../../../shared/domain/report';
import { NARRATIVE_TEXT as T, NO_MARKS } from '../../fixtures/cases/narrative-texts';
import { seedCatalogue } from '../../helpers/catalogue';

/** Narrative blocks in the shapes districts write them (fixtures from tests/fixtures/cases/build-narrative.ts). */

const CASES = path.resolve(__dirname, '../../fixtures/cases');

async function parse(name: string): Promise<ParsedReport> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CASES, `${name}.xlsx`)));
  const out = await parseWorkbook(bytes, `${name}.xlsx`, seedCatalogue());
  if (!out.ok) throw new Error(`rejected: ${out.rejection.code} ${out.rejection.detail ?? ''}`);
  return out.report;
}

/** Where the fixture holds a text, read with exceljs independently of the parser. */
async function addressOf(name: string, text: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(CASES, `${name}.xlsx`));
  let found = '';
  wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (cell.value === text && (found ||= cell.address))));
  return found;
}

const HEADING_WORDS = /kết quả nổi bật|ưu điểm|tồn tại|hạn chế:|kiến nghị,|đề xuất:|phương hướng|nhiệm vụ quý/i;
const noDiacritics = (r: ParsedReport) => r.findings.filter((f) => f.code === 'narrative_no_diacritics');

describe('narrative blocks: each whole, under its key, without a heading inside', () => {
  const plain = { ket_qua_noi_bat: T.ket_qua_noi_bat, han_che: T.han_che, de_xuat: T.de_xuat, phuong_huong: T.phuong_huong };
  const withMore = { ...plain, ket_qua_noi_bat: `${T.ket_qua_noi_bat}\n${T.ket_qua_noi_bat_more}` };
  const expected: Record<string, Record<string, string>> = {
    'narrative-heading-shares-cell-roman': plain,
    'narrative-heading-shares-cell-arabic': withMore,
    'narrative-heading-shares-cell-letters': plain,
    'narrative-heading-unnumbered-own-row': {
      ...withMore,
      ket_qua_noi_bat: `${withMore.ket_qua_noi_bat}\n${T.ket_qua_sentence}`,
      han_che: `${T.han_che}\n${T.han_che_sentence}`,
    },
    'narrative-heading-own-row-subheadings': plain,
    'narrative-all-blocks-one-cell': withMore,
    'narrative-all-blocks-one-line': plain,
    'narrative-heading-text-right': withMore,
    'narrative-heading-lines-in-cell': { ...withMore, han_che: `${T.han_che}\n${T.han_che_sentence}` },
  };

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: exact text per key`, async () => {
      const r = await parse(name);
      expect(r.narrative).toEqual(want);
      for (const text of Object.values(r.narrative)) expect(text).not.toMatch(HEADING_WORDS);
      expect(noDiacritics(r)).toEqual([]);
    });
  }

  it('leaves the "Nguyên nhân" part out of "Hạn chế" rather than merging it in', async () => {
    const r = await parse('narrative-heading-own-row-subheadings');
    expect(r.narrative.han_che).not.toContain(T.cause);
  });
});

describe('narrative lines that only look like headings', () => {
  it('keeps a numbered sentence starting like another block as text, warns about it, and joins a block met twice', async () => {
    const r = await parse('narrative-heading-lookalike-numbered');
    expect(r.narrative).toEqual({
      ket_qua_noi_bat: `1. ${T.ket_qua_noi_bat}\n2. ${T.ket_qua_sentence}`,
      han_che: `${T.han_che}\n${T.han_che_sentence}`,
      de_xuat: T.de_xuat,
      phuong_huong: null,
    });
    const unclear = r.findings.filter((f) => f.code === 'narrative_heading_unclear');
    expect(unclear).toHaveLength(1);
    const cell = await addressOf('narrative-heading-lookalike-numbered', `2. ${T.ket_qua_sentence}`);
    expect(unclear[0]).toMatchObject({ severity: 'warning', sheet: 'Sheet1', cell, narrativeKey: 'ket_qua_noi_bat' });
    expect(unclear[0]!.message).toContain(`Sheet1!${cell}`);
    expect(unclear[0]!.message).toContain('"Hạn chế, khó khăn"');
    expect(unclear[0]!.message).toContain('"Kết quả nổi bật"');
    expect(noDiacritics(r)).toEqual([]);
  });

  it('raises no such warning on the other shapes', async () => {
    for (const name of ['narrative-heading-unnumbered-own-row', 'narrative-heading-own-row-subheadings', 'narrative-all-blocks-one-line']) {
      expect((await parse(name)).findings.filter((f) => f.code.startsWith('narrative_')), name).toEqual([]);
    }
  });
});

describe('narrative typed without diacritics', () => {
  it('flags each unmarked block with a warning naming its key, sheet and first text cell', async () => {
    const r = await parse('narrative-no-diacritics');
    expect(r.narrative.han_che).toBe(NO_MARKS.han_che);
    expect(r.narrative.phuong_huong).toBe(NO_MARKS.phuong_huong);
    const found = noDiacritics(r);
    expect(found.map((f) => f.narrativeKey).sort()).toEqual(['han_che', 'phuong_huong']);
    const hanChe = found.find((f) => f.narrativeKey === 'han_che')!;
    // "Hạn chế" has its heading alone on a row: the finding points at the text under it, not the heading.
    const cell = await addressOf('narrative-no-diacritics', NO_MARKS.han_che);
    expect(hanChe).toMatchObject({ severity: 'warning', sheet: 'Sheet1', cell });
    expect(found.find((f) => f.narrativeKey === 'phuong_huong')?.cell).toBe(await addressOf('narrative-no-diacritics', `4. Phương hướng quý tới: ${NO_MARKS.phuong_huong}`));
    expect(hanChe.message).toContain('Hạn chế, khó khăn');
    expect(hanChe.message).toContain(`Sheet1!${cell}`);
    expect(hanChe.message).toMatch(/bỏ phần này ra.*gõ lại có dấu/);
    expect(hanChe.message).toBe(hanChe.message.normalize('NFC'));
  });

  it('does not flag the same blocks with their marks, a short block, abbreviations or proper names', async () => {
    const r = await parse('narrative-with-diacritics');
    expect(r.narrative.han_che).toBe(NO_MARKS.han_che_marked);
    expect(r.narrative.de_xuat).toBe('Không có.');
    expect(noDiacritics(r)).toEqual([]);
  });

  it('does not flag a TCVN3 file once its text is converted', async () => {
    const r = await parse('narrative-tcvn3');
    expect(r.encoding).toBe('tcvn3');
    expect(r.narrative.ket_qua_noi_bat).toBe(T.ket_qua_noi_bat);
    expect(r.narrative.han_che).toBe(NO_MARKS.han_che_marked);
    expect(noDiacritics(r)).toEqual([]);
  });
});
