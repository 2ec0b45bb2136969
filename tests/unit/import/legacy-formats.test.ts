import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { REJECTION_CODES, type ParsedReport, type ParseOutcome } from '../../../shared/domain/report';
import type { ParserHost } from '../../../electron/import/isolate';
import { readLegacy } from '../../../electron/import/legacy/read-legacy';
import { createNodeParser } from '../../../electron/import/node-parser';
import { parseWorkbook } from '../../../electron/import/parse';
import { readGrid, type SheetGrid } from '../../../electron/import/parse/grid';
import { loadXlsxGrids } from '../../../electron/import/parse/load';
import { DEFAULT_LIMITS, precheckWorkbook } from '../../../electron/import/precheck';
import { seedCatalogue } from '../../helpers/catalogue';
import { CONVERTED_SAMPLES } from '../../fixtures/cases/legacy-formats-cases';
import { FIXTURES, SAMPLES, type Expected } from './fixtures';

/**
 * .xls (Excel 97–2003) and .ods (LibreOffice) files, converted by LibreOffice from the samples and
 * from a filled form of ours (tests/fixtures/cases/build-legacy-formats.ts): read exactly like
 * the .xlsx they came from, with a note that the file was converted; hostile ones refused.
 */

const CASES = path.join(FIXTURES, 'cases');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(CASES, name)));
const collapse = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, ' ').trim());

async function parsed(bytes: Uint8Array, name: string): Promise<ParsedReport> {
  const out = await parseWorkbook(bytes, name, seedCatalogue());
  if (!out.ok) throw new Error(`${name}: ${out.rejection.code} ${out.rejection.detail ?? ''}`);
  return out.report;
}

/** Everything a report carries but the conversion note. */
const withoutConversion = (r: ParsedReport) => ({ ...r, findings: r.findings.filter((f) => !f.code.startsWith('converted_from_')) });

describe('legacy formats: the samples saved as .xls and .ods', () => {
  for (const [slug, sample] of Object.entries(CONVERTED_SAMPLES)) {
    for (const format of ['xls', 'ods'] as const) {
      it(`${sample} saved as .${format}: identity, every figure and the narrative as the expected extraction`, async () => {
        const expected = JSON.parse(fs.readFileSync(path.join(SAMPLES, `${sample}.expected.json`), 'utf8')) as Expected;
        // A district that saves as .xls keeps its file name; only the extension changes.
        const name = sample.replace(/\.xlsx$/, `.${format}`);
        const r = await parsed(read(`sample-${slug}-saved-as-${format}.${format}`), name);
        expect(r.identity).toMatchObject({ districtCode: expected.district_code, unitType: expected.unit_type, period: expected.period, candidates: [] });
        expect(Object.keys(r.values).sort()).toEqual(Object.keys(expected.values ?? {}).sort());
        for (const [code, want] of Object.entries(expected.values ?? {})) {
          for (const part of ['period', 'ytd'] as const) {
            const w = want[part];
            const g = r.values[code]?.[part];
            if (w === null) expect(g, `${code}.${part}`).toBeNull();
            else expect(Math.abs((g ?? Number.NaN) - w), `${code}.${part}: ${g} ≠ ${w}`).toBeLessThanOrEqual(1e-6);
          }
        }
        for (const [key, text] of Object.entries(expected.narrative ?? {})) expect(collapse(r.narrative[key as keyof typeof r.narrative]), key).toBe(collapse(text));
        for (const [code, cell] of Object.entries(expected.cells ?? {})) {
          expect(r.cells[code], code).toMatchObject({ periodCell: cell.period, ytdCell: cell.ytd, labelCell: cell.label_cell });
          expect(r.cells[code]?.scale, code).toBeCloseTo(cell.scale, 12);
        }
        // The same report as from the .xlsx itself, apart from the note that it was converted.
        const original = await parsed(new Uint8Array(fs.readFileSync(path.join(SAMPLES, sample))), name);
        expect(withoutConversion(r)).toEqual(original);
        const note = r.findings[0];
        expect(note).toMatchObject({ code: `converted_from_${format}`, severity: 'info', cell: 'A1', sheet: original.cells[Object.keys(original.cells)[0] ?? '']?.sheet });
        expect(note?.message).toContain(format === 'xls' ? 'Excel 97–2003 (.xls)' : '(.ods)');
        expect(note?.message).toContain('đã được chuyển sang .xlsx');
        expect(note?.message.normalize('NFC')).toBe(note?.message);
      });
    }
  }
});

function gridOf(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map((ws, i) => readGrid(ws, i));
}

/** A sheet as comparable plain data: every cell's value, formula result and merge span. */
const plain = (g: SheetGrid) => ({
  name: g.name,
  state: g.state,
  cells: [...g.rows.values()].flatMap((row) =>
    [...row.values()].map((c) => ({ address: c.address, value: c.value.t === 'd' ? { t: 'd', v: c.value.v.getTime() } : c.value, mergeMaster: c.mergeMaster, mergeCols: c.mergeCols, mergeRows: c.mergeRows })),
  ),
});

describe('legacy formats: our own form (hidden identity sheet) saved as .xls and .ods', () => {
  const xlsxName = 'form-with-hidden-identity.xlsx';
  const converted = [
    { file: 'form-with-hidden-identity-as-xls.xls', format: 'xls', identityState: 'hidden' },
    { file: 'form-with-very-hidden-identity-as-xls.xls', format: 'xls', identityState: 'veryHidden' },
    { file: 'form-with-hidden-identity-as-ods.ods', format: 'ods', identityState: 'hidden' },
  ] as const;

  it('counts merged ranges in .xls and .ods by the same budget as in .xlsx', () => {
    for (const { file, format } of converted) {
      const bytes = read(file);
      const pre = precheckWorkbook(bytes);
      if (!pre.ok) throw new Error(file);
      expect(readLegacy(format, bytes, pre.parts, DEFAULT_LIMITS).ok, file).toBe(true);
      expect(readLegacy(format, bytes, pre.parts, { ...DEFAULT_LIMITS, maxMerges: 1 }), file).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringMatching(/^\d+ vùng gộp ô, giới hạn 1$/) } });
    }
  });

  for (const { file, format, identityState } of converted) {
    it(`${file}: reads the identity from the hidden sheet and every figure, date and text as from the .xlsx`, async () => {
      const original = await parsed(read(xlsxName), 'bao-cao.xlsx');
      const r = await parsed(read(file), `bao-cao.${format}`);
      expect(r.identity).toMatchObject({ districtCode: '531', unitType: 'QS', period: '2021-Q3', confidence: 'high', sources: { district: 'hidden_sheet' } });
      expect(r.reportDate).toBe('2021-09-14');
      expect(r.preparedBy).toBe('Trần Thị Ánh Nguyệt');
      expect(r.narrative.ket_qua_noi_bat).toContain('45 thanh niên');
      expect(Object.values(r.values).some((v) => v.period === 12.5)).toBe(true);
      expect(withoutConversion(r)).toEqual(original);
      expect(r.findings[0]).toMatchObject({ code: `converted_from_${format}`, severity: 'info', sheet: 'Báo cáo', cell: 'A1' });
    });

    it(`${file}: the identity sheet stays ${identityState}; merged title cells, dates and text survive cell by cell`, async () => {
      const bytes = read(file);
      const pre = precheckWorkbook(bytes);
      expect(pre.ok && pre.format).toBe(format);
      if (!pre.ok) return;
      const legacy = readLegacy(format, bytes, pre.parts, DEFAULT_LIMITS);
      expect(legacy.ok).toBe(true);
      if (!legacy.ok) return;
      expect(legacy.wb.getWorksheet('_phdv')?.state).toBe(identityState);
      const xlsxPre = precheckWorkbook(read(xlsxName));
      if (!xlsxPre.ok) throw new Error('form precheck');
      const fromXlsx = await loadXlsxGrids(xlsxPre.parts, read(xlsxName));
      const fromLegacy = gridOf(legacy.wb);
      const report = (gs: SheetGrid[]) => plain(gs.find((g) => g.name === 'Báo cáo') as SheetGrid);
      expect(report(fromLegacy).cells).toEqual(report(fromXlsx).cells);
      const title = fromLegacy[0]?.rows.get(1)?.get(1);
      expect(title?.mergeCols).toBeGreaterThan(1);
      expect(plain(fromLegacy.find((g) => g.name === '_phdv') as SheetGrid).cells).toEqual(plain(fromXlsx.find((g) => g.name === '_phdv') as SheetGrid).cells);
    });
  }
});

describe('legacy formats: what the main process checks before the worker', () => {
  it('lets whole .xls and .ods files through the quick check, with their format', () => {
    expect(precheckWorkbook(read('sample-minh-long-saved-as-xls.xls'), {}, 'quick')).toMatchObject({ ok: true, format: 'xls' });
    expect(precheckWorkbook(read('sample-minh-long-saved-as-ods.ods'), {}, 'quick')).toMatchObject({ ok: true, format: 'ods', stats: { inflatedBytes: 0 } });
  });

  it('still refuses truncated and too large .xls files, and a zip-bomb .ods by its declared size, without reading them', () => {
    expect(precheckWorkbook(read('xls-truncated-half.xls'), {}, 'quick')).toMatchObject({ ok: false, rejection: { code: 'corrupt', message: expect.stringContaining('thiếu phần cuối') } });
    expect(precheckWorkbook(read('sample-minh-long-saved-as-xls.xls'), { maxFileBytes: 10_000 }, 'quick')).toMatchObject({ ok: false, rejection: { code: 'too_large' } });
    expect(precheckWorkbook(read('ods-content-zipbomb.ods'), {}, 'quick')).toMatchObject({ ok: false, rejection: { code: 'too_large' } });
  });
});

const HOSTILE: [file: string, code: string, detail: RegExp | null][] = [
  ['xls-truncated-half.xls', 'corrupt', null],
  ['xls-huge-declared-rows.xls', 'corrupt', /dòng/],
  ['xls-record-past-end.xls', 'corrupt', /vượt quá cuối/],
  ['xls-password-filepass.xls', 'encrypted', null],
  ['xls-biff5-version.xls', 'old_format', /0x0500/],
  ['ods-million-repeated-rows.ods', 'too_complex', /content\.xml/],
  ['ods-repeated-columns.ods', 'too_complex', /content\.xml/],
  ['ods-entity-in-content.ods', 'corrupt', /content\.xml: doctype/],
  ['ods-content-zipbomb.ods', 'too_large', /content\.xml/],
  ['ods-content-zipbomb-lying-size.ods', 'corrupt', /content\.xml/],
];

describe('legacy formats: hostile files get the guarantees of .xlsx', () => {
  for (const [file, code, detail] of HOSTILE) {
    it(`${file}: refused as ${code} with a reason a clerk can act on`, async () => {
      const out = await parseWorkbook(read(file), file, seedCatalogue());
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.rejection.code).toBe(code);
      expect(REJECTION_CODES).toContain(out.rejection.code);
      expect(out.rejection.message).toMatch(/[à-ỹ]/);
      expect(out.rejection.message).not.toContain('{');
      if (detail) expect(out.rejection.detail).toMatch(detail);
    });
  }

  it('reads an .xls whose allocation table loops within the size its Workbook stream declares', async () => {
    const r = await parsed(read('xls-fat-loop.xls'), 'bao-cao.xls');
    expect(withoutConversion(r)).toEqual(await parsed(read('form-with-hidden-identity.xlsx'), 'bao-cao.xls'));
  });

  it('refuses a password-protected .ods as encrypted, not as unreadable', async () => {
    const out = await parseWorkbook(new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'corpora', 'calamine', 'pass_protected.ods'))), 'x.ods', seedCatalogue());
    expect(out).toMatchObject({ ok: false, rejection: { code: 'encrypted', message: expect.stringContaining('LibreOffice') } });
  });
});

describe('legacy formats through the isolated parser', () => {
  const files = fs.readdirSync(CASES).filter((f) => /\.(xls|ods)$/.test(f));
  const results = new Map<string, ParseOutcome>();
  let host: ParserHost;

  beforeAll(async () => {
    host = createNodeParser({ timeoutMs: 20_000 });
    for (const f of files) results.set(f, await host.parse(read(f), f, seedCatalogue()));
  }, 300_000);

  afterAll(async () => {
    await host?.close();
  });

  it('answers every .xls and .ods case in the worker, none crashing or timing it out', () => {
    expect(results.size).toBe(files.length);
    for (const [file, code] of HOSTILE) {
      const out = results.get(file);
      expect(out?.ok ? 'report' : out?.rejection.code, file).toBe(code);
    }
    for (const [file, out] of results) if (/^(sample|form)-/.test(file)) expect(out.ok, file).toBe(true);
    expect(host.stats.crashed).toBe(0);
    expect(host.stats.timedOut).toBe(0);
    expect(host.stats.spawned).toBe(1);
  });
});
