import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../electron/plan/seed';
import { SEED_DIR } from '../../../electron/node-paths';
import { openTestServices } from '../../helpers/services';
import type { PlanBundle } from '../../../shared/domain/plan';
import type { DocumentSettings } from '../../../shared/domain/document-settings';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('the seeded 2021 plan', () => {
  it('has 13 districts, 26 reporting units, 46 indicators in 6 areas and 6 periods with windows and due dates', async () => {
    const s = await openTestServices();
    try {
      const b = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 }));
      expect(b.districts.map((d) => d.code)).toEqual(['522', '524', '525', '527', '528', '529', '530', '531', '532', '533', '534', '535', '536']);
      expect(b.units).toHaveLength(26);
      expect(b.units.find((u) => u.id === '534-QS')?.name).toBe('Ban Chỉ huy Quân sự thị xã Đức Phổ');
      expect(b.indicators).toHaveLength(46);
      expect(new Set(b.indicators.map((i) => i.area))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
      expect(b.indicators.find((i) => i.code === 'DK02')).toMatchObject({ rule: '<= DK01', crossCheck: false, reportedBy: 'both' });
      expect(b.indicators.find((i) => i.code === 'LV06')).toMatchObject({ crossCheck: true, kind: 'people' });
      expect(b.periods.find((p) => p.code === '2021-Q2')).toEqual({ code: '2021-Q2', kind: 'Q2', windowStart: '2021-03-15', windowEnd: '2021-06-14', dueDate: '2021-06-20' });
      expect(b.periods.find((p) => p.code === '2021-Y')?.windowStart).toBe('2020-12-15');
      expect(b.districts.find((d) => d.code === '524')?.aliases).toContain('H. Bình Sơn');
      const settings = value<DocumentSettings>(await s.dispatch('settings.getDocument', { year: 2021 }));
      expect(settings.recipients[0]).toBe('Ban Dân vận Trung ương');
      // The joint reports go up and across, not back to the two issuing bodies (document-formats.md).
      expect(settings.recipients).toHaveLength(7);
      expect(settings.recipients).not.toContain('Ban Dân vận Tỉnh ủy');
      expect(settings.formats).toEqual({ quarterBdv: 'party', quarterQs: 'state' });
      expect(settings.qs).toMatchObject({ stateParent: 'QUÂN KHU 5', stateName: 'BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI' });
      expect(settings.signerQs.name).toBe('Võ Tấn Tài');
      expect(settings.signerBdv.name).toBe('Lê Văn Dũng');
    } finally {
      await s.close();
    }
  });

  it('seeds only once and reads the seed as NFC text', async () => {
    const seed = readSeed(SEED_DIR);
    expect(seed.indicators.every((i) => i.label === i.label.normalize('NFC'))).toBe(true);
    const s = await openTestServices();
    const path = s.ctx.dbPath;
    await s.close();
    const again = await openTestServices(path);
    try {
      expect(value<unknown[]>(await again.dispatch('plan.list', {}))).toHaveLength(1);
    } finally {
      await again.close();
    }
  });
});

describe('editing the plan', () => {
  it('writes one audit row per change with old and new values, and none when nothing changed', async () => {
    const s = await openTestServices();
    try {
      const b = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 }));
      const tt01 = b.indicators.find((i) => i.code === 'TT01')!;
      value(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt01, unit: 'buổi/lượt' } }));
      value(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt01, unit: 'buổi/lượt' } }));
      const rows = value<{ entity: string; oldValue: string; newValue: string }[]>(await s.dispatch('audit.list', { entity: 'indicator' }));
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.oldValue).unit).toBe('buổi');
      expect(JSON.parse(rows[0]!.newValue).unit).toBe('buổi/lượt');
    } finally {
      await s.close();
    }
  });

  it('refuses a rule that refers to an unknown indicator and an area that does not exist', async () => {
    const s = await openTestServices();
    try {
      const b = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 }));
      const tt03 = b.indicators.find((i) => i.code === 'TT03')!;
      expect(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt03, rule: '<= XX01' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt03, area: 9 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt03, code: 'tt3' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await s.close();
    }
  });

  it('copies a plan to a new year with dates moved and periods renamed, refusing an existing year', async () => {
    const s = await openTestServices();
    try {
      const b = value<PlanBundle>(await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022 }));
      expect(b.plan).toMatchObject({ year: 2022, title: 'Kế hoạch phối hợp thực hiện công tác dân vận năm 2022', startDate: '2022-01-01', number: '' });
      expect(b.periods.map((p) => p.code)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2022-H1', '2022-Y']);
      expect(b.periods[0]).toMatchObject({ windowStart: '2021-12-15', windowEnd: '2022-03-14', dueDate: '2022-03-20' });
      expect(b.indicators).toHaveLength(46);
      expect(b.districts).toHaveLength(13);
      const old = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 }));
      expect(old.periods[0]!.code).toBe('2021-Q1');
      expect(await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      const plans = value<{ year: number }[]>(await s.dispatch('plan.list', {}));
      expect(plans.map((p) => p.year)).toEqual([2022, 2021]);
    } finally {
      await s.close();
    }
  });

  it('edits a period and a district, and keeps the district code fixed', async () => {
    const s = await openTestServices();
    try {
      value(await s.dispatch('plan.savePeriod', { period: { code: '2021-Q1', kind: 'Q1', windowStart: '2021-01-01', windowEnd: '2021-03-14', dueDate: '2021-04-05' } }));
      expect(await s.dispatch('plan.savePeriod', { period: { code: '2021-Q1', kind: 'Q1', windowStart: '2021-04-01', windowEnd: '2021-03-31', dueDate: '2021-04-05' } })).toMatchObject({
        ok: false,
      });
      expect(await s.dispatch('plan.savePeriod', { period: { code: '2021-Q1', kind: 'Q1', windowStart: '2021-02-30', windowEnd: '2021-03-31', dueDate: '2021-04-05' } })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
      const b = value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 }));
      expect(b.periods[0]).toMatchObject({ windowStart: '2021-01-01', dueDate: '2021-04-05' });
      const d = b.districts[0]!;
      value(await s.dispatch('plan.saveDistrict', { year: 2021, district: { ...d, aliases: [...d.aliases, 'Thành phố QN'] } }));
      expect(await s.dispatch('plan.saveDistrict', { year: 2021, district: { ...d, code: '999' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      await s.close();
    }
  });
});
