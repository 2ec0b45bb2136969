import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReconcile } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import type { ImportFinding } from '../../../shared/domain/report';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const CASES = path.resolve(import.meta.dirname, '../../fixtures/cases');
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(CASES, `${name}.xlsx`)));

let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-ident-'), 'ident.db'));
});
afterEach(async () => s.close());

const stored = () => s.ctx.db.selectFrom('reports').select(['period_code', 'district_code', 'unit_type', 'version', 'findings_json', 'identity_json']).execute();
const importAudit = () => s.ctx.db.selectFrom('audit_log').select(['action', 'entity_key', 'reason']).where('entity', '=', 'report').execute();

describe("last year's report is refused as wrong_period", () => {
  for (const [name, fileName, at] of [
    ['last-year-q4-2020-no-year-in-name', 'BC quy 4 BDV Ba To.xlsx', 'ô Báo cáo!A3'],
    ['hidden-sheet-2020-q4', 'bao cao quy 4.xlsx', 'ô _phdv!B6'],
  ] as const) {
    it(`${name}: rejected, naming the period the file states (${at}), identity kept, never made this year's report`, async () => {
      const staged = await s.importer.stage(fileName, bytesOf(name));
      expect(staged.status).toBe('rejected');
      expect(staged.reason).toEqual({ code: 'wrong_period', message: `Tệp là báo cáo Quý IV năm 2020 (${at}), không phải của kế hoạch năm 2021: không nhập.` });
      expect(staged.resolved).toBeNull();
      expect(staged.identity).toMatchObject({ districtCode: '535', unitType: 'BDV', period: '2020-Q4' });
      // Neither a plain nor a forced confirmation turns it into the 2021 report of Quý IV.
      await expect(s.importer.confirm(staged.stagingId, { districtCode: '535', unitType: 'BDV', period: '2021-Q4' })).rejects.toMatchObject({ code: 'rejected_file' });
      await expect(s.importer.confirm(staged.stagingId, { districtCode: '535', unitType: 'BDV', period: '2021-Q4' }, { force: true })).rejects.toMatchObject({ code: 'rejected_file' });
      await expect(s.importer.save(staged.stagingId)).rejects.toMatchObject({ code: 'rejected_file' });
      expect(await stored()).toEqual([]);
    });
  }
});

describe('a confirmation only fills what the file leaves uncertain', () => {
  it('refuses a period against a certain title, then with force saves it with identity_overridden and the audit reason', async () => {
    const staged = await s.importer.stage('bc.xlsx', bytesOf('title-certain-unit-period'));
    expect(staged).toMatchObject({ status: 'accepted', resolved: { districtCode: '533', unitType: 'QS', period: '2021-Q2' } });
    const chosen = { districtCode: '533', unitType: 'QS', period: '2021-Q3' } as const;
    const refused = s.importer.confirm(staged.stagingId, chosen);
    await expect(refused).rejects.toMatchObject({ code: 'needs_confirmation' });
    await expect(refused).rejects.toThrow('Tệp ghi rõ kỳ báo cáo Quý II năm 2021 (ô Sheet1!A2) nhưng đang chọn Quý III năm 2021. Muốn vẫn lưu, hãy xác nhận lần nữa (dòng lệnh: thêm --force).');
    // The refusal changed nothing: saving now files what the title says.
    expect(s.importer.staging.get(staged.stagingId)?.view.resolved?.period).toBe('2021-Q2');

    const forced = await s.importer.confirm(staged.stagingId, chosen, { force: true });
    expect(forced).toMatchObject({ status: 'accepted', resolved: chosen });
    const note = forced.findings.find((f) => f.code === 'identity_overridden');
    expect(note).toMatchObject({ severity: 'warning', sheet: 'Sheet1', cell: 'A2' });
    await s.importer.save(staged.stagingId, '2021-09-20');

    const [row] = await stored();
    expect(row).toMatchObject({ period_code: '2021-Q3', district_code: '533', unit_type: 'QS' });
    const findings = JSON.parse(row!.findings_json) as ImportFinding[];
    const saved = findings.filter((f) => f.code === 'identity_overridden');
    expect(saved).toHaveLength(1);
    const who = (await s.ctx.actor()).displayName;
    expect(saved[0]?.message).toBe(`Tệp ghi Quý II năm 2021 (ô Sheet1!A2) nhưng ${who} đã xác nhận lưu là Quý III năm 2021.`);
    const [audit] = await importAudit();
    expect(audit).toMatchObject({ action: 'import', entity_key: '2021-Q3/533-QS/v1' });
    expect(audit?.reason).toContain('Tệp ghi rõ kỳ báo cáo Quý II năm 2021 (ô Sheet1!A2) nhưng đang chọn Quý III năm 2021');

    // Đối chiếu shows it with the unit and period it was filed under (R3: which report is which).
    const shown = (await runReconcile(s.ctx, '2021-Q3')).findings.filter((f) => f.rule === 'R3' && f.districtCode === '533' && f.unitType === 'QS');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ severity: 'warning', status: 'open' });
    expect(shown[0]?.message).toContain(saved[0]!.message);
    expect((await runReconcile(s.ctx, '2021-Q2')).findings.some((f) => f.message.includes('khác với nội dung tệp'))).toBe(false);
  });

  it('refuses another district, and another unit type, against a certain title', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('title-certain-unit-period'));
    await expect(s.importer.confirm(a.stagingId, { districtCode: '524', unitType: 'QS', period: '2021-Q2' })).rejects.toThrow('Tệp ghi rõ đơn vị Mộ Đức (ô Sheet1!A1) nhưng đang chọn Bình Sơn');
    await expect(s.importer.confirm(a.stagingId, { districtCode: '533', unitType: 'BDV', period: '2021-Q2' })).rejects.toThrow('Tệp ghi rõ loại đơn vị Ban CHQS (ô Sheet1!A1) nhưng đang chọn Ban Dân vận');
  });

  it('confirming what the file states needs no force and leaves no override note', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('title-certain-unit-period'));
    const same = await s.importer.confirm(a.stagingId, { districtCode: '533', unitType: 'QS', period: '2021-Q2' });
    expect(same.status).toBe('accepted');
    expect(same.findings.some((f) => f.code === 'identity_overridden')).toBe(false);
  });

  it('a forced choice taken back by a plain confirmation drops the override note and the audit reason', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('title-certain-unit-period'));
    await s.importer.confirm(a.stagingId, { districtCode: '533', unitType: 'QS', period: '2021-Q3' }, { force: true });
    const back = await s.importer.confirm(a.stagingId, { districtCode: '533', unitType: 'QS', period: '2021-Q2' });
    expect(back.findings.some((f) => f.code === 'identity_overridden')).toBe(false);
    await s.importer.save(a.stagingId, '2021-06-20');
    expect((JSON.parse((await stored())[0]!.findings_json) as ImportFinding[]).some((f) => f.code === 'identity_overridden')).toBe(false);
    expect((await importAudit())[0]?.reason).toBeNull();
  });

  it('fills a period the file leaves uncertain without force', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('title-unit-no-period'));
    expect(a.status).toBe('needs_confirmation');
    const filled = await s.importer.confirm(a.stagingId, { districtCode: '533', unitType: 'QS', period: '2021-Q2' });
    expect(filled).toMatchObject({ status: 'accepted', resolved: { period: '2021-Q2' } });
    expect(filled.findings.some((f) => f.code === 'identity_overridden')).toBe(false);
  });

  it('a contradicted period (window of another quarter) is not certain: any quarter may be chosen without force', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('window-contradicts-quarter'));
    expect(a.status).toBe('needs_confirmation');
    const chosen = await s.importer.confirm(a.stagingId, { districtCode: '524', unitType: 'BDV', period: '2021-Q3' });
    expect(chosen.status).toBe('accepted');
  });

  it('a Quý I report with its window from December is accepted straight away', async () => {
    const a = await s.importer.stage('bc.xlsx', bytesOf('title-window-crosses-year-q1'));
    expect(a).toMatchObject({ status: 'accepted', resolved: { districtCode: '524', unitType: 'BDV', period: '2021-Q1' } });
  });
});
