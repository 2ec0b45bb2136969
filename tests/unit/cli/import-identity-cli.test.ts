import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const CASES = path.resolve(import.meta.dirname, '../../fixtures/cases');

describe('CLI --unit/--period against what the file states', () => {
  it('--period against a certain title exits 1 with a Vietnamese message naming the conflict; --force saves with the finding', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const file = path.join(CASES, 'title-certain-unit-period.xlsx');
    const refused = await cli(['import', file, '--period', '2021-Q3', '--db', db, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json.error).toEqual({
      code: 'needs_confirmation',
      message: 'Tệp ghi rõ kỳ báo cáo Quý II năm 2021 (ô Sheet1!A2) nhưng đang chọn Quý III năm 2021. Muốn vẫn lưu, hãy xác nhận lần nữa (dòng lệnh: thêm --force).',
    });
    expect(refused.err).toContain('Lỗi: Tệp ghi rõ kỳ báo cáo');

    const forced = await cli(['import', file, '--period', '2021-Q3', '--force', '--db', db, '--json']);
    expect(forced.code).toBe(0);
    const [r] = forced.json.files;
    expect(r).toMatchObject({ status: 'accepted', district_code: '533', unit_type: 'QS', period: '2021-Q3', version: 1 });
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'identity_overridden', sheet: 'Sheet1', cell: 'A2' }));
  });

  it('--period filling a period the file does not state needs no --force', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const r = await cli(['import', path.join(CASES, 'title-unit-no-period.xlsx'), '--period', '2021-Q2', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.files[0]).toMatchObject({ status: 'accepted', district_code: '533', unit_type: 'QS', period: '2021-Q2' });
    expect(r.json.files[0].findings.some((f: { code: string }) => f.code === 'identity_overridden')).toBe(false);
  });

  it("last year's report stays rejected as wrong_period, even with --period and --force", async () => {
    const db = path.join(tempDir(), 'cli.db');
    const r = await cli(['import', path.join(CASES, 'hidden-sheet-2020-q4.xlsx'), '--period', '2021-Q4', '--force', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(r.json.files[0]).toMatchObject({ status: 'rejected', reason: { code: 'wrong_period' }, period: '2020-Q4', version: null });
  });
});
