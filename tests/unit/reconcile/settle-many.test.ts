import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import { reopenFinding, runReconcile, settleFinding, settleMany } from '../../../electron/reconcile/service';
import { cleanDataSet, reportOf } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

const P = '2021-Q2';
let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-many-'), 'rec.db'));
});
afterEach(async () => s.close());

/** R6 on GN05 in each given district (period and lũy kế), and one late report (R2) of 522-BDV. */
async function plant(districts: string[]) {
  const ds = cleanDataSet({ historyYears: 0 });
  for (const d of districts) {
    const qs = reportOf(ds, P, d, 'QS');
    qs.values.GN05 = { period: qs.values.GN05!.period! + 7, ytd: qs.values.GN05!.ytd! + 7 };
    for (const q of ['2021-Q3', '2021-Q4']) reportOf(ds, q, d, 'QS').values.GN05!.ytd! += 7;
  }
  const late = reportOf(ds, P, '522', 'BDV');
  late.receivedDate = '2021-07-20';
  await storeDataSet(s.ctx, ds);
  const v = await runReconcile(s.ctx, P);
  return { r6: v.findings.filter((f) => f.rule === 'R6'), r2: v.findings.filter((f) => f.rule === 'R2') };
}

const auditOf = async () =>
  s.ctx.db.selectFrom('audit_log').select(['action', 'entity', 'entity_key', 'old_value', 'new_value', 'reason']).where('entity', '=', 'finding').orderBy('id').execute();

describe('settling a selection of findings of one rule', () => {
  it('explains three R6 findings with one note, leaving the same audit trail as one by one', async () => {
    const { r6 } = await plant(['532', '533']);
    expect(r6.length).toBeGreaterThanOrEqual(3);
    const chosen = r6.slice(0, 3).map((f) => f.key);
    const view = await settleMany(s.ctx, { period: P, keys: chosen, action: 'explain', note: 'Hai đơn vị tính khác đợt ra quân' });
    const settled = view.findings.filter((f) => chosen.includes(f.key));
    expect(settled.map((f) => [f.status, f.note, f.settlement?.action, f.settlement?.note])).toEqual(chosen.map(() => ['explained', 'Hai đơn vị tính khác đợt ra quân', 'explain', 'Hai đơn vị tính khác đợt ra quân']));
    expect(view.findings.filter((f) => f.rule === 'R6' && !chosen.includes(f.key)).every((f) => f.status === 'open')).toBe(true);
    const many = await auditOf();

    // The same three settled one by one, in a fresh database: the audit rows must match.
    await s.close();
    s = await openTestServices(path.join(tempDir('phdv-one-'), 'rec.db'));
    await plant(['532', '533']);
    for (const key of chosen) await settleFinding(s.ctx, { period: P, key, action: 'explain', note: 'Hai đơn vị tính khác đợt ra quân' });
    expect(many).toEqual(await auditOf());
    expect(many.map((a) => [a.action, a.entity_key, a.old_value, a.reason])).toEqual(chosen.map((k) => ['settle_explain', k, '"open"', 'Hai đơn vị tính khác đợt ra quân']));
  });

  it('refuses findings of different rules, and changes none of them', async () => {
    const { r6, r2 } = await plant(['532']);
    expect(r2).toHaveLength(1);
    await expect(settleMany(s.ctx, { period: P, keys: [r6[0]!.key, r2[0]!.key], action: 'accept', note: null })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('R2, R6') });
    expect((await runReconcile(s.ctx, P)).findings.filter((f) => f.status !== 'open')).toEqual([]);
    expect(await auditOf()).toEqual([]);
  });

  it('refuses an explanation without a note, an unknown key, and a locked period', async () => {
    const { r6 } = await plant(['532']);
    await expect(settleMany(s.ctx, { period: P, keys: [r6[0]!.key], action: 'explain', note: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(settleMany(s.ctx, { period: P, keys: [r6[0]!.key, 'R6|2021-Q2|999|*|GN05|period'], action: 'accept', note: null })).rejects.toMatchObject({ code: 'not_found' });
    expect(await auditOf()).toEqual([]);
  });
});

describe('settled findings stay in the view', () => {
  it('a correction that makes the figures agree keeps the finding, settled, with old → new, who and why', async () => {
    const { r6 } = await plant(['532']);
    const finding = r6.find((f) => f.key.endsWith('|period'))!;
    const qsCell = finding.cells!.find((c) => c.field === 'period' && c.reportId !== finding.cells![0]!.reportId) ?? finding.cells![1]!;
    const bdvCell = finding.cells!.find((c) => c !== qsCell)!;
    const bdv = (await s.ctx.db.selectFrom('report_values').select('period_value').where('report_id', '=', bdvCell.reportId).where('indicator_code', '=', 'GN05').executeTakeFirstOrThrow()).period_value;
    const qsBefore = (await s.ctx.db.selectFrom('report_values').select('period_value').where('report_id', '=', qsCell.reportId).where('indicator_code', '=', 'GN05').executeTakeFirstOrThrow()).period_value;
    await settleFinding(s.ctx, { period: P, key: finding.key, action: 'correct', note: 'Xác nhận qua điện thoại', corrections: [{ ...qsCell, value: bdv }] });

    const view = await runReconcile(s.ctx, P);
    const kept = view.findings.filter((f) => f.key === finding.key);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      rule: 'R6',
      districtCode: '532',
      indicator: 'GN05',
      status: 'corrected',
      gone: true,
      message: expect.stringContaining('cột thực hiện trong kỳ'),
      settledBy: expect.any(String),
      settlement: { action: 'correct', note: 'Xác nhận qua điện thoại', corrections: [{ reportId: qsCell.reportId, indicator: 'GN05', field: 'period', oldValue: qsBefore, newValue: bdv }] },
    });
    expect(kept[0]!.settlement!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A gone finding cannot be settled again, nor in a selection: only reopened.
    await expect(settleMany(s.ctx, { period: P, keys: [finding.key], action: 'accept', note: null })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reopening an explained finding makes it open again with no settlement', async () => {
    const { r6 } = await plant(['532']);
    const key = r6[0]!.key;
    await settleFinding(s.ctx, { period: P, key, action: 'accept', note: 'Đúng theo biên bản' });
    expect((await runReconcile(s.ctx, P)).findings.find((f) => f.key === key)).toMatchObject({ status: 'accepted', gone: false, settlement: { action: 'accept', note: 'Đúng theo biên bản' } });
    await reopenFinding(s.ctx, P, key, 'Đơn vị gửi lại số liệu');
    expect((await runReconcile(s.ctx, P)).findings.find((f) => f.key === key)).toMatchObject({ status: 'open', settlement: null, note: null });
  });
});
