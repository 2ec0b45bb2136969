import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import { contract } from '../../../shared/contract';
import { addDaysIso, calendarDateProblem, isRealIsoDate, localIsoDate } from '../../../shared/dates';
import { IsoDate } from '../../../shared/date-schema';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';
import { SAMPLES } from './fixtures';

const MINH_LONG = 'BC quy 2-2021 BDV Minh Long.xlsx';
let s: Services;
beforeAll(async () => {
  s = await openTestServices(path.join(tempDir('phdv-rd-'), 'rd.db'));
});
afterAll(async () => s.close());

const stage = () => s.importer.stage(MINH_LONG, new Uint8Array(fs.readFileSync(path.join(SAMPLES, MINH_LONG))));
const stored = async () => Number((await s.ctx.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the shared calendar date (issue 9.7)', () => {
  it.each(['2021-02-30', '2021-13-45', '2021-2-3', '2021-00-10', '2021-04-31', '2100-02-29', '2021-06-20 ', ''])('%j is not a date', (d) => {
    expect(isRealIsoDate(d)).toBe(false);
    expect(IsoDate.safeParse(d).success).toBe(false);
    expect(calendarDateProblem(d, 'Ngày nhận')).toMatch(/^Ngày nhận /);
  });

  it.each(['2021-06-20', '2024-02-29', '2000-02-29', '2020-12-31'])('%s is a date', (d) => {
    expect(isRealIsoDate(d)).toBe(true);
    expect(IsoDate.parse(d)).toBe(d);
    expect(calendarDateProblem(d, 'Ngày nhận')).toBeNull();
  });

  it('every contract input with a date uses it: import.save, documents.preview/export, plan dates', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(contract['import.save'].input.safeParse({ stagingId: id, receivedDate: '2021-02-30' }).success).toBe(false);
    expect(contract['import.save'].input.safeParse({ stagingId: id, receivedDate: '2021-02-28' }).success).toBe(true);
    for (const field of ['issueDate', 'deadline']) {
      for (const ch of ['documents.preview', 'documents.export'] as const) {
        expect(contract[ch].input.safeParse({ kind: 'quarter', period: '2021-Q2', [field]: '2021-13-45' }).success, `${ch} ${field}`).toBe(false);
      }
    }
    const period = { code: '2021-Q2', kind: 'Q2', windowStart: '2021-03-15', windowEnd: '2021-06-31', dueDate: '2021-06-20' };
    expect(contract['plan.savePeriod'].input.safeParse({ period }).success).toBe(false);
  });
});

describe('Importer.save refuses a received date that cannot be right, writing nothing', () => {
  it.each([
    ['2021-02-30', /tháng 2 năm 2021 không có ngày 30/],
    ['2020-12-14', /trước ngày bắt đầu kỳ số liệu đầu tiên của kế hoạch năm 2021 \(15\/12\/2020\)/],
    [addDaysIso(localIsoDate(), 1), /ở sau hôm nay/],
  ])('%s', async (date, message) => {
    const staged = await stage();
    expect(staged.status).toBe('accepted');
    await expect(s.importer.save(staged.stagingId, date)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
    expect(await stored()).toBe(0);
    s.importer.drop(staged.stagingId);
  });

  it('the dispatcher answers the same for the renderer: an invalid_input envelope', async () => {
    const staged = await stage();
    const r = await s.dispatch('import.save', { stagingId: staged.stagingId, receivedDate: addDaysIso(localIsoDate(), 30) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('ở sau hôm nay') } });
    expect(await stored()).toBe(0);
    s.importer.drop(staged.stagingId);
  });

  it('the first day of the first window, and today, are accepted', async () => {
    const staged = await stage();
    await expect(s.importer.save(staged.stagingId, '2020-12-15')).resolves.toMatchObject({ status: 'accepted', receivedDate: '2020-12-15' });
    expect(await stored()).toBe(1);
  });
});
