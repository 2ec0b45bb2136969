import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import { figureHistory, periodFigures, reopenFinding, runReconcile, settleFinding } from '../../../electron/reconcile/service';
import { cleanDataSet, reportOf } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

const P = '2021-Q2';
let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-reopen-'), 'rec.db'));
});
afterEach(async () => s.close());

/** R6 on GN05 of 532: Ban CHQS reports 7 more than Ban Dân vận, in the period and lũy kế. */
async function plantedR6() {
  const ds = cleanDataSet({ historyYears: 0 });
  const qs = reportOf(ds, P, '532', 'QS');
  qs.values.GN05 = { period: qs.values.GN05!.period! + 7, ytd: qs.values.GN05!.ytd! + 7 };
  for (const q of ['2021-Q3', '2021-Q4']) reportOf(ds, q, '532', 'QS').values.GN05!.ytd! += 7;
  await storeDataSet(s.ctx, ds);
  const finding = (await runReconcile(s.ctx, P)).findings.find((f) => f.rule === 'R6' && f.key.endsWith('|period'))!;
  const id = async (unit: 'BDV' | 'QS') => (await s.ctx.db.selectFrom('reports').select('id').where('period_code', '=', P).where('district_code', '=', '532').where('unit_type', '=', unit).executeTakeFirstOrThrow()).id;
  const qsId = await id('QS');
  const bdvId = await id('BDV');
  const original = async (reportId: number) => (await s.ctx.db.selectFrom('report_values').select('period_value').where('report_id', '=', reportId).where('indicator_code', '=', 'GN05').executeTakeFirstOrThrow()).period_value!;
  return { finding, qsId, bdvId, qsOriginal: await original(qsId), bdvOriginal: await original(bdvId) };
}

const districtFigure = async () => (await periodFigures(s.ctx, P)).districts.find((d) => d.districtCode === '532')!.values.GN05;

describe('reopening a corrected finding puts the original figure back in force', () => {
  it('withdraws the correction (kept as history), writes old → new with the reason, and the finding stands open again', async () => {
    const { finding, qsId, qsOriginal, bdvOriginal } = await plantedR6();
    expect(await districtFigure()).toBe(qsOriginal);
    await settleFinding(s.ctx, { period: P, key: finding.key, action: 'correct', note: 'Xác nhận qua điện thoại', corrections: [{ reportId: qsId, indicator: 'GN05', field: 'period', value: bdvOriginal }] });
    expect(await districtFigure()).toBe(bdvOriginal);
    expect((await runReconcile(s.ctx, P)).findings.find((f) => f.key === finding.key)).toMatchObject({ status: 'corrected', gone: true });

    await reopenFinding(s.ctx, P, finding.key, 'Ban CHQS gửi lại: số cũ mới đúng');

    // The figure in force is the report's again, so R6 raises the finding, open, with both figures.
    expect(await districtFigure()).toBe(qsOriginal);
    const again = (await runReconcile(s.ctx, P)).findings.filter((f) => f.key === finding.key);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ status: 'open', gone: false, settlement: null, values: { BDV: bdvOriginal, QS: qsOriginal } });

    // The correction row stays, withdrawn: who, when and why.
    const rows = await s.ctx.db.selectFrom('corrections').selectAll().where('report_id', '=', qsId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ old_value: qsOriginal, new_value: bdvOriginal, is_current: 0, withdrawn_reason: 'Ban CHQS gửi lại: số cũ mới đúng', withdrawn_by: expect.any(String) });
    expect(rows[0]!.withdrawn_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // The audit trail: the figure went back from the corrected one to the original, then the finding reopened.
    const audit = await s.ctx.db.selectFrom('audit_log').select(['action', 'entity', 'entity_key', 'old_value', 'new_value', 'reason']).orderBy('id').execute();
    expect(audit.slice(-2)).toEqual([
      { action: 'withdraw_correction', entity: 'figure', entity_key: `${qsId}/GN05/period`, old_value: String(bdvOriginal), new_value: String(qsOriginal), reason: 'Ban CHQS gửi lại: số cũ mới đúng' },
      { action: 'reopen', entity: 'finding', entity_key: finding.key, old_value: '"corrected"', new_value: '"open"', reason: 'Ban CHQS gửi lại: số cũ mới đúng' },
    ]);

    // The figure's history says so too: corrected, then withdrawn back to the report's figure.
    const history = (await figureHistory(s.ctx, { period: P, districtCode: '532', unitType: 'QS', indicator: 'GN05' })).filter((h) => h.field === 'period');
    expect(history.map((h) => [h.kind, h.oldValue, h.value])).toEqual([
      ['import', null, qsOriginal],
      ['correction', qsOriginal, bdvOriginal],
      ['withdrawal', bdvOriginal, qsOriginal],
    ]);
    expect(history[2]!.reason).toBe('Ban CHQS gửi lại: số cũ mới đúng');
  });

  it('corrected again after reopening, then reopened again: each correction withdrawn, the original in force', async () => {
    const { finding, qsId, qsOriginal, bdvOriginal } = await plantedR6();
    const correct = (value: number) => settleFinding(s.ctx, { period: P, key: finding.key, action: 'correct', note: 'Sửa', corrections: [{ reportId: qsId, indicator: 'GN05', field: 'period', value }] });
    await correct(bdvOriginal);
    await reopenFinding(s.ctx, P, finding.key, 'Lần một');
    await correct(bdvOriginal + 1);
    expect(await districtFigure()).toBe(bdvOriginal + 1);
    // Not gone (the figures still differ by one): reopening it withdraws its correction all the same.
    expect((await runReconcile(s.ctx, P)).findings.find((f) => f.key === finding.key)).toMatchObject({ status: 'corrected', gone: false });
    await reopenFinding(s.ctx, P, finding.key, 'Lần hai');
    expect(await districtFigure()).toBe(qsOriginal);
    const rows = await s.ctx.db.selectFrom('corrections').select(['new_value', 'is_current', 'withdrawn_reason']).where('report_id', '=', qsId).orderBy('id').execute();
    expect(rows).toEqual([
      { new_value: bdvOriginal, is_current: 0, withdrawn_reason: 'Lần một' },
      { new_value: bdvOriginal + 1, is_current: 0, withdrawn_reason: 'Lần hai' },
    ]);
    expect((await runReconcile(s.ctx, P)).findings.find((f) => f.key === finding.key)).toMatchObject({ status: 'open', values: { QS: qsOriginal } });
  });

  it('reopening an accepted finding changes no figure and withdraws nothing', async () => {
    const { finding, qsOriginal } = await plantedR6();
    await settleFinding(s.ctx, { period: P, key: finding.key, action: 'accept', note: null, chosenValue: qsOriginal });
    await reopenFinding(s.ctx, P, finding.key, 'Chọn lại');
    expect(await s.ctx.db.selectFrom('corrections').selectAll().execute()).toEqual([]);
    const audit = await s.ctx.db.selectFrom('audit_log').select(['action', 'old_value']).where('action', 'in', ['withdraw_correction', 'reopen']).execute();
    expect(audit).toEqual([{ action: 'reopen', old_value: '"accepted"' }]);
  });

  it('refuses to reopen a finding that is open, and writes no audit row', async () => {
    const { finding } = await plantedR6();
    const before = await s.ctx.db.selectFrom('audit_log').select('id').execute();
    await expect(reopenFinding(s.ctx, P, finding.key, 'Bấm nhầm')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('đang mở') });
    expect(await s.ctx.db.selectFrom('audit_log').select('id').execute()).toEqual(before);
  });
});
