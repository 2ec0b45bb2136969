import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReconcileInput } from '../../../electron/reconcile/load';
import { reconcile } from '../../../electron/reconcile/reconcile';
import { compareDistrict, periodFigures, runReconcile } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import { cleanDataSet, reportOf, sha } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

const PERIODS = ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2021-H1', '2021-Y'];

let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-arr-'), 'arr.db'));
});
afterEach(async () => s.close());

describe('reconciliation reflects what arrived', () => {
  it('shows no finding in any period of a freshly seeded database', async () => {
    for (const p of PERIODS) {
      const v = await runReconcile(s.ctx, p);
      expect(v.findings, p).toEqual([]);
      expect(v.completeness, p).toHaveLength(26);
      expect(v.completeness.every((c) => c.status === 'missing'), p).toBe(true);
    }
    expect((await periodFigures(s.ctx, '2021-Y')).openFindings).toBe(0);
  });

  it('lists the missing units of a period once one report of it is in, or once its due date is past', async () => {
    const ds = cleanDataSet({ historyYears: 0 });
    ds.reports = ds.reports.filter((r) => r.period === '2021-Q1' && r.districtCode === '522' && r.unitType === 'BDV');
    await storeDataSet(s.ctx, ds);
    const r1 = async (p: string, today: string) => reconcile(await loadReconcileInput(s.ctx, p, today)).findings.filter((f) => f.rule === 'R1').length;
    expect(await r1('2021-Q1', '2021-03-05')).toBe(25);
    expect(await r1('2021-Q2', '2021-06-20')).toBe(0);
    expect(await r1('2021-Q2', '2021-06-21')).toBe(26);
    expect(await r1('2021-H1', '2021-03-05')).toBe(25);
  });

  it('tells a late-arriving older copy apart from the version in use, through the stored reports', async () => {
    const ds = cleanDataSet({ historyYears: 0 });
    const cur = reportOf(ds, '2021-Q2', '529', 'QS');
    cur.reportDate = '2021-06-18';
    ds.reports.push({ ...structuredClone(cur), id: 0, version: 2, sha256: sha('old copy'), reportDate: '2021-06-02', receivedDate: '2021-06-19', fileName: 'ban cu.xlsx' });
    await storeDataSet(s.ctx, ds);
    // The importer, choosing by report date, keeps version 1 current.
    await s.ctx.db.updateTable('reports').set({ is_current: 0 }).where('period_code', '=', '2021-Q2').where('district_code', '=', '529').where('unit_type', '=', 'QS').execute();
    await s.ctx.db.updateTable('reports').set({ is_current: 1 }).where('period_code', '=', '2021-Q2').where('district_code', '=', '529').where('unit_type', '=', 'QS').where('version', '=', 1).execute();
    const r3 = (await runReconcile(s.ctx, '2021-Q2')).findings.filter((f) => f.rule === 'R3');
    expect(r3.map((f) => [f.key, f.severity, f.status])).toEqual([
      ['R3|2021-Q2|529|QS|*|versions-v1', 'info', 'open'],
      ['R3|2021-Q2|529|QS|*|older-on-arrival-v2', 'info', 'open'],
    ]);
    expect(r3[1]?.message).toBe('Tệp "ban cu.xlsx" (nhận ngày 19/06/2021) là bản cũ hơn bản đang dùng (ngày báo cáo 18/06/2021): lưu làm lịch sử, không dùng số liệu.');
    expect((await compareDistrict(s.ctx, '2021-Q2', '529')).units.find((u) => u.unitType === 'QS')?.version).toBe(1);
  });

  it('compares a district with only joint indicators able to differ', async () => {
    const ds = cleanDataSet({ historyYears: 0 });
    const qs = reportOf(ds, '2021-Q2', '532', 'QS');
    qs.values.TH01 = { period: (qs.values.TH01?.period ?? 0) + 2, ytd: (qs.values.TH01?.ytd ?? 0) + 2 };
    await storeDataSet(s.ctx, ds);
    const cmp = await compareDistrict(s.ctx, '2021-Q2', '532');
    expect(cmp.rows.filter((r) => r.differs).map((r) => r.indicator)).toEqual(['TH01']);
    const joint = ds.indicators.filter((i) => i.crossCheck && i.reportedBy === 'both').map((i) => i.code);
    expect(joint).toContain('TH01');
    expect(joint).not.toContain('TT02');
    expect(cmp.rows.filter((r) => r.joint).map((r) => r.indicator)).toEqual(joint);
    expect(cmp.units.map((u) => u.version)).toEqual([1, 1]);
  });
});
