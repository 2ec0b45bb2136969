import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { addDaysIso, localIsoDate } from '../../../shared/dates';
import { tempDir } from '../../helpers/temp';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const MINH_LONG = path.join(SAMPLES, 'BC quy 2-2021 BDV Minh Long.xlsx');

async function minhLong(db: string) {
  const rec = await cli(['reconcile', '--db', db, '--period', '2021-Q2', '--json']);
  return JSON.parse(rec.out).completeness.find((c: { district_code: string; unit_type: string }) => c.district_code === '531' && c.unit_type === 'BDV');
}

describe('import --received takes only a real, possible date (issue 9.7)', () => {
  it.each([
    ['2021-13-45', 'không có tháng 13'],
    ['2021-02-30', 'tháng 2 năm 2021 không có ngày 30'],
    ['2021-2-3', 'phải có dạng năm-tháng-ngày YYYY-MM-DD'],
    ['20/06/2021', 'phải có dạng năm-tháng-ngày YYYY-MM-DD'],
    ['2021-06-00', 'không có ngày 0'],
    ['2020-12-14', 'trước ngày bắt đầu kỳ số liệu đầu tiên của kế hoạch năm 2021 (15/12/2020)'],
  ])('--received %s: exit 2, "%s", nothing stored', async (date, message) => {
    const db = path.join(tempDir(), 'd.db');
    const r = await cli(['import', MINH_LONG, '--db', db, '--received', date]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.normalize('NFC')).toBe(r.err);
    expect(await minhLong(db)).toMatchObject({ status: 'missing', received_date: null });
  });

  it('a date after today (the local calendar) is refused with exit 2, in dd/mm/yyyy', async () => {
    const db = path.join(tempDir(), 'd.db');
    const tomorrow = addDaysIso(localIsoDate(), 1);
    const r = await cli(['import', MINH_LONG, '--db', db, '--received', tomorrow, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error).toEqual({ code: 'invalid_input', message: expect.stringContaining(`Ngày nhận ${tomorrow.split('-').reverse().join('/')} ở sau hôm nay`) });
    expect(await minhLong(db)).toMatchObject({ status: 'missing' });
  });

  it("with --period, the bound is the first window of that period's plan year", async () => {
    const db = path.join(tempDir(), 'd.db');
    const r = await cli(['import', MINH_LONG, '--db', db, '--period', '2021-Q2', '--received', '2020-01-10']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('15/12/2020');
  });

  it.each(['2021-06-19', '2020-12-15', localIsoDate()])('--received %s is stored as given', async (date) => {
    const db = path.join(tempDir(), 'd.db');
    const r = await cli(['import', MINH_LONG, '--db', db, '--received', date, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).files[0]).toMatchObject({ status: 'accepted', version: 1 });
    expect(await minhLong(db)).toMatchObject({ received_date: date });
  });

  it('export --date and --deadline refuse a day that does not exist with exit 2, writing nothing', async () => {
    const dir = tempDir();
    for (const flag of ['--date', '--deadline']) {
      const out = path.join(dir, `${flag}.docx`);
      const r = await cli(['export', '--kind', 'reminder', '--period', '2021-Q2', '--db', path.join(dir, 'x.db'), '--out', out, flag, '2021-04-31']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('tháng 4 năm 2021 không có ngày 31');
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it.each([
    [['--date', '2021-06-13'], 'Ngày văn bản 13/06/2021 ở trước ngày cuối kỳ số liệu Quý II năm 2021 (14/06/2021)'],
    [['--date', '2021-07-05', '--deadline', '2021-07-04'], 'Hạn gửi 04/07/2021 ở trước ngày văn bản 05/07/2021'],
  ])('export %j: exit 2 with "%s", writing nothing', async (flags, message) => {
    const dir = tempDir();
    const out = path.join(dir, 'cv.docx');
    const r = await cli(['export', '--kind', 'reminder', '--period', '2021-Q2', '--db', path.join(dir, 'x.db'), '--out', out, ...flags]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});
