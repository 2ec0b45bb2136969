import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { fillForm } from '../../helpers/fill-form';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const sample = (name: string) => path.join(SAMPLES, name);
const DUC_PHO = sample('BC quy 3-2021 BDV Duc Pho.xlsx');
const SON_TAY = sample('BC quy 3-2021 BDV Son Tay.xlsx');
const BINH_SON_QS = sample('Báo cáo quý III năm 2021 - Ban CHQS H. Bình Sơn.xlsx');
const MINH_LONG_Q2 = sample('BC quy 2-2021 BDV Minh Long.xlsx');

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let db: string;
let dir: string;
const made: Record<string, string> = {};

/** One filled form of ours for `unit`, 2021-Q3; `n` makes the bytes differ. */
async function form(unit: string, n: number): Promise<string> {
  const blank = path.join(dir, `mau-${unit}.xlsx`);
  if (!fs.existsSync(blank)) expect((await cli(['template', '--unit', unit, '--period', '2021-Q3', '--out', blank, '--db', db])).code).toBe(0);
  const file = path.join(dir, `${unit} lan ${n}.xlsx`);
  fs.writeFileSync(file, await fillForm(fs.readFileSync(blank), { TT01: { period: n, ytd: n + 10 } }, {}));
  made[`${unit}/${n}`] = file;
  return file;
}

async function importAll(files: string[], received: string) {
  const r = await cli(['import', ...files, '--db', db, '--received', received, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out).files as { status: string }[];
}

beforeAll(async () => {
  // One database for the whole file (imports are slow); tempDir() folders vanish after each test.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-reports-'));
  db = path.join(dir, 'r.db');
  await importAll([await form('524-BDV', 1), await form('531-QS', 1)], '2021-09-15');
  await importAll([DUC_PHO, SON_TAY, BINH_SON_QS, await form('536-BDV', 1), MINH_LONG_Q2], '2021-09-18');
  const last = await importAll([await form('524-BDV', 2), DUC_PHO], '2021-09-21');
  expect(last.map((f) => f.status)).toEqual(['new_version', 'duplicate']);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('reports --period: what is stored for a period (issue 9.12)', () => {
  it('--json lists every version of the period, in Vietnamese order of the unit, then version', async () => {
    const r = await cli(['reports', '--period', '2021-Q3', '--db', db, '--json']);
    expect(r.code, r.err).toBe(0);
    const { period, reports } = JSON.parse(r.out);
    expect(period).toBe('2021-Q3');
    // Đức Phổ sorts right after Bình Sơn in Vietnamese (not last, as code points would put it; not by code either).
    expect(reports.map((x: { unit: string; version: number; state: string }) => `${x.unit} v${x.version} ${x.state}`)).toEqual([
      '524-QS v1 current',
      '524-BDV v1 superseded',
      '524-BDV v2 current',
      '534-BDV v1 current',
      '534-BDV v1 duplicate',
      '536-BDV v1 current',
      '531-QS v1 current',
      '530-BDV v1 current',
    ]);
    expect(reports[3]).toEqual({
      unit: '534-BDV',
      district_code: '534',
      district_name: 'Đức Phổ',
      unit_type: 'BDV',
      unit_name: 'Đức Phổ – Ban Dân vận',
      file_name: path.basename(DUC_PHO),
      sha256: sha(DUC_PHO),
      version: 1,
      state: 'current',
      report_date: '2021-09-13',
      received_date: '2021-09-18',
    });
    expect(reports[0]).toMatchObject({ unit_name: 'Bình Sơn – Ban CHQS', report_date: null, sha256: sha(BINH_SON_QS), file_name: path.basename(BINH_SON_QS) });
    expect(reports[1]).toMatchObject({ sha256: sha(made['524-BDV/1']!), received_date: '2021-09-15', file_name: '524-BDV lan 1.xlsx' });
    expect(reports[2]).toMatchObject({ sha256: sha(made['524-BDV/2']!), received_date: '2021-09-21' });
    // The Q2 report is not a Q3 one; the copy of Đức Phổ's file is listed as received again, under the version it repeats.
    expect(reports.some((x: { unit: string }) => x.unit === '531-BDV')).toBe(false);
  });

  it('the text lists the same in Vietnamese, dates as dd/mm/yyyy and the full sha256', async () => {
    const r = await cli(['reports', '--period', '2021-Q3', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Báo cáo đã lưu của Quý III năm 2021: 8 tệp của 6 đơn vị báo cáo');
    expect(r.out).toContain('534-BDV  Đức Phổ – Ban Dân vận');
    expect(r.out).toContain(`phiên bản 1 (đang dùng) — tệp "${path.basename(DUC_PHO)}"`);
    expect(r.out).toContain('ngày báo cáo 13/09/2021, ngày nhận 18/09/2021');
    expect(r.out).toContain('phiên bản 1 (bản cũ) — tệp "524-BDV lan 1.xlsx"');
    expect(r.out).toContain('ngày báo cáo không ghi, ngày nhận 15/09/2021');
    expect(r.out).toContain(`sha256 ${sha(SON_TAY)}`);
    expect(r.out.indexOf('Đức Phổ')).toBeLessThan(r.out.indexOf('Lý Sơn'));
    expect(r.out.indexOf('Lý Sơn')).toBeLessThan(r.out.indexOf('Minh Long'));
    expect(r.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a period with nothing stored says so', async () => {
    const r = await cli(['reports', '--period', '2021-Q4', '--db', db, '--json']);
    expect(JSON.parse(r.out)).toEqual({ period: '2021-Q4', reports: [] });
    expect((await cli(['reports', '--period', '2021-Q4', '--db', db])).out).toBe('Báo cáo đã lưu của Quý IV năm 2021: 0 tệp của 0 đơn vị báo cáo.');
  });

  it.each([
    [[], 'Cần --period'],
    [['--period', '2021-Q5'], 'không đúng dạng'],
    [['--period', '2021-q3'], 'không đúng dạng'],
    [['--period', '2030-Q1'], 'chưa có kỳ Quý I năm 2030'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await cli(['reports', ...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
