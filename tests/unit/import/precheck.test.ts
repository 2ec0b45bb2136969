import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oleStreamNames } from '../../../electron/import/ole';
import { precheckWorkbook } from '../../../electron/import/precheck';
import { rangeArea } from '../../../electron/import/xml-scan';
import { readZipDirectory } from '../../../electron/import/zip';
import { parseWorkbook } from '../../../electron/import/parse';
import { seedCatalogue } from '../../helpers/catalogue';
import { CORPORA, SAMPLES } from './fixtures';
import { makeZip, minimalWorkbook } from './helpers/make-zip';

const read = (...p: string[]) => new Uint8Array(fs.readFileSync(path.join(...p)));
const hostile = (name: string) => read(CORPORA, 'hostile', name);
const codeOf = (bytes: Uint8Array, depth: 'quick' | 'full' = 'full') => {
  const r = precheckWorkbook(bytes, {}, depth);
  return r.ok ? 'ok' : r.rejection.code;
};

describe('precheck: what the file is', () => {
  it('tells an old .xls from a password-protected .xlsx by the OLE directory', () => {
    expect(oleStreamNames(hostile('xls-renamed.xlsx'))).toContain('Workbook');
    expect(oleStreamNames(hostile('encrypted-protect.xlsx'))).toEqual(expect.arrayContaining(['EncryptionInfo', 'EncryptedPackage']));
    // An .xls (even named .xlsx) goes on to the worker, which reads it with SheetJS.
    expect(precheckWorkbook(hostile('xls-renamed.xlsx'))).toMatchObject({ ok: true, format: 'xls' });
    expect(codeOf(hostile('encrypted-protect.xlsx'))).toBe('encrypted');
    expect(codeOf(read(CORPORA, 'calamine', 'pass_protected.xlsx'))).toBe('encrypted');
  });

  it('passes ODS on by its mimetype, and refuses a renamed Word document, HTML and empty files with the right advice', () => {
    expect(precheckWorkbook(read(CORPORA, 'calamine', 'date.ods'))).toMatchObject({ ok: true, format: 'ods' });
    const docx = precheckWorkbook(read(SAMPLES, 'BC quy II nam 2021 - BCHQS Quang Ngai.xlsx'));
    expect(docx).toMatchObject({ ok: false, rejection: { code: 'not_xlsx', message: expect.stringContaining('Word') } });
    expect(codeOf(new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>'))).toBe('not_xlsx');
    expect(codeOf(new Uint8Array(0))).toBe('not_xlsx');
  });

  it('calls a zip without end-of-central-directory corrupt (cut in transit)', () => {
    expect(codeOf(read(SAMPLES, 'BC quy 3-2021 BDV Son Tinh.xlsx'))).toBe('corrupt');
    expect(codeOf(hostile('truncated-half.xlsx'))).toBe('corrupt');
    const whole = read(SAMPLES, 'BC quy 2-2021 BDV Minh Long.xlsx');
    expect(codeOf(whole)).toBe('ok');
    expect(codeOf(whole.subarray(0, whole.length - 30))).toBe('corrupt');
  });

  it('caps the file size before reading anything', () => {
    expect(precheckWorkbook(read(SAMPLES, 'BC quy 2-2021 BDV Minh Long.xlsx'), { maxFileBytes: 1000 })).toMatchObject({ ok: false, rejection: { code: 'too_large' } });
  });
});

describe('precheck: hostile packages', () => {
  it('refuses a zip bomb by its declared size, before inflating it', () => {
    expect(codeOf(hostile('zipbomb-1GiB-sheet.xlsx'), 'quick')).toBe('too_large');
  });

  it('refuses a part that inflates beyond the size it declares', () => {
    const liar = minimalWorkbook('<sheetData/>', [{ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst>${'<si><t>a</t></si>'.repeat(5000)}</sst>`, declaredSize: 100 }]);
    expect(precheckWorkbook(liar)).toMatchObject({ ok: false, rejection: { code: 'corrupt', detail: expect.stringContaining('sharedStrings') } });
  });

  it('refuses DOCTYPE/ENTITY declarations in any part, before exceljs sees them', () => {
    for (const f of ['poc-xmlbomb.xlsx', 'poc-xmlbomb-empty.xlsx', 'doctype-entities.xlsx', 'doctype-entities-referenced.xlsx', '54764.xlsx']) {
      expect(codeOf(hostile(f)), f).toBe('corrupt');
    }
    const hidden = minimalWorkbook('<sheetData/>', [{ name: 'xl/styles.xml', data: '<?xml version="1.0"?><!-- note --><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><styleSheet/>' }]);
    expect(precheckWorkbook(hidden)).toMatchObject({ ok: false, rejection: { code: 'corrupt', detail: expect.stringContaining('xl/styles.xml') } });
    expect(codeOf(minimalWorkbook('<sheetData/>', [{ name: 'xl/styles.xml', data: `<?xml version="1.0"?><!--${' '.repeat(70_000)}--><styleSheet/>` }]))).toBe('corrupt');
  });

  it('refuses a DOCTYPE behind a UTF-8 byte-order mark too, and passes a part that only starts with the mark', () => {
    const BOM = '\ufeff';
    for (const prolog of [`${BOM}<!DOCTYPE s [<!ENTITY x "y">]>`, `${BOM}<?xml version="1.0"?><!DOCTYPE s>`, `${BOM}\n<!-- note --><!DOCTYPE s>`]) {
      const styles = minimalWorkbook('<sheetData/>', [{ name: 'xl/styles.xml', data: `${prolog}<styleSheet/>` }]);
      expect(precheckWorkbook(styles), prolog).toMatchObject({ ok: false, rejection: { code: 'corrupt', detail: expect.stringContaining('xl/styles.xml: doctype') } });
    }
    expect(codeOf(minimalWorkbook('<sheetData/>', [{ name: 'xl/styles.xml', data: `${BOM}<?xml version="1.0"?><styleSheet/>` }]))).toBe('ok');
  });

  it('refuses more merged ranges than a report ever has, counted over all sheets, before the reader compares them pairwise', () => {
    const merges = (from: number, n: number) => `<mergeCells count="${n}">${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${from + i}:B${from + i}"/>`).join('')}</mergeCells>`;
    // 2-cell ranges: far inside the merged-cell budget, so only their number can refuse them.
    const sheet = (from: number, n: number) => `<sheetData/>${merges(from, n)}`;
    expect(codeOf(minimalWorkbook(sheet(1, 10_000)))).toBe('ok');
    const one = precheckWorkbook(minimalWorkbook(sheet(1, 10_001)));
    expect(one).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: '10.001 vùng gộp ô, giới hạn 10.000' } });
    expect(!one.ok && one.rejection.message).toContain('quá nhiều vùng gộp ô');
    const second = { name: 'xl/worksheets/sheet2.xml', data: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheet(1, 6_000)}</worksheet>` };
    expect(precheckWorkbook(minimalWorkbook(sheet(1, 5_000), [second]))).toMatchObject({ ok: false, rejection: { detail: '11.000 vùng gộp ô, giới hạn 10.000' } });
  });

  it('keeps the quick check in the caller to the zip directory: nothing inflated', () => {
    const quick = precheckWorkbook(hostile('poc-xmlbomb.xlsx'), {}, 'quick');
    expect(quick).toMatchObject({ ok: true, stats: { inflatedBytes: 0 } });
    expect(codeOf(hostile('merge-A1-XFD1048576.xlsx'), 'quick')).toBe('ok');
  });

  it('refuses duplicate part names, also differing only in case', () => {
    expect(codeOf(hostile('duplicate-filename.xlsx'))).toBe('corrupt');
    expect(codeOf(hostile('duplicate-filename-case-insensitive.xlsx'))).toBe('corrupt');
  });

  it('refuses whole-sheet merged ranges and absurd cell counts as too complex', () => {
    expect(codeOf(hostile('merge-A1-XFD1048576.xlsx'))).toBe('too_complex');
    expect(rangeArea('A1:XFD1048576')).toBe(16384 * 1048576);
    expect(rangeArea('B6:G6')).toBe(6);
    const many = minimalWorkbook(`<sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(2000)}</row></sheetData>`);
    expect(precheckWorkbook(many, { maxCells: 1000 })).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
    expect(codeOf(many)).toBe('ok');
  });

  it('does not refuse a whole-sheet data validation: the loader skips validations', async () => {
    const bytes = read(CORPORA, 'exceljs', 'test-issue-1842.xlsx');
    expect(codeOf(bytes)).toBe('ok');
    expect(await parseWorkbook(bytes, 'x.xlsx', seedCatalogue())).toMatchObject({ ok: false, rejection: { code: 'not_a_report' } });
  });

  it('reads the central directory of real files and refuses garbage after the signature', () => {
    const dir = readZipDirectory(read(SAMPLES, 'BaTo_BCHQS_Q4_2021.xlsx'));
    expect(dir.ok && dir.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(codeOf(hostile('clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6504225896792064.xlsx'))).toBe('corrupt');
    expect(codeOf(makeZip([{ name: 'a.txt', data: 'hello' }]))).toBe('not_xlsx');
  });
});
