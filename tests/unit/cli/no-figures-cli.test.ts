import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const CASES = path.resolve(import.meta.dirname, '../../fixtures/cases');

describe('a blank report does not count as sent (issue 9.6)', () => {
  it('our untouched form and a dashes-only one are rejected as no_figures; the unit stays missing for R1/R2', async () => {
    const db = path.join(tempDir(), 'nf.db');
    const blank = path.join(CASES, 'no-figures-blank-form-524-bdv.xlsx');
    const dashes = path.join(CASES, 'no-figures-blank-form-dashes.xlsx');
    const control = path.join(CASES, 'figures-blank-form-one-ytd.xlsx');
    expect(fs.existsSync(blank) && fs.existsSync(dashes)).toBe(true);
    const r = await cli(['import', blank, dashes, '--db', db, '--received', '2021-09-18', '--json']);
    expect(r.code).toBe(0);
    for (const f of r.json.files) {
      expect(f).toMatchObject({ status: 'rejected', version: null, reason: { code: 'no_figures', message: expect.stringContaining('Báo cáo chưa có số liệu') } });
    }
    const unit = async () => (await cli(['reconcile', '--db', db, '--period', '2021-Q3', '--json'])).json.completeness.find((c: { district_code: string; unit_type: string }) => c.district_code === '524' && c.unit_type === 'BDV');
    expect(await unit()).toMatchObject({ status: 'missing', received_date: null });
    expect((await cli(['reports', '--period', '2021-Q3', '--db', db, '--json'])).json.reports).toEqual([]);
    // The same form with one figure is a report, on time.
    expect((await cli(['import', control, '--db', db, '--received', '2021-09-18', '--json'])).json.files[0]).toMatchObject({ status: 'accepted', version: 1 });
    expect(await unit()).toMatchObject({ status: 'on_time', received_date: '2021-09-18' });
  });
});
