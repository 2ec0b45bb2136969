import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import type { Period, PlanBundle } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';

/**
 * Windows identify files by their dates and due dates decide late or on time: an edit that leaves
 * them contradictory is refused. Seed (Nghị định 09/2019): Q1 15/12/2020–14/03, Q2 15/03–14/06,
 * Q3 15/06–14/09, Q4 15/09–14/12, H1 15/12/2020–14/06, Y 15/12/2020–14/12, due the 20th.
 */

let s: Services;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const periods = async (): Promise<Record<string, Period>> => {
  const r = await s.dispatch('plan.get', { year: 2021 });
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries((r.value as PlanBundle).periods.map((p) => [p.kind, p]));
};
const save = async (kind: string, change: Partial<Period>) => {
  const p = (await periods())[kind]!;
  return s.dispatch('plan.savePeriod', { period: { ...p, ...change } });
};
const refusal = async (kind: string, change: Partial<Period>): Promise<string> => {
  const before = await periods();
  const r = await save(kind, change);
  expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(await periods(), 'a refused edit stores nothing').toEqual(before);
  return r.ok ? '' : r.error.message;
};
const periodAudit = async () => {
  const r = await s.dispatch('audit.list', { entity: 'period' });
  return r.ok ? (r.value as { entityKey: string; oldValue: string; newValue: string }[]) : [];
};

describe('a period edit is refused', () => {
  it('when the window starts after it ends', async () => {
    expect(await refusal('Q2', { windowStart: '2021-06-15', windowEnd: '2021-06-14' })).toBe('Kỳ số liệu Quý II năm 2021: ngày đầu kỳ 15/06/2021 sau ngày cuối kỳ 14/06/2021.');
  });

  it('when the due date comes before the window ends', async () => {
    expect(await refusal('Q2', { dueDate: '2021-06-10' })).toBe(
      'Hạn gửi báo cáo Quý II năm 2021 (10/06/2021) trước ngày cuối kỳ số liệu (14/06/2021): đơn vị chưa thể báo cáo đủ kỳ. Hạn gửi phải từ ngày 14/06/2021 trở đi.',
    );
    expect(await refusal('H1', { dueDate: '2021-06-13' })).toContain('Hạn gửi báo cáo 6 tháng đầu năm 2021 (13/06/2021)');
  });

  it('when the window ends outside the plan year, or starts more than a year before it', async () => {
    expect(await refusal('Q4', { windowEnd: '2022-01-14', dueDate: '2022-01-20' })).toBe('Ngày cuối kỳ số liệu Quý IV năm 2021 phải trong năm 2021 (đang là 14/01/2022).');
    expect(await refusal('Q1', { windowStart: '2012-12-15' })).toContain('quá xa trước năm 2021');
  });

  it.each(['2021-02-30', '2021-13-01', '2021-6-1', '14/06/2021'])('when a date is not a real calendar date: %s', async (date) => {
    const r = await save('Q2', { dueDate: date });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('when a quarter overlaps the one before it', async () => {
    expect(await refusal('Q2', { windowStart: '2021-03-10' })).toBe(
      'Kỳ số liệu Quý II năm 2021 (10/03/2021 – 14/06/2021) chồng lên Quý I năm 2021 (15/12/2020 – 14/03/2021): các quý phải nối tiếp nhau theo thứ tự, mỗi ngày chỉ thuộc một quý. Nếu đổi cả hai quý, hãy sửa quý kia trước.',
    );
  });

  it('when a quarter overlaps the one after it, naming the edited quarter first', async () => {
    expect(await refusal('Q1', { windowStart: '2021-01-01', windowEnd: '2021-03-31', dueDate: '2021-04-05' })).toMatch(/^Kỳ số liệu Quý I năm 2021 \(01\/01\/2021 – 31\/03\/2021\) chồng lên Quý II năm 2021/);
  });

  it('when quarters are out of order', async () => {
    expect(await refusal('Q3', { windowStart: '2021-01-01', windowEnd: '2021-03-10', dueDate: '2021-03-20' })).toMatch(/^Kỳ số liệu Quý III năm 2021 .* đứng trước Quý II năm 2021/);
  });

  it('when the six months or the year are given a window of their own', async () => {
    expect(await refusal('H1', { windowStart: '2021-01-01' })).toBe(
      'Kỳ số liệu 6 tháng đầu năm 2021 đi theo các quý: từ ngày đầu kỳ Quý I năm 2021 (15/12/2020) đến ngày cuối kỳ Quý II năm 2021 (14/06/2021). Muốn đổi, hãy sửa ngày của các quý; kỳ này tự đổi theo.',
    );
    expect(await refusal('Y', { windowEnd: '2021-12-31', dueDate: '2022-01-05' })).toContain('Kỳ số liệu năm 2021 đi theo các quý');
  });

  it('when moving a quarter would carry the year past its own due date', async () => {
    expect(await refusal('Q4', { windowStart: '2021-10-01', windowEnd: '2021-12-31', dueDate: '2022-01-05' })).toBe(
      'Sửa như vậy, kỳ số liệu năm 2021 sẽ kết thúc ngày 31/12/2021, sau hạn gửi 20/12/2021 của kỳ đó. Hãy lùi hạn gửi năm 2021 trước.',
    );
  });
});

describe('a period edit is accepted', () => {
  it('with the due date on the last day of the window, and a one-day window', async () => {
    expect(await save('Q2', { dueDate: '2021-06-14' })).toMatchObject({ ok: true });
    expect(await save('Q3', { windowStart: '2021-09-14', windowEnd: '2021-09-14', dueDate: '2021-09-14' })).toMatchObject({ ok: true });
    expect((await periods()).Q3).toMatchObject({ windowStart: '2021-09-14', windowEnd: '2021-09-14' });
  });

  it('moving the whole plan to calendar quarters one period at a time, the six months and the year following, each change audited', async () => {
    const steps: [string, Partial<Period>][] = [
      ['Y', { dueDate: '2022-01-05' }],
      ['Q4', { windowStart: '2021-10-01', windowEnd: '2021-12-31', dueDate: '2022-01-05' }],
      ['Q3', { windowStart: '2021-07-01', windowEnd: '2021-09-30', dueDate: '2021-10-05' }],
      ['H1', { dueDate: '2021-07-05' }],
      ['Q2', { windowStart: '2021-04-01', windowEnd: '2021-06-30', dueDate: '2021-07-05' }],
      ['Q1', { windowStart: '2021-01-01', windowEnd: '2021-03-31', dueDate: '2021-04-05' }],
    ];
    for (const [kind, change] of steps) expect(await save(kind, change), kind).toMatchObject({ ok: true });
    const p = await periods();
    expect(p.H1).toEqual({ code: '2021-H1', kind: 'H1', windowStart: '2021-01-01', windowEnd: '2021-06-30', dueDate: '2021-07-05' });
    expect(p.Y).toEqual({ code: '2021-Y', kind: 'Y', windowStart: '2021-01-01', windowEnd: '2021-12-31', dueDate: '2022-01-05' });
    const keys = (await periodAudit()).map((r) => r.entityKey).sort();
    // Six edits, plus the year moved by Q4 and Q1, the six months by Q2 and Q1.
    expect(keys).toEqual(['2021-H1', '2021-H1', '2021-H1', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2021-Y', '2021-Y', '2021-Y']);
    const yearRows = (await periodAudit()).filter((r) => r.entityKey === '2021-Y').map((r) => [JSON.parse(r.oldValue).windowEnd, JSON.parse(r.newValue).windowEnd]);
    expect(yearRows, 'the row Q4 caused records the year end it moved').toContainEqual(['2021-12-14', '2021-12-31']);
  });

  it('without an audit row when nothing changed', async () => {
    expect(await save('Q2', {})).toMatchObject({ ok: true });
    expect(await periodAudit()).toEqual([]);
  });
});
