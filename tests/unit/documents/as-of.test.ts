import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { documentInput, getDraftFor } from '../../../electron/documents/service';
import type { Services } from '../../../electron/runtime';
import type { DocumentRequest } from '../../../electron/documents/service';
import { cleanDataSet, type DataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';
import { readParts, textOf } from '../documents/docx-parts';
import { reportOf } from './unsettled-data';

/**
 * Every document speaks as of its issue date (issue 10.2): a report received after it is "chưa
 * gửi", days late are counted up to it, a version received later is not used yet, and the figures
 * say "tính đến ngày …" when reports came in after the period's due date.
 */
let s: Services;
const open = async (ds: DataSet) => {
  s = await openTestServices(path.join(tempDir(), 'asof.db'));
  await storeDataSet(s.ctx, ds);
};
afterEach(async () => s?.close());

const bodyText = async (req: DocumentRequest) => textOf((await readParts(await buildDocument(await documentInput(s.ctx, req))))['word/document.xml']!);

describe('the reminder letter of Quý IV, reports of Tư Nghĩa (BDV) and Sơn Hà (QS) received on 31/12 and 02/01', () => {
  beforeEach(async () => {
    const ds = cleanDataSet({ historyYears: 0 });
    reportOf(ds, { period: '2021-Q4', districtCode: '528', unitType: 'BDV' }).receivedDate = '2021-12-31';
    reportOf(ds, { period: '2021-Q4', districtCode: '529', unitType: 'QS' }).receivedDate = '2022-01-02';
    await open(ds);
  });

  it('dated 21/12: both are not yet received, one day overdue, and nobody is "chậm 13 ngày"', async () => {
    const input = await documentInput(s.ctx, { kind: 'reminder', period: '2021-Q4', issueDate: '2021-12-21' });
    expect(input.reminder!.units.map((u) => [u.districtCode, u.unitType, u.status, u.daysLate])).toEqual([
      ['528', 'BDV', 'missing', 1],
      ['529', 'QS', 'missing', 1],
    ]);
    const text = await bodyText({ kind: 'reminder', period: '2021-Q4', issueDate: '2021-12-21' });
    expect(text).toContain('Đến ngày 21/12/2021');
    expect(text).toContain('chưa gửi báo cáo (đã quá hạn 1 ngày)');
    expect(text).not.toMatch(/chậm \d+ ngày/);
    expect(text).toContain('Đề nghị các đơn vị chưa gửi báo cáo khẩn trương hoàn thành');
  });

  it('dated 31/12: Tư Nghĩa is late by 11 days, Sơn Hà still not received (11 days overdue)', async () => {
    const input = await documentInput(s.ctx, { kind: 'reminder', period: '2021-Q4', issueDate: '2021-12-31' });
    expect(input.reminder!.units.map((u) => [u.districtCode, u.status, u.daysLate])).toEqual([
      ['528', 'late', 11],
      ['529', 'missing', 11],
    ]);
  });

  it('dated 03/01/2022: both are late, by 11 and 13 days', async () => {
    const text = await bodyText({ kind: 'reminder', period: '2021-Q4', issueDate: '2022-01-03' });
    expect(text).toContain('gửi báo cáo chậm 11 ngày so với thời hạn');
    expect(text).toContain('gửi báo cáo chậm 13 ngày so với thời hạn');
    expect(text).not.toContain('chưa gửi báo cáo');
  });

  it('the figures of Quý IV as of 21/12 leave the two reports out and say as of when', async () => {
    const input = await documentInput(s.ctx, { kind: 'quarter', period: '2021-Q4', issueDate: '2021-12-21' });
    expect(input.figures.missing.map((m) => `${m.districtCode}-${m.unitType}`)).toEqual(['528-BDV', '529-QS']);
    expect(input.figuresAsOf).toBe('2021-12-21');
    const text = await bodyText({ kind: 'quarter', period: '2021-Q4', issueDate: '2021-12-21' });
    expect(text).toContain('Trong Quý IV năm 2021, tính đến ngày 21/12/2021, toàn tỉnh đã thực hiện:');
    expect(text).toContain('Còn 2 đơn vị chưa gửi báo cáo');
    const later = await documentInput(s.ctx, { kind: 'quarter', period: '2021-Q4', issueDate: '2022-01-03' });
    expect(later.figures.missing).toEqual([]);
    expect(later.figuresAsOf).toBe('2022-01-03');
  });
});

describe('versions and on-time periods', () => {
  it('a new version received after the issue date is not used yet: the one current on that date is', async () => {
    const ds = cleanDataSet({ historyYears: 0 });
    const v1 = reportOf(ds, { period: '2021-Q3', districtCode: '527', unitType: 'BDV' });
    v1.receivedDate = '2021-09-18';
    const first = v1.values.TT01!.period!;
    ds.reports.push({ ...v1, id: 99_001, version: 2, receivedDate: '2021-10-05', sha256: 'v2', fileName: 'BC quy 3 ban sua.xlsx', values: { ...v1.values, TT01: { period: first + 100, ytd: v1.values.TT01!.ytd! + 100 } } });
    await open(ds);
    const unitValue = async (issueDate: string) =>
      (await documentInput(s.ctx, { kind: 'annex', period: '2021-Q3', issueDate })).figures.units.find((u) => u.districtCode === '527' && u.unitType === 'BDV')!.values.TT01;
    expect(await unitValue('2021-09-25')).toBe(first);
    expect(await unitValue('2021-10-10')).toBe(first + 100);
  });

  it('every report in by the due date: no "tính đến ngày"; one Quý II report late: the six-month report and its annex say it', async () => {
    await open(cleanDataSet({ historyYears: 0 }));
    expect((await documentInput(s.ctx, { kind: 'six-month', period: '2021-H1', issueDate: '2021-06-25' })).figuresAsOf).toBeNull();
    expect(await bodyText({ kind: 'six-month', period: '2021-H1', issueDate: '2021-06-25' })).not.toContain('tính đến ngày');
    await s.close();

    const ds = cleanDataSet({ historyYears: 0 });
    reportOf(ds, { period: '2021-Q2', districtCode: '530', unitType: 'QS' }).receivedDate = '2021-06-23';
    await open(ds);
    const text = await bodyText({ kind: 'six-month', period: '2021-H1', issueDate: '2021-06-25' });
    expect(text).toContain('tính đến ngày 25/06/2021.');
    expect(text).toContain('Số liệu tính đến ngày 25/06/2021.');
  });
});

describe('the issue date', () => {
  beforeEach(async () => open(cleanDataSet({ historyYears: 0 })));

  it.each([
    ['year', '2021-Y', '2021-12-10', '14/12/2021'],
    ['six-month', '2021-H1', '2021-06-13', '14/06/2021'],
    ['reminder', '2021-Q2', '2021-05-30', '14/06/2021'],
  ] as const)('%s %s dated %s (before the end of its data window) is refused, naming %s', async (kind, period, issueDate, end) => {
    const err = await documentInput(s.ctx, { kind, period, issueDate }).catch((e: unknown) => e as { code: string; message: string });
    expect(err).toMatchObject({ code: 'invalid_input' });
    expect((err as { message: string }).message).toContain(`ở trước ngày cuối kỳ số liệu`);
    expect((err as { message: string }).message).toContain(end);
  });

  it('the year review can be dated on the last day of the year window, in December', async () => {
    await expect(documentInput(s.ctx, { kind: 'year', period: '2021-Y', issueDate: '2021-12-14' })).resolves.toMatchObject({ issueDate: '2021-12-14' });
  });

  it('a past plan year has no default: the service asks for the date, the draft tells the page', async () => {
    await expect(documentInput(s.ctx, { kind: 'six-month', period: '2021-H1' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Kế hoạch năm 2021 đã qua: hãy chọn ngày ban hành') });
    expect((await getDraftFor(s.ctx, 'six-month', '2021-H1')).dates).toEqual({ earliest: '2021-06-14', suggested: null });
  });
});
