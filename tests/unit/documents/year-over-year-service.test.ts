import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequested, documentInput, getDraftFor } from '../../../electron/documents/service';
import { changePhrase, figurePhrase } from '../../../electron/documents/sentences';
import { blankForms } from '../../../electron/forms/service';
import { periodFigures } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import type { FigurePair } from '../../../shared/domain/report';
import type { PeriodFigures } from '../../../shared/domain/reconcile';
import { fillForm } from '../../helpers/fill-form';
import { cleanDataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { bodyText, readParts } from '../documents/docx-parts';

/**
 * Two plan years in the product: 2021 as reported, the plan copied to 2022 (plan.copy), 2022's
 * Q1–Q3 reports stored and its Q4 typed into the generated blank forms and imported. The 2022 year
 * review compares with 2021 from the figures service; the 2021 one says 2020 is not in the product.
 */
let s: Services;
let dir: string;
let now: PeriodFigures;
let before: PeriodFigures;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-yoy-'));
  s = await openTestServices(path.join(dir, 'yoy.db'));
  await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }));
  const copied = await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022, renameYear: true });
  expect(copied.ok).toBe(true);
  const y2022 = cleanDataSet({ planYear: 2022, historyYears: 0, seed: 20220101 });
  const q4 = y2022.reports.filter((r) => r.period === '2022-Q4');
  await storeDataSet(s.ctx, { ...y2022, reports: y2022.reports.filter((r) => r.period !== '2022-Q4') });
  // Q4 the way the districts send it: the product's blank form, filled in.
  for (const form of await blankForms(s.ctx, '2022-Q4', 'all')) {
    const r = q4.find((x) => form.unitId === `${x.districtCode}-${x.unitType}`);
    expect(r, form.fileName).toBeDefined();
    const values: Record<string, FigurePair> = {};
    for (const [code, v] of Object.entries(r!.values)) if (v.period !== null && v.ytd !== null) values[code] = { period: v.period, ytd: v.ytd };
    const staged = await s.importer.stage(form.fileName, await fillForm(form.bytes, values, {}));
    const saved = await s.importer.save(staged.stagingId, '2022-12-18');
    expect(saved.status, form.fileName).toBe('accepted');
  }
  now = await periodFigures(s.ctx, '2022-Y');
  before = await periodFigures(s.ctx, '2021-Y');
}, 300_000);

afterAll(async () => {
  await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const yearText = async (period: string, issueDate: string) => {
  const text = bodyText((await readParts(await buildRequested(s.ctx, { kind: 'year', period, issueDate, draft: true })))['word/document.xml'] ?? '');
  return text.slice(0, text.indexOf('PHỤ LỤC'));
};

describe('the year review with two years in the product', () => {
  it('has both years\' figures from the figures service, every unit reported', () => {
    expect(now.missing).toEqual([]);
    expect(before.missing).toEqual([]);
    expect(now.province.byIndicator.TT01).not.toBe(before.province.byIndicator.TT01);
  });

  it('passes the 2021 year as the previous one to the 2022 review', async () => {
    const input = await documentInput(s.ctx, { kind: 'year', period: '2022-Y', issueDate: '2022-12-20' });
    expect(input.previous?.period).toBe('2021-Y');
    expect(input.previous?.province.byIndicator).toEqual(before.province.byIndicator);
  });

  it('compares the key indicators and each area with 2021, the percentages from the two years\' totals', async () => {
    const text = await yearText('2022-Y', '2022-12-20');
    const input = await documentInput(s.ctx, { kind: 'year', period: '2022-Y', issueDate: '2022-12-20' });
    const tt01 = input.indicators.find((i) => i.code === 'TT01')!;
    const a = now.province.byIndicator.TT01!;
    const b = before.province.byIndicator.TT01!;
    expect(text).toContain(`So với năm 2021, một số chỉ tiêu chính: ${figurePhrase(tt01, a)} (${changePhrase(a, b)})`);
    expect((text.match(/So với năm 2021, nội dung này có \d+ chỉ tiêu/gu) ?? []).length).toBe(input.areas.length);
    expect(text).not.toContain('Chưa có số liệu năm 2021');
  });

  it('says the 2021 review has no 2020 to compare with', async () => {
    const text = await yearText('2021-Y', '2021-12-20');
    expect(text).toContain('Chưa có số liệu năm 2020 trong phần mềm để so sánh.');
    expect(text).not.toMatch(/so với năm 2020/iu);
  });

  // A year is built from its quarters (no report of its own): its prefill still weighs last year.
  it("the 2022 year review's suggested strengths compare with 2021", async () => {
    const draft = await getDraftFor(s.ctx, 'year', '2022-Y');
    expect(draft.prose.picks!.strengths.length).toBeGreaterThan(0);
    expect(draft.prose.picks!.strengths[0]!.text).toContain('kết quả cao hơn năm 2021');
  });
});
