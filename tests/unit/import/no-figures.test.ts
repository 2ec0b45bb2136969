import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES } from './fixtures';

const CASES = path.join(FIXTURES, 'cases');
const parse = (name: string) => parseWorkbook(new Uint8Array(fs.readFileSync(path.join(CASES, name))), name, seedCatalogue());
const MESSAGE = 'Báo cáo chưa có số liệu: mọi ô số liệu đều trống. Hãy xin đơn vị gửi lại báo cáo đã điền.';

describe('a workbook without a single figure is refused as no_figures (issue 9.6)', () => {
  it.each([
    'no-figures-blank-form-524-bdv.xlsx',
    'no-figures-blank-form-531-qs.xlsx',
    'no-figures-blank-form-dashes.xlsx',
    'no-figures-blank-form-narrative-only.xlsx',
    'no-figures-district-empty-cells.xlsx',
    'no-figures-district-dashes.xlsx',
    'no-figures-district-narrative-only.xlsx',
    'no-figures-district-not-applicable.xlsx',
    'no-figures-district-zero-formulas.xlsx',
  ])('%s', async (name) => {
    const out = await parse(name);
    expect(out).toEqual({ ok: false, rejection: { code: 'no_figures', message: MESSAGE } });
    expect(MESSAGE.normalize('NFC')).toBe(MESSAGE);
  });
});

describe('a workbook with one figure, or explicit zeros, is a report', () => {
  it('all zeros: accepted, every figure 0', async () => {
    const out = await parse('figures-all-zeros.xlsx');
    if (!out.ok) throw new Error(out.rejection.message);
    const values = Object.values(out.report.values);
    expect(values.length).toBeGreaterThan(30);
    expect(values.every((v) => v.period === 0 && v.ytd === 0)).toBe(true);
  });

  it('one figure among empty cells: accepted with that figure, the rest not reported', async () => {
    const out = await parse('figures-one-figure.xlsx');
    if (!out.ok) throw new Error(out.rejection.message);
    expect(out.report.values.TT01).toEqual({ period: 3, ytd: null });
    expect(Object.entries(out.report.values).filter(([, v]) => v.period !== null || v.ytd !== null)).toHaveLength(1);
  });

  it('dashes with one typed 0: accepted (dashes stay 0)', async () => {
    const out = await parse('figures-dashes-and-one-zero.xlsx');
    if (!out.ok) throw new Error(out.rejection.message);
    expect(out.report.values.TT02).toEqual({ period: 0, ytd: 0 });
  });

  it('our form with only one year-to-date figure: accepted', async () => {
    const out = await parse('figures-blank-form-one-ytd.xlsx');
    if (!out.ok) throw new Error(out.rejection.message);
    expect(out.report.identity.districtCode).toBe('524');
    expect(out.report.values.TT01).toEqual({ period: null, ytd: 4 });
  });

  it('text that is not a number is not "empty": accepted with a finding naming the cell, never called blank', async () => {
    const out = await parse('figures-unreadable-text.xlsx');
    if (!out.ok) throw new Error(out.rejection.message);
    const f = out.report.findings.find((x) => x.code === 'not_a_number');
    expect(f).toMatchObject({ sheet: 'Sheet1', cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    expect(f?.message).toContain('chưa thống kê');
  });
});
