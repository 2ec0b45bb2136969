import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FigurePair, ImportFinding } from '../../../shared/domain/report';
import { parseWorkbook } from '../../../electron/import/parse';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES } from './fixtures';

/**
 * Which column is the period and which the year-to-date (issue 9, point 2): never swapped without
 * a finding. Fixtures: tests/fixtures/cases/build-columns.ts.
 */

const CASES = path.join(FIXTURES, 'cases');
const COLUMN_CODES = ['columns_from_data', 'columns_uncertain', 'columns_contradicted', 'column_other_period', 'column_ignored', 'period_column_missing', 'period_column_guessed', 'ytd_column_missing', 'ytd_column_guessed'];

async function parse(file: string) {
  const out = await parseWorkbook(new Uint8Array(fs.readFileSync(path.join(CASES, file))), file, seedCatalogue());
  if (!out.ok) throw new Error(`${file}: ${out.rejection.code}`);
  return out.report;
}

const columnFindings = (findings: ImportFinding[]) =>
  findings.filter((f) => COLUMN_CODES.includes(f.code)).map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell }));

/** The figures the generator writes (ytd ≥ period; TT03 equal, TT05 empty, TT07 ytd only, TT08 ytd as text "1.250"). */
const DISTINCT: Record<string, FigurePair> = {
  TT01: { period: 1, ytd: 3 },
  TT02: { period: 2, ytd: 7 },
  TT03: { period: 3, ytd: 3 },
  TT05: { period: null, ytd: null },
  TT07: { period: null, ytd: 23 },
  TT08: { period: 250, ytd: 1250 },
  GN02: { period: 12.5, ytd: 40.5 },
};

interface Want {
  file: string;
  period: string;
  ytd: string | null;
  findings?: { code: string; severity: ImportFinding['severity']; cell: string | null }[];
  values?: Record<string, FigurePair>;
}

const YTD_LEFT = { period: 'E', ytd: 'D' };
const PERIOD_LEFT = { period: 'D', ytd: 'E' };

/** Headings that settle it: no column finding at all, the figures where the headings say. */
const BY_HEADING: Want[] = [
  { file: 'heading-ca-nam-before-quy.xlsx', ...YTD_LEFT },
  { file: 'heading-quy-iv-before-ca-nam.xlsx', ...PERIOD_LEFT },
  { file: 'heading-luy-ke-before-trong-quy.xlsx', ...YTD_LEFT },
  { file: 'heading-trong-quy-before-luy-ke.xlsx', ...PERIOD_LEFT },
  { file: 'heading-two-rows-thuc-hien-over-ca-nam-quy.xlsx', ...YTD_LEFT },
  { file: 'heading-two-rows-thuc-hien-over-quy-ca-nam.xlsx', ...PERIOD_LEFT },
  { file: 'heading-two-rows-ket-qua-over-luy-ke-trong-quy.xlsx', ...YTD_LEFT },
  { file: 'heading-two-rows-unmerged-thuc-hien-over-ca-nam-quy.xlsx', ...YTD_LEFT },
  { file: 'heading-two-rows-luy-ke-trong-ky-over-so-lieu.xlsx', ...YTD_LEFT },
  { file: 'heading-nam-2021-before-ky-nay.xlsx', ...YTD_LEFT },
  { file: 'heading-ky-nay-before-nam-2021.xlsx', ...PERIOD_LEFT },
  { file: 'heading-tu-dau-nam-before-thuc-hien-trong-ky.xlsx', ...YTD_LEFT },
  { file: 'heading-cong-don-before-ky-nay.xlsx', ...YTD_LEFT },
  { file: 'heading-luy-ke-ca-nam-before-quy-iv.xlsx', ...YTD_LEFT },
  { file: 'heading-6-thang-before-quy-ii.xlsx', ...YTD_LEFT },
  { file: 'heading-thuc-hien-trong-ky-before-tu-dau-nam.xlsx', ...PERIOD_LEFT },
  { file: 'heading-ky-nay-before-cong-don.xlsx', ...PERIOD_LEFT },
  { file: 'heading-no-diacritics-ca-nam-quy-iv.xlsx', ...YTD_LEFT },
  { file: 'heading-no-diacritics-trong-quy-luy-ke.xlsx', ...PERIOD_LEFT },
  { file: 'heading-no-diacritics-two-rows-thuc-hien-over-tu-dau-nam-ky-nay.xlsx', ...YTD_LEFT },
];

/** The report's own period gives the heading its meaning. */
const BY_PERIOD: Want[] = [
  { file: 'heading-other-quarter-quy-iii-in-q4.xlsx', period: 'E', ytd: 'F', findings: [{ code: 'column_other_period', severity: 'warning', cell: 'D4' }] },
  {
    file: 'heading-year-report-quy-iv-ca-nam.xlsx',
    period: 'E',
    ytd: null,
    findings: [
      { code: 'column_other_period', severity: 'warning', cell: 'D4' },
      { code: 'ytd_column_missing', severity: 'warning', cell: null },
    ],
    values: { TT01: { period: 1, ytd: null }, TT08: { period: 250, ytd: null }, GN02: { period: 12.5, ytd: null } },
  },
  {
    file: 'heading-h1-report-quy-ii-6-thang.xlsx',
    period: 'E',
    ytd: null,
    findings: [
      { code: 'column_other_period', severity: 'warning', cell: 'D4' },
      { code: 'ytd_column_missing', severity: 'warning', cell: null },
    ],
    values: { TT01: { period: 1, ytd: null }, TT02: { period: 2, ytd: null } },
  },
];

/** Headings that do not settle it: the figures decide, and a finding names the heading cells. */
const BY_DATA: Want[] = [
  { file: 'heading-generic-so-lieu-ytd-left.xlsx', ...YTD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'D4' }] },
  { file: 'heading-generic-so-lieu-period-left.xlsx', ...PERIOD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'E4' }] },
  { file: 'heading-generic-thuc-hien-ket-qua-ytd-left.xlsx', ...YTD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'D4' }] },
  { file: 'heading-same-role-trong-ky-ky-nay-ytd-right.xlsx', ...PERIOD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'E4' }] },
  { file: 'heading-same-role-luy-ke-cong-don-ytd-left.xlsx', ...YTD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'D4' }] },
  { file: 'heading-unlabelled-ytd-left.xlsx', ...YTD_LEFT, findings: [{ code: 'columns_from_data', severity: 'warning', cell: 'D4' }] },
  {
    file: 'heading-generic-equal-values-q1.xlsx',
    ...PERIOD_LEFT,
    findings: [{ code: 'columns_uncertain', severity: 'warning', cell: 'D4' }],
    values: { TT01: { period: 1, ytd: 1 }, TT07: { period: null, ytd: 7 }, TT08: { period: 250, ytd: 250 }, GN02: { period: 12.5, ytd: 12.5 } },
  },
  // Neither column always the larger: the majority, said as an error.
  { file: 'heading-generic-mixed-values.xlsx', ...YTD_LEFT, findings: [{ code: 'columns_uncertain', severity: 'error', cell: 'D4' }], values: { TT02: { period: 2, ytd: 7 }, TT01: { period: 3, ytd: 1 } } },
  // Headed one way, filled the other: read as headed (R5 then shows every row), with an error.
  { file: 'heading-contradicted-trong-ky-luy-ke.xlsx', ...PERIOD_LEFT, findings: [{ code: 'columns_contradicted', severity: 'error', cell: 'E4' }], values: { TT01: { period: 3, ytd: 1 }, TT08: { period: 1250, ytd: 250 } } },
];

function check(want: Want) {
  it(`${want.file}: period in column ${want.period}, year-to-date in ${want.ytd ?? '(none)'}`, async () => {
    const r = await parse(want.file);
    const figureRow = /two-rows/.test(want.file) ? 6 : 5;
    expect(r.cells.TT01?.periodCell).toBe(`${want.period}${figureRow}`);
    expect(r.cells.TT01?.ytdCell).toBe(want.ytd === null ? null : `${want.ytd}${figureRow}`);
    expect(columnFindings(r.findings)).toEqual((want.findings ?? []).map((f) => ({ ...f, sheet: 'Báo cáo' })));
    for (const [code, pair] of Object.entries(want.values ?? DISTINCT)) expect(r.values[code], code).toEqual(pair);
  });
}

describe('period and year-to-date columns from their headings', () => {
  for (const want of BY_HEADING) check(want);
});

describe('headings read against the report’s own period', () => {
  for (const want of BY_PERIOD) check(want);
});

describe('headings that do not settle it: the figures do, with a finding', () => {
  for (const want of BY_DATA) check(want);

  it('says which column the figures make the year-to-date, and why, in Vietnamese', async () => {
    const r = await parse('heading-generic-so-lieu-ytd-left.xlsx');
    const f = r.findings.find((x) => x.code === 'columns_from_data');
    expect(f?.message).toContain('cột D ("Số liệu") và cột E ("Số liệu")');
    expect(f?.message).toContain('theo số liệu, cột D là lũy kế vì không dòng nào có số ở cột D nhỏ hơn cột E');
    expect(f?.message).toBe(f?.message.normalize('NFC'));
  });

  it('names both columns when the figures contradict the headings', async () => {
    const r = await parse('heading-contradicted-trong-ky-luy-ke.xlsx');
    const f = r.findings.find((x) => x.code === 'columns_contradicted');
    expect(f?.message).toContain('cột D ("Thực hiện trong kỳ")');
    expect(f?.message).toContain('cột E ("Lũy kế từ đầu năm")');
  });
});

describe('every column fixture', () => {
  it('is covered by a case above', () => {
    const files = fs.readdirSync(CASES).filter((f) => f.startsWith('heading-') && f.endsWith('.xlsx'));
    const covered = new Set([...BY_HEADING, ...BY_PERIOD, ...BY_DATA].map((w) => w.file));
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
    for (const w of covered) expect(files, w).toContain(w);
  });
});
