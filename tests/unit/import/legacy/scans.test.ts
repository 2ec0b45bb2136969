import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBiff } from '../../../../electron/import/legacy/biff-scan';
import { odsEmptyMerges } from '../../../../electron/import/legacy/ods-merges';
import { odsHiddenSheets, scanOdsContent } from '../../../../electron/import/legacy/ods-scan';
import { inflateEntry, readZipDirectory } from '../../../../electron/import/zip';
import { CORPORA } from '../fixtures';

const xml = (s: string) => new TextEncoder().encode(s);
const row = (cells: string, attrs = '') => `<table:table-row${attrs}>${cells}</table:table-row>`;
const filled = (attrs = '') => `<table:table-cell office:value-type="float" office:value="1"${attrs}><text:p>1</text:p></table:table-cell>`;

describe('ods-scan: cells SheetJS would build', () => {
  it('counts filled cells with their repetitions, and not the empty padding LibreOffice writes', () => {
    const padding = row('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="1048570"');
    expect(scanOdsContent(xml(row(filled()) + padding)).cells).toBe(1);
    expect(scanOdsContent(xml(row(filled(' table:number-columns-repeated="1000"'), ' table:number-rows-repeated="1000"'))).cells).toBe(1_000_000);
    // SheetJS reads the row count with `+value`: "1e6" is a million rows, not one.
    expect(scanOdsContent(xml(row(filled(), ' table:number-rows-repeated="1e6"'))).cells).toBe(1_000_000);
    expect(scanOdsContent(xml(row(filled(), ' table:number-rows-repeated="Infinity"'))).cells).toBe(Infinity);
  });

  it('reads a tag whole even when a formula in it contains ">"', () => {
    const cell = '<table:table-cell table:formula="of:=IF([.A1]>0;1;0)" office:value-type="float" office:value="1" table:number-columns-repeated="50"><text:p>1</text:p></table:table-cell>';
    expect(scanOdsContent(xml(row(cell))).cells).toBe(50);
  });
});

describe('ods-scan: what SheetJS does not read', () => {
  it('finds the sheets hidden by their table style', () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(CORPORA, 'sheetjs', 'sheet_visibility.ods')));
    const dir = readZipDirectory(bytes);
    const entry = dir.ok ? dir.entries.find((e) => e.name === 'content.xml') : undefined;
    const content = entry && inflateEntry(bytes, entry);
    expect(content?.ok && odsHiddenSheets(content.data)).toEqual(['Hidden', 'VeryHidden']);
  });

  it('finds merges of empty cells at the positions SheetJS gives the cells around them', () => {
    const content = `<table:table table:name="Báo cáo">${row('<table:table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2"/><table:covered-table-cell table:number-columns-repeated="2"/>', ' table:number-rows-repeated="4"')}${row(filled())}</table:table>`;
    expect(odsEmptyMerges(xml(content))).toEqual(new Map([['Báo cáo', [{ s: { r: 0, c: 2 }, e: { r: 1, c: 4 } }]]]));
  });
});

function biff(records: [type: number, body: number[]][]): Uint8Array {
  const out: number[] = [];
  for (const [type, body] of records) out.push(type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body);
  return new Uint8Array(out);
}
const BOF8: [number, number[]] = [0x0809, [0x00, 0x06, 0x05, 0x00]];
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];

describe('biff-scan: a Workbook stream walked before SheetJS reads it', () => {
  const limits = { maxCells: 100, maxMergedCells: 100 };
  it('counts the cells of MULRK records and stops at the cap', () => {
    const mulrk = (n: number): [number, number[]] => [0x00bd, [...u16(0), ...u16(0), ...Array.from({ length: n * 6 }, () => 0), ...u16(n - 1)]];
    expect(scanBiff(biff([BOF8, mulrk(60)]), limits)).toMatchObject({ ok: true, cells: 60 });
    expect(scanBiff(biff([BOF8, mulrk(60), mulrk(60)]), limits)).toMatchObject({ ok: false, problem: 'too_many_cells' });
  });

  it('refuses a password, a pre-97 file and a merge over the whole sheet', () => {
    expect(scanBiff(biff([BOF8, [0x002f, [1, 0]]]), limits)).toMatchObject({ ok: false, problem: 'encrypted' });
    expect(scanBiff(biff([[0x0809, [0x00, 0x05, 0x05, 0x00]]]), limits)).toMatchObject({ ok: false, problem: 'not_biff8' });
    expect(scanBiff(biff([BOF8, [0x00e5, [...u16(1), ...u16(0), ...u16(65535), ...u16(0), ...u16(255)]]]), limits)).toMatchObject({ ok: false, problem: 'huge_merge' });
  });
});
