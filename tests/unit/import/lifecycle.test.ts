import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankForms } from '../../../electron/forms/service';
import type { Services } from '../../../electron/runtime';
import { indicatorsFor } from '../../../shared/domain/plan';
import type { FigurePair } from '../../../shared/domain/report';
import { fillForm } from '../../helpers/fill-form';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-life-'), 'life.db'));
});
afterEach(async () => s.close());

async function filledForm(unit: string, seed: number): Promise<Uint8Array> {
  const [form] = await blankForms(s.ctx, '2021-Q2', unit);
  const { indicators } = await s.importer.catalogue(2021);
  const values: Record<string, FigurePair> = {};
  for (const [k, i] of indicatorsFor(indicators, unit.endsWith('QS') ? 'QS' : 'BDV').entries()) values[i.code] = { period: seed + k, ytd: (seed + k) * 2 };
  return fillForm(form!.bytes, values, { ket_qua_noi_bat: `lần ${seed}` });
}

/** The database files as bytes, after a checkpoint, so two snapshots compare what is stored. */
function snapshot(): Buffer[] {
  s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
  return [s.ctx.dbPath, `${s.ctx.dbPath}-wal`].map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : Buffer.alloc(0)));
}

const reportCount = async () => Number((await s.ctx.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('import lifecycle', () => {
  it('accepts, then records the same file again as a duplicate arrival, then takes a corrected file as a new version keeping the old one', async () => {
    const first = await filledForm('524-BDV', 10);
    const a = await s.importer.stage('bc.xlsx', first);
    expect(a.status).toBe('accepted');
    expect(await s.importer.save(a.stagingId, '2021-06-18')).toMatchObject({ status: 'accepted', version: 1 });

    const dup = await s.importer.stage('bc (1).xlsx', first);
    expect(dup.status).toBe('duplicate');
    expect(dup.reason?.message).toContain('đã được nhập');
    // Saving a duplicate stores nothing of its figures, only that it arrived again (R3 reports it).
    expect(await s.importer.save(dup.stagingId, '2021-06-19')).toMatchObject({ status: 'duplicate', version: 1 });
    expect(await reportCount()).toBe(1);
    expect(await s.ctx.db.selectFrom('duplicate_arrivals').select(['file_name', 'received_date']).execute()).toEqual([{ file_name: 'bc (1).xlsx', received_date: '2021-06-19' }]);

    const second = await s.importer.stage('bc sua.xlsx', await filledForm('524-BDV', 20));
    expect(second.status).toBe('new_version');
    expect(second.replaces).toMatchObject({ version: 1, fileName: 'bc.xlsx', receivedDate: '2021-06-18' });
    expect(await s.importer.save(second.stagingId, '2021-06-25')).toMatchObject({ status: 'new_version', version: 2 });

    const rows = await s.ctx.db.selectFrom('reports').select(['version', 'is_current', 'received_date', 'file_name']).orderBy('version').execute();
    expect(rows).toEqual([
      { version: 1, is_current: 0, received_date: '2021-06-18', file_name: 'bc.xlsx' },
      { version: 2, is_current: 1, received_date: '2021-06-25', file_name: 'bc sua.xlsx' },
    ]);
    const v1 = await s.ctx.db.selectFrom('report_values').innerJoin('reports', 'reports.id', 'report_values.report_id').select(['version', 'period_value']).where('indicator_code', '=', 'TT01').orderBy('version').execute();
    expect(v1).toEqual([
      { version: 1, period_value: 10 },
      { version: 2, period_value: 20 },
    ]);
  });

  it('leaves the database byte-for-byte unchanged for a rejected file and for a cancelled import', async () => {
    const before = snapshot();
    const rejected = await s.importer.stage('hong.xlsx', new TextEncoder().encode('đây không phải tệp Excel'));
    expect(rejected.status).toBe('rejected');
    await expect(s.importer.save(rejected.stagingId)).rejects.toMatchObject({ code: 'rejected_file' });
    const staged = await s.importer.stage('bc.xlsx', await filledForm('525-QS', 5));
    expect(staged.status).toBe('accepted');
    s.importer.drop(staged.stagingId);
    await expect(s.importer.save(staged.stagingId)).rejects.toMatchObject({ code: 'not_found' });
    const after = snapshot();
    expect(after[0]!.equals(before[0]!)).toBe(true);
    expect(after[1]!.equals(before[1]!)).toBe(true);
  });

  it('asks for the identity when the file does not say it, and saves once it is confirmed', async () => {
    // A retyped table with no unit, no period, no title, and a file name that says nothing.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Thực hiện trong kỳ', 'Lũy kế']);
    const { indicators } = await s.importer.catalogue(2021);
    for (const [k, i] of indicatorsFor(indicators, 'BDV').entries()) ws.addRow([k + 1, i.label, i.unit, k === 0 ? 7 : k, k === 0 ? 9 : k * 2]);
    const staged = await s.importer.stage('bao cao.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(staged.status).toBe('needs_confirmation');
    expect(staged.reason?.code).toMatch(/^identity_/);
    await expect(s.importer.save(staged.stagingId)).rejects.toMatchObject({ code: 'needs_confirmation' });
    const confirmed = await s.importer.confirm(staged.stagingId, { districtCode: '536', unitType: 'BDV', period: '2021-Q2' });
    expect(confirmed.status).toBe('accepted');
    const saved = await s.importer.save(staged.stagingId);
    expect(saved.identity).toEqual({ districtCode: '536', unitType: 'BDV', period: '2021-Q2' });
    expect(confirmed.values.TT01).toEqual({ period: 7, ytd: 9 });
  });

  it('refuses imports into a locked period until it is unlocked with a reason', async () => {
    const { lockPeriod, unlockPeriod } = await import('../../../electron/reconcile/service');
    await lockPeriod(s.ctx, '2021-Q2', 'đã chốt để giao ban');
    const bytes = await filledForm('527-BDV', 3);
    const staged = await s.importer.stage('bc.xlsx', bytes);
    expect(staged.status).toBe('rejected');
    expect(staged.reason).toMatchObject({ code: 'period_locked' });
    await expect(s.importer.save(staged.stagingId)).rejects.toBeTruthy();
    await expect(unlockPeriod(s.ctx, '2021-Q2', '  ')).rejects.toMatchObject({ code: 'invalid_input' });
    await unlockPeriod(s.ctx, '2021-Q2', 'Sơn Tịnh gửi bổ sung báo cáo');
    const again = await s.importer.stage('bc.xlsx', bytes);
    expect(again.status).toBe('accepted');
    await s.importer.save(again.stagingId);
    const audit = await s.ctx.db.selectFrom('audit_log').select(['action', 'reason']).where('entity', '=', 'period').orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'lock', reason: 'đã chốt để giao ban' },
      { action: 'unlock', reason: 'Sơn Tịnh gửi bổ sung báo cáo' },
    ]);
  });

  it('writes the received date the user gives, defaulting to today', async () => {
    const a = await s.importer.stage('a.xlsx', await filledForm('528-BDV', 1));
    const saved = await s.importer.save(a.stagingId);
    const d = new Date();
    expect(saved.receivedDate).toBe(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
  });
});

describe('the catalogue the parser receives', () => {
  it('is one object while the plan is unchanged (sent to the worker once per batch) and fresh after an edit', async () => {
    const a = await s.importer.catalogue(2021);
    expect(await s.importer.catalogue(2021)).toBe(a);
    await s.importer.save((await s.importer.stage('bc.xlsx', await filledForm('529-QS', 4))).stagingId);
    expect(await s.importer.catalogue(2021)).toBe(a);
    const tt01 = a.indicators.find((i) => i.code === 'TT01')!;
    await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...tt01, label: 'Số buổi tuyên truyền (sửa)' } });
    const b = await s.importer.catalogue(2021);
    expect(b).not.toBe(a);
    expect(b.indicators.find((i) => i.code === 'TT01')!.label).toBe('Số buổi tuyên truyền (sửa)');
  });
});
