import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { fillForm } from '../../helpers/fill-form';
import { tempDir } from '../../helpers/temp';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const files = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => path.join(SAMPLES, f));
const expected = (file: string) => JSON.parse(fs.readFileSync(`${file}.expected.json`, 'utf8'));
const collapse = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

describe('import from the CLI', () => {
  it('extracts every sample as its .expected.json says, with the same field names, and rejects the broken ones', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const dry = await cli(['import', ...files, '--db', db, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(dry.json.files).toHaveLength(files.length);
    for (const r of dry.json.files) {
      const want = expected(r.file);
      if (want.reject) {
        expect(r.status, r.file).toBe('rejected');
        expect(r.reason.code, r.file).toBe(want.reject);
        continue;
      }
      expect(r.status, `${r.file}: ${r.reason?.message}`).toBe('accepted');
      expect([r.district_code, r.unit_type, r.period], r.file).toEqual([want.district_code, want.unit_type, want.period]);
      expect(Object.keys(r.values).sort(), r.file).toEqual(Object.keys(want.values).sort());
      for (const [code, v] of Object.entries(want.values as Record<string, { period: number | null; ytd: number | null }>)) {
        for (const k of ['period', 'ytd'] as const) {
          if (v[k] === null) expect(r.values[code][k], `${r.file} ${code}.${k}`).toBeNull();
          else expect(r.values[code][k], `${r.file} ${code}.${k}`).toBeCloseTo(v[k]!, 6);
        }
      }
      for (const k of ['ket_qua_noi_bat', 'han_che', 'de_xuat', 'phuong_huong']) expect(collapse(r.narrative[k]), `${r.file} ${k}`).toBe(collapse(want.narrative[k]));
      for (const f of r.findings) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'sheet']);
    }
    // The identity read only from the file name is accepted, and says so.
    const sonHa = dry.json.files.find((r: { file: string }) => r.file.endsWith('BaoCao_Q2_BCHQS_SonHa.xlsx'));
    expect(sonHa.identity_source).toEqual({ district: 'filename', unit_type: 'filename', period: 'filename' });
    expect(sonHa.confidence).toBe('medium');
    // --dry-run wrote nothing.
    const after = await cli(['reconcile', '--db', db, '--period', '2021-Q2', '--json']);
    expect(after.json.completeness.every((c: { status: string }) => c.status === 'missing')).toBe(true);
  });

  it('saves for real, then calls the same files duplicates; two undated files of a unit in one dry run are asked about until --current names one', async () => {
    const db = path.join(tempDir(), 'cli2.db');
    const minhLong = files.find((f) => f.endsWith('Minh Long.xlsx'))!;
    const first = await cli(['import', minhLong, '--db', db, '--received', '2021-06-19', '--json']);
    expect(first.json.files[0]).toMatchObject({ status: 'accepted', version: 1, district_code: '531', unit_type: 'BDV', period: '2021-Q2' });
    const again = await cli(['import', minhLong, '--db', db, '--json']);
    expect(again.json.files[0]).toMatchObject({ status: 'duplicate', reason: { code: 'duplicate' } });
    const rec = await cli(['reconcile', '--db', db, '--period', '2021-Q2', '--json']);
    expect(rec.json.completeness.find((c: { district_code: string; unit_type: string }) => c.district_code === '531' && c.unit_type === 'BDV')).toMatchObject({ status: 'on_time', received_date: '2021-06-19' });

    const copy = path.join(tempDir(), 'Minh Long sua.xlsx');
    const bytes = fs.readFileSync(minhLong);
    fs.writeFileSync(copy, Buffer.concat([bytes])); // same bytes, other name: still a duplicate
    expect((await cli(['import', copy, '--db', db, '--json'])).json.files[0].status).toBe('duplicate');

    // Two different files of one unit in one dry run: what a real run would do, nothing written.
    const blank = path.join(tempDir(), 'mau.xlsx');
    expect((await cli(['template', '--unit', '524-BDV', '--period', '2021-Q3', '--out', blank, '--db', db, '--json'])).code).toBe(0);
    const a = path.join(tempDir(), 'a.xlsx');
    const b = path.join(tempDir(), 'b.xlsx');
    fs.writeFileSync(a, await fillForm(fs.readFileSync(blank), { TT01: { period: 1, ytd: 1 } }, {}));
    fs.writeFileSync(b, await fillForm(fs.readFileSync(blank), { TT01: { period: 2, ytd: 2 } }, {}));
    // Neither says its date and both arrive today: nothing tells which counts, so both are asked about.
    const dry = await cli(['import', a, b, '--db', db, '--dry-run', '--json']);
    expect(dry.json.files.map((f: { status: string; reason: { code: string } }) => [f.status, f.reason.code])).toEqual([
      ['needs_confirmation', 'version_unclear'],
      ['needs_confirmation', 'version_unclear'],
    ]);
    const chosen = await cli(['import', b, a, '--db', db, '--dry-run', '--current', b, '--json']);
    expect(chosen.json.files.map((f: { status: string }) => f.status)).toEqual(['accepted', 'superseded']);
    const q3 = await cli(['reconcile', '--db', db, '--period', '2021-Q3', '--json']);
    expect(q3.json.completeness.every((c: { status: string }) => c.status === 'missing')).toBe(true);
  });

  it('asks for confirmation when the file does not say whose it is, and takes --unit and --period', async () => {
    const db = path.join(tempDir(), 'cli3.db');
    const sonHa = files.find((f) => f.endsWith('BaoCao_Q2_BCHQS_SonHa.xlsx'))!;
    const anonymous = path.join(tempDir(), 'bao cao.xlsx');
    fs.copyFileSync(sonHa, anonymous);
    const asked = await cli(['import', anonymous, '--db', db, '--json']);
    expect(asked.json.files[0]).toMatchObject({ status: 'needs_confirmation', reason: { code: expect.stringMatching(/^identity_/) } });
    const settled = await cli(['import', anonymous, '--db', db, '--unit', '529-QS', '--period', '2021-Q2', '--json']);
    expect(settled.json.files[0]).toMatchObject({ status: 'accepted', district_code: '529', unit_type: 'QS', period: '2021-Q2' });
  });
});
