import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { auditOf, plantedWorld, viaGui } from './helpers/world';

const P = '2021-Q2';
const originalFigure = (db: string, cell: string): number => {
  const [reportId, indicator, field] = cell.split('/');
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    return d.prepare(`SELECT ${field === 'ytd' ? 'ytd_value' : 'period_value'} FROM report_values WHERE report_id = ? AND indicator_code = ?`).pluck().get(Number(reportId), indicator) as number;
  } finally {
    d.close();
  }
};
const auditCount = (db: string): number => {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    return d.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  } finally {
    d.close();
  }
};

describe('findings list', () => {
  it('--json gives the very finding objects of reconcile --json, with key, status and the cells --cell takes', async () => {
    const w = await plantedWorld();
    const list = await cli(['findings', 'list', '--db', w.db, '--period', P, '--json']);
    const rec = await cli(['reconcile', '--db', w.db, '--period', P, '--json']);
    expect(list.code).toBe(0);
    expect(list.json.findings).toEqual(rec.json.findings);
    const r6 = list.json.findings.find((f: { key: string }) => f.key === w.period.key);
    expect(r6).toMatchObject({ rule: 'R6', status: 'open', district_code: '532', indicator: 'GN05', values: { BDV: w.bdvValue, QS: w.bdvValue + 7 } });
    expect(r6.cells.map((c: { cell: string }) => c.cell)).toEqual(w.period.cells!.map((c) => `${c.reportId}/GN05/period`));
  });

  it('the text names each cell by its unit, so a clerk can tell which --cell is the Ban CHQS figure', async () => {
    const w = await plantedWorld();
    const r = await cli(['findings', 'list', '--db', w.db, '--period', P]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`--key ${w.period.key}`);
    expect(r.out).toMatch(/--cell \d+\/GN05\/period \(GN05 thực hiện trong kỳ, Ban Chỉ huy Quân sự huyện Nghĩa Hành, Quý II năm 2021, phiên bản 1\)/);
    expect(r.out).toContain('Chưa xử lý');
  });

  it('exit 2 without --period or with a malformed one', async () => {
    const w = await plantedWorld();
    expect((await cli(['findings', 'list', '--db', w.db])).code).toBe(2);
    expect((await cli(['findings', 'list', '--db', w.db, '--period', '2021-Q7'])).code).toBe(2);
  });
});

describe('findings settle writes the audit rows the Đối chiếu dialog writes', () => {
  it('accept of an R6 finding choosing the Ban Dân vận figure', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['findings', 'settle', '--db', a.db, '--period', P, '--key', a.period.key, '--action', 'accept', '--value', String(a.bdvValue), '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.settle', { period: P, key: b.period.key, action: 'accept', note: null, chosenValue: b.bdvValue }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json).toMatchObject({ key: a.period.key, status: 'accepted', rule: 'R6' });
    expect(viaCli).toEqual(gui);
    expect(viaCli).toEqual([expect.objectContaining({ action: 'settle_accept', entity: 'finding', entityKey: a.period.key, newValue: { status: 'accepted', chosenValue: a.bdvValue } })]);
    const fig = await cli(['figures', '--db', a.db, '--period', P, '--json']);
    expect(fig.json.districts.find((d: { district_code: string }) => d.district_code === '532').values.GN05).toBe(a.bdvValue);
  });

  it('correct of one cell, the figure written the vi-VN way (12,5): the corrected figure and the settlement, the original figure kept in the report', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const qs = a.period.cells![1]!;
    const corrected = `${a.bdvValue.toLocaleString('vi-VN')},5`;
    const cell = `${qs.reportId}/${qs.indicator}/${qs.field}`;
    const before = originalFigure(a.db, cell);
    let r;
    const note = 'Ban CHQS Nghĩa Hành xác nhận qua điện thoại';
    const viaCli = await auditOf(a.db, async () => (r = await cli(['findings', 'settle', '--db', a.db, '--period', P, '--key', a.period.key, '--action', 'correct', '--cell', cell, '--value', corrected, '--note', note, '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.settle', { period: P, key: b.period.key, action: 'correct', note, chosenValue: null, corrections: [{ ...qs, value: b.bdvValue + 0.5 }] }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json.status).toBe('corrected');
    expect(viaCli).toEqual(gui);
    expect(viaCli.map((x) => [x.action, x.entityKey, x.oldValue, x.newValue, x.reason])).toEqual([
      ['correct', cell, before, a.bdvValue + 0.5, note],
      ['settle_correct', a.period.key, 'open', { status: 'corrected', chosenValue: null }, note],
    ]);
    expect(originalFigure(a.db, cell)).toBe(before);
  });

  it('explain with a note, written in Vietnamese as typed', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const note = 'Hai ban tổ chức riêng, không phải hoạt động chung';
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['findings', 'settle', '--db', a.db, '--period', P, '--key', a.ytd.key, '--action', 'explain', '--note', note])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.settle', { period: P, key: b.ytd.key, action: 'explain', note, chosenValue: null }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.out).toContain('Đã xử lý (Đã giải trình)');
    expect(viaCli).toEqual(gui);
    expect(viaCli[0]).toMatchObject({ action: 'settle_explain', reason: note });
  });

  it('a finding with several cells and no --cell is refused (exit 2) with the cells to choose from, nothing written', async () => {
    const w = await plantedWorld();
    const n = auditCount(w.db);
    const r = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.period.key, '--action', 'correct', '--value', '5', '--note', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('có 2 ô số liệu');
    for (const c of w.period.cells!) expect(r.err).toContain(`--cell ${c.reportId}/GN05/period`);
    const other = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.period.key, '--action', 'correct', '--value', '5', '--note', 'x', '--cell', '1/GN05/period']);
    expect(other.code).toBe(2);
    expect(other.err).toContain('Ô "1/GN05/period" không thuộc điểm chênh lệch này');
    expect(auditCount(w.db)).toBe(n);
  });

  it.each([
    ['correct without --value', ['--action', 'correct', '--note', 'x'], 'cần --value'],
    ['correct without a reason', ['--action', 'correct', '--value', '5', '--cell', 'CELL'], 'lý do sửa số liệu'],
    ['explain without a note', ['--action', 'explain'], 'nội dung giải trình'],
    ['explain with a figure', ['--action', 'explain', '--note', 'x', '--value', '5'], 'không nhận --value'],
    ['an unknown action', ['--action', 'xoa'], 'không phải "xoa"'],
    ['no action', [], 'Cần --action'],
    ['a figure a US-locale script means as 1250', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value', '1,250'], 'không rõ: "1,250" được đọc là 1,25'],
    ['a decimal point', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value', '12.5'], 'số thập phân viết bằng dấu phẩy'],
    ['a figure that is not a number', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value', 'mười'], 'không phải số'],
    ['a negative figure', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value=-3'], 'số liệu không âm'],
    ['a figure with words', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value', '12 suất'], 'không kèm chữ'],
    ['a figure flag without its figure', ['--action', 'correct', '--note', 'x', '--cell', 'CELL', '--value'], 'Tùy chọn --value cần một giá trị'],
    ['R6 accept choosing a figure neither unit reported', ['--action', 'accept', '--value', '99999'], 'một trong các số liệu'],
    ['an unknown flag', ['--action', 'accept', '--vaule', '5'], 'Không có tùy chọn --vaule.'],
  ])('exit 2, nothing written: %s', async (_what, args, message) => {
    const w = await plantedWorld();
    const qs = w.period.cells![1]!;
    const n = auditCount(w.db);
    const r = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.period.key, ...args.map((x) => (x === 'CELL' ? `${qs.reportId}/GN05/period` : x))]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(message);
    expect(auditCount(w.db)).toBe(n);
  });

  it('exit 2 without --key, exit 1 for a key the period does not have (--json carries the error)', async () => {
    const w = await plantedWorld();
    expect((await cli(['findings', 'settle', '--db', w.db, '--period', P, '--action', 'accept'])).code).toBe(2);
    const r = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', 'R6|2021-Q2|999|*|GN05|period', '--action', 'accept', '--json']);
    expect(r.code).toBe(1);
    expect(r.json.error).toEqual({ code: 'not_found', message: expect.stringContaining('không có điểm chênh lệch "R6|2021-Q2|999|*|GN05|period"') });
  });

  it('exit 1 on a locked period, nothing written', async () => {
    const w = await plantedWorld();
    expect((await cli(['period', 'lock', '--db', w.db, '--period', P])).code).toBe(0);
    const n = auditCount(w.db);
    const r = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.period.key, '--action', 'accept', '--json']);
    expect(r.code).toBe(1);
    expect(r.json.error.code).toBe('locked');
    expect(r.err).toContain('đã chốt số liệu');
    expect(auditCount(w.db)).toBe(n);
  });
});

describe('findings reopen', () => {
  it('writes the reopen row the GUI writes, and the finding is open again', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const reason = 'Ban CHQS gửi lại số liệu';
    expect((await cli(['findings', 'settle', '--db', a.db, '--period', P, '--key', a.ytd.key, '--action', 'explain', '--note', 'tạm'])).code).toBe(0);
    await viaGui(b.db, 'reconcile.settle', { period: P, key: b.ytd.key, action: 'explain', note: 'tạm', chosenValue: null });
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['findings', 'reopen', '--db', a.db, '--period', P, '--key', a.ytd.key, '--reason', reason, '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'reconcile.reopen', { period: P, key: b.ytd.key, reason }));
    expect(r!.code, r!.err).toBe(0);
    expect(r!.json).toEqual({ period: P, key: a.ytd.key, status: 'open' });
    expect(viaCli).toEqual(gui);
    expect(viaCli).toEqual([{ action: 'reopen', entity: 'finding', entityKey: a.ytd.key, oldValue: 'explained', newValue: 'open', reason }]);
    const list = await cli(['findings', 'list', '--db', a.db, '--period', P, '--json']);
    expect(list.json.findings.find((f: { key: string }) => f.key === a.ytd.key).status).toBe('open');
  });

  it('exit 2 without --reason; exit 1 for an unknown key, a finding still open, or a locked period; nothing written', async () => {
    const w = await plantedWorld();
    const n = auditCount(w.db);
    expect((await cli(['findings', 'reopen', '--db', w.db, '--period', P, '--key', w.ytd.key])).code).toBe(2);
    const unknown = await cli(['findings', 'reopen', '--db', w.db, '--period', P, '--key', 'R6|khong-co', '--reason', 'x', '--json']);
    expect([unknown.code, unknown.json.error.code]).toEqual([1, 'not_found']);
    const open = await cli(['findings', 'reopen', '--db', w.db, '--period', P, '--key', w.ytd.key, '--reason', 'x', '--json']);
    expect([open.code, open.json.error.code]).toEqual([1, 'conflict']);
    expect(auditCount(w.db)).toBe(n);
    expect((await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.ytd.key, '--action', 'accept'])).code).toBe(0);
    expect((await cli(['period', 'lock', '--db', w.db, '--period', P])).code).toBe(0);
    const m = auditCount(w.db);
    const locked = await cli(['findings', 'reopen', '--db', w.db, '--period', P, '--key', w.ytd.key, '--reason', 'x', '--json']);
    expect([locked.code, locked.json.error.code]).toEqual([1, 'locked']);
    expect(auditCount(w.db)).toBe(m);
  });
});
