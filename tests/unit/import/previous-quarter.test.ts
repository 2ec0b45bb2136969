import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankForms } from '../../../electron/forms/service';
import { checkAgainstPrevious } from '../../../electron/import/previous-quarter';
import type { Services } from '../../../electron/runtime';
import type { FigurePair, ImportFinding } from '../../../shared/domain/report';
import { fillForm } from '../../helpers/fill-form';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const CASES = path.resolve(import.meta.dirname, '../../fixtures/cases');
const about: ImportFinding = { code: 'columns_uncertain', severity: 'warning', sheet: 'Sheet1', cell: 'D5', message: '' };

describe('columns the parser could not settle, weighed against the previous quarter', () => {
  const q3: Record<string, FigurePair> = { TT01: { period: 3, ytd: 12 }, TT02: { period: 5, ytd: 20 }, TT03: { period: 0, ytd: 7 }, TT04: { period: 2, ytd: 2 } };

  it('confirms the reading when this ytd is the previous ytd plus this quarter, naming the heading cell', () => {
    const found = checkAgainstPrevious('2021-Q3', q3, { TT01: { period: 4, ytd: 9 }, TT02: { period: 5, ytd: 15 }, TT03: { period: 7, ytd: 7 } }, about);
    expect(found).toMatchObject({ code: 'columns_confirmed_by_previous', severity: 'info', sheet: 'Sheet1', cell: 'D5', message: expect.stringContaining('Quý II năm 2021') });
    expect(found?.message).toContain('3/3 dòng');
  });

  it('says the columns look swapped, as an error, without moving a figure', () => {
    const swapped: Record<string, FigurePair> = { TT01: { period: 12, ytd: 3 }, TT02: { period: 20, ytd: 5 } };
    const found = checkAgainstPrevious('2021-Q3', swapped, { TT01: { period: 4, ytd: 9 }, TT02: { period: 5, ytd: 15 } }, about);
    expect(found).toMatchObject({ code: 'columns_contradicted_by_previous', severity: 'error', cell: 'D5' });
    expect(swapped.TT01).toEqual({ period: 12, ytd: 3 });
  });

  it('warns when the previous quarter fits neither reading, and says nothing for Q1 or with nothing to compare', () => {
    expect(checkAgainstPrevious('2021-Q3', q3, { TT01: { period: 1, ytd: 1 }, TT02: { period: 1, ytd: 1 } }, about)?.code).toBe('columns_unsettled_by_previous');
    expect(checkAgainstPrevious('2021-Q1', q3, { TT01: { period: 4, ytd: 9 } }, about)).toBeNull();
    expect(checkAgainstPrevious('2021-Q3', { TT04: { period: 2, ytd: 2 } }, { TT04: { period: 4, ytd: 9 } }, about)).toBeNull();
  });
});

describe('through the importer', () => {
  let s: Services;
  beforeEach(async () => {
    s = await openTestServices(path.join(tempDir('phdv-prev-'), 'prev.db'));
  });
  afterEach(async () => s.close());

  it('adds the check to a Q3 report with generic headings once the unit has a Q2 report, and stores it', async () => {
    const bytes = fs.readFileSync(path.join(CASES, 'heading-generic-so-lieu-period-left.xlsx'));
    const alone = await s.importer.stage('q3.xlsx', bytes);
    expect(alone.resolved).toMatchObject({ districtCode: '524', unitType: 'BDV', period: '2021-Q3' });
    expect(alone.findings.map((f) => f.code)).toContain('columns_from_data');
    expect(alone.findings.some((f) => f.code.endsWith('_by_previous'))).toBe(false);
    s.importer.drop(alone.stagingId);

    // The unit's Q2 as it would be: year to date = Q3's year to date less Q3's own figure.
    const [form] = await blankForms(s.ctx, '2021-Q2', '524-BDV');
    const q2: Record<string, FigurePair> = {};
    for (const [code, v] of Object.entries(alone.values)) if (v.period !== null && v.ytd !== null) q2[code] = { period: 1, ytd: v.ytd - v.period };
    const staged = await s.importer.stage('q2.xlsx', await fillForm(form!.bytes, q2, {}));
    await s.importer.save(staged.stagingId, '2021-06-20');

    const checked = await s.importer.stage('q3.xlsx', bytes);
    const finding = checked.findings.find((f) => f.code === 'columns_confirmed_by_previous');
    expect(finding).toMatchObject({ severity: 'info', sheet: expect.any(String), cell: expect.any(String) });
    // Worked out again (a refresh) it is still said once.
    const [again] = await s.importer.refresh([{ stagingId: checked.stagingId }]);
    expect(again!.findings.filter((f) => f.code === 'columns_confirmed_by_previous')).toHaveLength(1);
    const saved = await s.importer.save(checked.stagingId, '2021-09-20');
    const row = await s.ctx.db.selectFrom('reports').select('findings_json').where('id', '=', saved.reportId).executeTakeFirstOrThrow();
    expect((JSON.parse(row.findings_json) as ImportFinding[]).map((f) => f.code)).toContain('columns_confirmed_by_previous');
  });
});
