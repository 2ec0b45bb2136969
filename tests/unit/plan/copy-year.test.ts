import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import type { PlanBundle } from '../../../shared/domain/plan';
import type { CopyPreview } from '../../../shared/domain/year-rename';
import { openTestServices } from '../../helpers/services';

/**
 * The 2021 seed names its year in area 1 ("chủ đề công tác dân vận năm 2021") and in TT05 as part
 * of a term ("nhiệm kỳ 2021 - 2026", which must stay). A copy offers the first, never the second.
 */

let s: Services;
beforeEach(async () => {
  s = await openTestServices();
  // A label naming the year alone, and one naming it inside a date, to see each treated apart.
  const b = await bundle(2021);
  const tt01 = b.indicators.find((i) => i.code === 'TT01')!;
  const tt02 = b.indicators.find((i) => i.code === 'TT02')!;
  await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt01, label: `${tt01.label} trong năm 2021` } });
  await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt02, label: `${tt02.label} (đến 31/12/2021)` } });
});
afterEach(() => s.close());

async function bundle(year: number): Promise<PlanBundle> {
  const r = await s.dispatch('plan.get', { year });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as PlanBundle;
}

describe('the copy preview', () => {
  it('lists the area titles and indicator labels naming the year alone, old and new, and changes nothing', async () => {
    const r = await s.dispatch('plan.copyPreview', { fromYear: 2021, toYear: 2022 });
    expect(r.ok).toBe(true);
    const preview = (r as { value: CopyPreview }).value;
    expect(preview.planTitle).toEqual({ before: 'Kế hoạch phối hợp thực hiện công tác dân vận năm 2021', after: 'Kế hoạch phối hợp thực hiện công tác dân vận năm 2022' });
    expect(preview.renames.map((x) => `${x.what}/${x.key}`)).toEqual(['area/1', 'indicator/TT01']);
    expect(preview.renames[0]).toMatchObject({ before: expect.stringContaining('dân vận năm 2021 "Đẩy mạnh'), after: expect.stringContaining('dân vận năm 2022 "Đẩy mạnh') });
    expect(preview.renames[1]!.after).toMatch(/trong năm 2022$/);
    const plans = await s.dispatch('plan.list', {});
    expect(plans.ok && (plans.value as unknown[]).length).toBe(1);
  });

  it('is refused for a year that already has a plan, as the copy would be', async () => {
    await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022 });
    expect(await s.dispatch('plan.copyPreview', { fromYear: 2021, toYear: 2022 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('copying a plan to a new year', () => {
  it('with renameYear renames exactly the previewed texts and leaves terms and dates', async () => {
    const r = await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022, renameYear: true });
    expect(r).toMatchObject({ ok: true });
    const b = await bundle(2022);
    expect(b.areas[0]!.title).toContain('chủ đề công tác dân vận năm 2022');
    expect(b.indicators.find((i) => i.code === 'TT01')!.label).toMatch(/trong năm 2022$/);
    expect(b.indicators.find((i) => i.code === 'TT02')!.label).toMatch(/\(đến 31\/12\/2021\)$/);
    expect(b.indicators.find((i) => i.code === 'TT05')!.label).toContain('nhiệm kỳ 2021 - 2026');
    const old = await bundle(2021);
    expect(old.areas[0]!.title).toContain('năm 2021');
    const audit = await s.dispatch('audit.list', { entity: 'plan' });
    const row = audit.ok ? (audit.value as { action: string; newValue: string }[]).find((x) => x.action === 'copy') : undefined;
    expect(JSON.parse(row!.newValue).renamedYear).toEqual(['area/1', 'indicator/TT01']);
  });

  it('without renameYear keeps area titles and labels as they were, renaming only the plan title', async () => {
    expect(await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022 })).toMatchObject({ ok: true });
    const b = await bundle(2022);
    const old = await bundle(2021);
    expect(b.areas).toEqual(old.areas);
    expect(b.indicators.map((i) => i.label)).toEqual(old.indicators.map((i) => i.label));
    expect(b.plan.title).toBe('Kế hoạch phối hợp thực hiện công tác dân vận năm 2022');
  });

  it('renames the plan title by the same rule: a term "2021-2025" in it stays', async () => {
    const old = await bundle(2021);
    await s.dispatch('plan.saveInfo', { plan: { ...old.plan, title: 'Kế hoạch phối hợp năm 2021, giai đoạn 2021-2025' } });
    expect(await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022, renameYear: false })).toMatchObject({ ok: true });
    expect((await bundle(2022)).plan.title).toBe('Kế hoạch phối hợp năm 2022, giai đoạn 2021-2025');
  });
});
