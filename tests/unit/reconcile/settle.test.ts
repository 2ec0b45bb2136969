import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import type { Services } from '../../../electron/runtime';
import { figureHistory, lockPeriod, periodFigures, runReconcile, settleFinding, unlockPeriod } from '../../../electron/reconcile/service';
import { cleanDataSet, plantedR6Gn05 } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

let s: Services;
let dbPath: string;
beforeEach(async () => {
  dbPath = path.join(tempDir('phdv-rec-'), 'rec.db');
  s = await openTestServices(dbPath);
});
afterEach(async () => s.close());

async function plantedR6() {
  const planted = plantedR6Gn05();
  await storeDataSet(s.ctx, planted.ds);
  return planted;
}

describe('reconciliation over stored reports', () => {
  it('finds nothing in clean data and 26 on-time units', async () => {
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }));
    const v = await runReconcile(s.ctx, '2021-Q2');
    expect(v.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(v.completeness).toHaveLength(26);
    expect(v.completeness.every((c) => c.status === 'on_time')).toBe(true);
  });

  it('a correction shows in the figure history and the figures service, and the report keeps its original', async () => {
    const { bdvValue } = await plantedR6();
    const v = await runReconcile(s.ctx, '2021-Q2');
    const r6 = v.findings.filter((f) => f.rule === 'R6');
    expect(r6.map((f) => [f.districtCode, f.indicator])).toEqual([
      ['532', 'GN05'],
      ['532', 'GN05'],
    ]);
    const finding = r6.find((f) => f.key.endsWith('|period'))!;
    const qsCell = finding.cells!.find((c) => c.field === 'period' && finding.values.QS !== undefined && c.reportId)!;
    const before = await periodFigures(s.ctx, '2021-Q2');
    expect(before.districts.find((d) => d.districtCode === '532')!.values.GN05).toBe(bdvValue + 7);

    await expect(settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'correct', note: null, corrections: [{ ...qsCell, value: bdvValue }] })).rejects.toMatchObject({ code: 'invalid_input' });
    const qsReportId = (await s.ctx.db.selectFrom('reports').select('id').where('period_code', '=', '2021-Q2').where('district_code', '=', '532').where('unit_type', '=', 'QS').executeTakeFirstOrThrow()).id;
    await settleFinding(s.ctx, {
      period: '2021-Q2',
      key: finding.key,
      action: 'correct',
      note: 'Ban CHQS Nghĩa Hành xác nhận qua điện thoại',
      corrections: [{ reportId: qsReportId, indicator: 'GN05', field: 'period', value: bdvValue }],
    });

    const after = await runReconcile(s.ctx, '2021-Q2');
    expect(after.findings.filter((f) => f.key === finding.key && f.status === 'open')).toEqual([]);
    const figures = await periodFigures(s.ctx, '2021-Q2');
    expect(figures.units.find((u) => u.districtCode === '532' && u.unitType === 'QS')!.values.GN05).toBe(bdvValue);
    expect(figures.districts.find((d) => d.districtCode === '532')!.values.GN05).toBe(bdvValue);

    const original = await s.ctx.db.selectFrom('report_values').select('period_value').where('report_id', '=', qsReportId).where('indicator_code', '=', 'GN05').executeTakeFirstOrThrow();
    expect(original.period_value).toBe(bdvValue + 7);
    const history = await figureHistory(s.ctx, { period: '2021-Q2', districtCode: '532', unitType: 'QS', indicator: 'GN05' });
    expect(history.filter((h) => h.field === 'period').map((h) => [h.kind, h.oldValue, h.value, h.reason])).toEqual([
      ['import', null, bdvValue + 7, null],
      ['correction', bdvValue + 7, bdvValue, 'Ban CHQS Nghĩa Hành xác nhận qua điện thoại'],
    ]);
    const audit = await s.ctx.db.selectFrom('audit_log').select(['action', 'entity', 'old_value', 'new_value', 'reason']).where('entity', '=', 'figure').execute();
    expect(audit).toEqual([{ action: 'correct', entity: 'figure', old_value: String(bdvValue + 7), new_value: String(bdvValue), reason: 'Ban CHQS Nghĩa Hành xác nhận qua điện thoại' }]);
  });

  it('accepting one of two disagreeing joint figures makes it the district figure, counted once', async () => {
    const { bdvValue } = await plantedR6();
    const v = await runReconcile(s.ctx, '2021-Q2');
    const finding = v.findings.find((f) => f.rule === 'R6' && f.key.endsWith('|period'))!;
    await expect(settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'accept', note: null, chosenValue: 12345 })).rejects.toMatchObject({ code: 'invalid_input' });
    const settled = await settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'accept', note: 'Lấy số của Ban Dân vận', chosenValue: bdvValue });
    expect(settled.status).toBe('accepted');
    const figures = await periodFigures(s.ctx, '2021-Q2');
    expect(figures.districts.find((d) => d.districtCode === '532')!.values.GN05).toBe(bdvValue);
    const sum = figures.districts.reduce((acc, d) => acc + (d.values.GN05 ?? 0), 0);
    expect(figures.province.byIndicator.GN05).toBeCloseTo(sum, 6);
  });

  it('an explanation needs a note; a locked period refuses settling until unlocked', async () => {
    await plantedR6();
    const finding = (await runReconcile(s.ctx, '2021-Q2')).findings.find((f) => f.rule === 'R6')!;
    await expect(settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'explain', note: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await lockPeriod(s.ctx, '2021-Q2', null);
    await expect(settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'explain', note: 'Hai đơn vị tính khác đợt' })).rejects.toMatchObject({ code: 'locked' });
    await unlockPeriod(s.ctx, '2021-Q2', 'Cần giải trình thêm');
    const done = await settleFinding(s.ctx, { period: '2021-Q2', key: finding.key, action: 'explain', note: 'Hai đơn vị tính khác đợt' });
    expect(done).toMatchObject({ status: 'explained', note: 'Hai đơn vị tính khác đợt' });
  });

  it('prints reconcile and figures as JSON from the CLI', async () => {
    await plantedR6();
    await s.close();
    const reconciled = await cli(['reconcile', '--db', dbPath, '--period', '2021-Q2', '--json']);
    expect(reconciled.code).toBe(0);
    const rec = reconciled.json;
    expect(rec.period).toBe('2021-Q2');
    expect(rec.completeness[0]).toEqual({ district_code: '522', unit_type: 'BDV', status: 'on_time', days_late: 0, received_date: expect.any(String) });
    expect(rec.findings.find((f: { rule: string }) => f.rule === 'R6')).toMatchObject({ district_code: '532', unit_type: null, indicator: 'GN05', status: 'open', values: { BDV: expect.any(Number), QS: expect.any(Number) } });
    const figures = await cli(['figures', '--db', dbPath, '--period', '2021-H1', '--json']);
    expect(figures.code).toBe(0);
    const fig = figures.json;
    expect(fig.quarters).toEqual(['2021-Q1', '2021-Q2']);
    expect(fig.units).toHaveLength(26);
    expect(fig.missing).toEqual([]);
    s = await openTestServices(dbPath);
  });
});
