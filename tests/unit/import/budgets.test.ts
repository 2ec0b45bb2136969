import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse/index';
import { precheckWorkbook } from '../../../electron/import/precheck';
import { scanSharedStrings, scanSheet, scanStyles } from '../../../electron/import/xml-scan';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES } from './fixtures';
import { minimalWorkbook } from './helpers/make-zip';

const CASES = path.join(FIXTURES, 'cases');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(CASES, name)));
const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('counting the work of a part, however it is written', () => {
  it('counts cells whatever whitespace or prefix follows the tag, and <c/>', () => {
    const xml = '<sheetData><row r="1"><c r="A1"/><c\tr="B1"/><c\nr="C1"/><c\r\nr="D1"/><c>x</c><c/><x:c r="E1"/><col/><cfRule/></row></sheetData>';
    expect(scanSheet(bytes(xml)).cells).toBe(7);
  });

  it('counts every <row>, empty and self-closed ones included', () => {
    const xml = `<sheetData>${'<row/>'.repeat(5)}<row\tr="9"/><row\nr="10"></row><x:row r="11"/><rowBreaks/></sheetData>`;
    expect(scanSheet(bytes(xml)).rows).toBe(8);
  });

  it('measures formulas and inline strings in characters: entities and Vietnamese letters count one each', () => {
    const scan = scanSheet(bytes('<c r="A1"><f>SUM(A2:A9)&amp;"ệ"</f></c><c r="B1" t="inlineStr"><is><t>Tuyên truyền</t></is></c>'));
    expect(scan.longestFormula).toBe('SUM(A2:A9)&"ệ"'.length);
    expect(scan.longestInlineString).toBe('Tuyên truyền'.length);
  });

  it('takes a shared string as all its rich-text runs, CDATA included, and says which string is longest', () => {
    const xml = '<sst><si><t>ab</t></si><si><r><t>Nội </t></r><r><t xml:space="preserve">dung</t></r><r><t><![CDATA[<ok>]]></t></r></si><si><t/></si></sst>';
    expect(scanSharedStrings(bytes(xml))).toEqual({ strings: 3, chars: 2 + 8 + 4, longest: 12, longestIndex: 1 });
  });

  it('counts style records of every list', () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164"/></numFmts><fonts><font/><font/></fonts><fills><fill/></fills><borders><border/></borders><cellXfs><xf/><xf\tnumFmtId="1"/></cellXfs></styleSheet>';
    expect(scanStyles(bytes(xml)).records).toBe(7);
  });
});

describe('budgets decide, before exceljs runs', () => {
  const sheetOf = (cells: string) => minimalWorkbook(`<sheetData><row r="1">${cells}</row></sheetData>`);

  it('refuses cells written with a tab or a newline before r= by the cell counter', () => {
    for (const gap of ['\t', '\n', '\r\n']) {
      const wb = sheetOf(Array.from({ length: 11 }, (_, i) => `<c${gap}r="A${i + 1}"><v>1</v></c>`).join(''));
      const pre = precheckWorkbook(wb, { maxCells: 10 });
      expect(pre, JSON.stringify(gap)).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
      expect(precheckWorkbook(wb, { maxCells: 11 }).ok, JSON.stringify(gap)).toBe(true);
    }
  });

  it('refuses empty rows past the row budget, and names the count in Vietnamese numbers', () => {
    const wb = minimalWorkbook(`<sheetData>${'<row/>'.repeat(101)}</sheetData>`);
    const pre = precheckWorkbook(wb, { maxRows: 100 });
    expect(pre).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringContaining('101 dòng') } });
    expect(!pre.ok && pre.rejection.message).toContain('dòng');
    expect(precheckWorkbook(wb, { maxRows: 101 }).ok).toBe(true);
  });

  it('refuses a shared string longer than Excel allows in a cell, and too many or too long strings altogether', () => {
    const sst = (strings: string[]) => ({ name: 'xl/sharedStrings.xml', data: `<sst>${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>` });
    const long = minimalWorkbook(undefined, [sst(['a', 'ệ'.repeat(32_768)])]);
    expect(precheckWorkbook(long)).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringContaining('chuỗi số 1: 32.768 ký tự') } });
    expect(precheckWorkbook(minimalWorkbook(undefined, [sst(['ệ'.repeat(32_767)])])).ok).toBe(true);
    expect(precheckWorkbook(minimalWorkbook(undefined, [sst(['a', 'b', 'c'])]), { maxSharedStrings: 2 })).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
    expect(precheckWorkbook(minimalWorkbook(undefined, [sst(['abc', 'def'])]), { maxTextChars: 5 })).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
  });

  it('refuses a formula longer than Excel allows, and too many styles', () => {
    expect(precheckWorkbook(sheetOf(`<c r="A1"><f>${'1+'.repeat(4096)}1</f><v>1</v></c>`))).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
    expect(precheckWorkbook(sheetOf(`<c r="A1"><f>${'1+'.repeat(4095)}1</f><v>1</v></c>`)).ok).toBe(true);
    const styles = { name: 'xl/styles.xml', data: `<styleSheet><cellXfs>${'<xf/>'.repeat(11)}</cellXfs></styleSheet>` };
    expect(precheckWorkbook(minimalWorkbook(undefined, [styles]), { maxStyles: 10 })).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
  });

  it('budgets the text the extractor reads: a short string shown by many cells counts once per cell', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`).join('');
    const wb = minimalWorkbook(`<sheetData>${rows}</sheetData>`, [{ name: 'xl/sharedStrings.xml', data: `<sst><si><t>${'x'.repeat(100)}</t></si></sst>` }]);
    expect(precheckWorkbook(wb, { maxTextChars: 1000 }).ok).toBe(true);
    const out = await parseWorkbook(wb, 'x.xlsx', seedCatalogue(), { limits: { maxTextChars: 1000 } });
    expect(out).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringContaining('5.000 ký tự') } });
  });
});

describe('the budget cases (tests/fixtures/cases/build-budgets.ts)', () => {
  const cat = seedCatalogue();
  it.each([
    ['million-empty-rows.xlsx', 'dòng'],
    ['cells-tab-before-r.xlsx', '120.210'],
    ['cells-newline-before-r.xlsx', '120.210'],
    ['cells-crlf-before-r.xlsx', '120.210'],
    ['shared-string-3-9mb.xlsx', '3.900.000 ký tự'],
    ['many-styles.xlsx', 'định dạng'],
    ['long-formula.xlsx', '100.001 ký tự'],
  ])('%s is refused by its budget in the precheck, with a Vietnamese reason', (name, detail) => {
    const pre = precheckWorkbook(read(name));
    expect(pre).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringContaining(detail) } });
    expect(!pre.ok && pre.rejection.message).toMatch(/[à-ỹ]/);
  });

  it.each(['empty-rows-within-budget.xlsx', 'cells-tab-within-budget.xlsx', 'shared-string-at-excel-limit.xlsx', 'styles-within-budget.xlsx', 'formula-at-excel-limit.xlsx'])(
    '%s, the same report within the budget, is still read with its figures',
    async (name) => {
      const out = await parseWorkbook(read(name), name, cat);
      expect(out.ok, JSON.stringify(!out.ok && out.rejection)).toBe(true);
      expect(out.ok && out.report.values.TT01).toEqual({ period: 1, ytd: 10 });
    },
  );
});
