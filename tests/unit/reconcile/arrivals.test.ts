import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../electron/reconcile/figures';
import { reconcile } from '../../../electron/reconcile/reconcile';
import { cleanDataSet, cloneDataSet, inputFor, removeReport, reportOf, sha } from '../../helpers/reconcile-data';
import { foundEverywhere, fresh, run } from './helpers';

const row = (ds: ReturnType<typeof fresh>, period: string, d: string, u: 'BDV' | 'QS') =>
  run(ds, period).completeness.find((c) => c.districtCode === d && c.unitType === u);

describe('R1 completeness', () => {
  it('lists a missing quarterly report in its quarter and in the six-month and year periods it belongs to', () => {
    const ds = fresh();
    removeReport(ds, '2021-Q2', '524', 'QS');
    expect(foundEverywhere(ds)).toEqual(['2021-Q2: R1 524 QS *', '2021-H1: R1 524 QS *', '2021-Y: R1 524 QS *']);
    const q2 = run(ds, '2021-Q2').findings[0];
    expect(q2?.message).toBe('Chưa nhận được báo cáo Quý II năm 2021 của Ban CHQS huyện Bình Sơn.');
    expect(q2?.key).toBe('R1|2021-Q2|524|QS|*|missing');
    expect(run(ds, '2021-Y').findings[0]?.values).toEqual({ 'Kỳ còn thiếu': 'Quý II năm 2021' });
    expect(row(ds, '2021-Q2', '524', 'QS')).toMatchObject({ status: 'missing', daysLate: null, receivedDate: null, version: null });
    expect(row(ds, '2021-H1', '524', 'QS')?.status).toBe('missing');
  });

  it('says nothing of a period nobody has reported on yet before its due date, and lists the missing once one report is in or the due date is past', () => {
    const ds = fresh();
    ds.reports = ds.reports.filter((r) => !r.period.endsWith('Q4') && r.period !== '2021-Y');
    const r1 = (period: string, today: string) => reconcile(inputFor(ds, period, today)).findings.filter((f) => f.rule === 'R1');
    expect(r1('2021-Q4', '2021-12-20')).toEqual([]);
    expect(r1('2021-Q4', '2021-12-21')).toHaveLength(26);
    // The year waits on Q4 alone, which is not due yet; Q1–Q3 being in does not make Q4 late.
    expect(r1('2021-Y', '2021-12-20')).toEqual([]);
    expect(r1('2021-Y', '2021-12-21')).toHaveLength(26);
    ds.reports.push({ ...structuredClone(reportOf(ds, '2021-Q3', '522', 'BDV')), id: 9100, period: '2021-Q4', sha256: sha('q4') });
    expect(r1('2021-Q4', '2021-12-01').map((f) => f.key)).toHaveLength(25);
    expect(r1('2021-Q4', '2021-12-01')[0]?.key).toBe('R1|2021-Q4|522|QS|*|missing');
  });

  it('counts a separately filed six-month or year report as complete', () => {
    const base = cleanDataSet({ filedSummaries: ['524-QS'] });
    const ds = cloneDataSet(base);
    removeReport(ds, '2021-Q2', '524', 'QS');
    expect(foundEverywhere(ds)).toEqual(['2021-Q2: R1 524 QS *']);
    expect(row(ds, '2021-H1', '524', 'QS')).toMatchObject({ status: 'on_time', version: 1 });
  });
});

describe('R2 timeliness', () => {
  it('reports the days late against the due date, and a report on the due date as on time', () => {
    const ds = fresh();
    reportOf(ds, '2021-Q3', '525', 'BDV').receivedDate = '2021-09-25';
    reportOf(ds, '2021-Q3', '525', 'QS').receivedDate = '2021-09-20';
    expect(foundEverywhere(ds)).toEqual(['2021-Q3: R2 525 BDV *']);
    const f = run(ds, '2021-Q3').findings[0];
    expect(f?.values['Số ngày muộn']).toBe(5);
    expect(f?.message).toContain('nhận ngày 25/09/2021, muộn 5 ngày so với hạn 20/09/2021');
    expect(f?.message).toContain('Ban Dân vận huyện Trà Bồng');
    expect(row(ds, '2021-Q3', '525', 'BDV')).toMatchObject({ status: 'late', daysLate: 5, receivedDate: '2021-09-25', dueDate: '2021-09-20' });
    expect(row(ds, '2021-Q3', '525', 'QS')).toMatchObject({ status: 'on_time', daysLate: 0 });
  });

  it('dates a six-month period built from quarters by the last quarter in, unless a filed H1 report came earlier', () => {
    const ds = fresh();
    reportOf(ds, '2021-Q2', '527', 'QS').receivedDate = '2021-06-23';
    reportOf(ds, '2021-Q2', '522', 'BDV').receivedDate = '2021-06-28';
    // 522-BDV filed its H1 report on time (the clean set), so its H1 figures were in hand before the late Q2.
    expect(foundEverywhere(ds)).toEqual(['2021-Q2: R2 522 BDV *', '2021-Q2: R2 527 QS *', '2021-H1: R2 527 QS *']);
    expect(row(ds, '2021-H1', '527', 'QS')).toMatchObject({ status: 'late', daysLate: 3, version: null });
    expect(row(ds, '2021-H1', '522', 'BDV')).toMatchObject({ status: 'on_time', version: 1 });
  });
});

describe('R3 versions and identical files', () => {
  it('notes a superseded version, keyed by the current version, saying which counts and why the other does not', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q1', '528', 'BDV');
    ds.reports.push({ ...structuredClone(cur), id: 9001, version: 1, isCurrent: false, sha256: sha('old'), receivedDate: '2021-03-10', fileName: 'BC quy 1 - BDV Tu Nghia.xlsx' });
    cur.version = 2;
    expect(foundEverywhere(ds)).toEqual(['2021-Q1: R3 528 BDV *']);
    const f = run(ds, '2021-Q1').findings[0];
    expect(f).toMatchObject({ severity: 'info', key: 'R3|2021-Q1|528|BDV|*|versions-v2', reportIds: [9001, cur.id] });
    expect(f?.message).toContain('đã gửi 2 phiên bản');
    expect(f?.message).toContain(`Số liệu lấy theo phiên bản 2 (tệp "${cur.fileName}", nhận ngày `);
    expect(f?.message).toContain('phiên bản 1 (tệp "BC quy 1 - BDV Tu Nghia.xlsx", nhận ngày 10/03/2021): phiên bản 2 nhận sau đã thay thế');
  });

  it('names the report dates when the current version was chosen by them', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q1', '528', 'BDV');
    Object.assign(cur, { version: 2, reportDate: '2021-03-18', receivedDate: '2021-03-19' });
    ds.reports.push({ ...structuredClone(cur), id: 9001, version: 1, isCurrent: false, sha256: sha('old'), reportDate: '2021-03-10', receivedDate: '2021-03-12', fileName: 'ban dau.xlsx' });
    const f = run(ds, '2021-Q1').findings;
    expect(f.map((x) => x.key)).toEqual(['R3|2021-Q1|528|BDV|*|versions-v2']);
    expect(f[0]?.message).toContain(`Số liệu lấy theo phiên bản 2 (tệp "${cur.fileName}", ngày báo cáo 18/03/2021, nhận ngày 19/03/2021).`);
    expect(f[0]?.message).toContain('phiên bản 1 (tệp "ban dau.xlsx", ngày báo cáo 10/03/2021, nhận ngày 12/03/2021): ngày báo cáo cũ hơn phiên bản 2');
    expect(f[0]?.values).toMatchObject({ 'Phiên bản đang dùng': 2, 'Ngày báo cáo': '18/03/2021', 'Ngày nhận': '19/03/2021' });
  });

  it('says on its own that a version which arrived after the current one but is older is kept as history, its figures unused', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q2', '529', 'QS');
    cur.reportDate = '2021-06-18';
    const late = { ...structuredClone(cur), id: 9003, version: 2, isCurrent: false, sha256: sha('late old'), reportDate: '2021-06-02', receivedDate: '2021-06-25', fileName: 'BC 6 thang - CHQS Son Tay (ban nhap).xlsx' };
    late.values.GN05 = { period: 999, ytd: 999 };
    ds.reports.push(late);
    const f = run(ds, '2021-Q2').findings;
    expect(f.map((x) => [x.key, x.severity])).toEqual([
      ['R3|2021-Q2|529|QS|*|versions-v1', 'info'],
      ['R3|2021-Q2|529|QS|*|older-on-arrival-v2', 'info'],
    ]);
    expect(f[0]?.message).toContain('phiên bản 2 (tệp "BC 6 thang - CHQS Son Tay (ban nhap).xlsx", ngày báo cáo 02/06/2021, nhận ngày 25/06/2021): nhận sau nhưng ngày báo cáo cũ hơn bản đang dùng');
    expect(f[1]?.message).toBe('Tệp "BC 6 thang - CHQS Son Tay (ban nhap).xlsx" (nhận ngày 25/06/2021) là bản cũ hơn bản đang dùng (ngày báo cáo 18/06/2021): lưu làm lịch sử, không dùng số liệu.');
    expect(f[1]).toMatchObject({ districtCode: '529', unitType: 'QS', reportIds: [9003, cur.id] });
    // "Không dùng số liệu" holds: the figures come from the current version, and R6 sees no 999.
    const figures = computeFigures({ ...inputFor(ds, '2021-Q2'), crossCheckChoices: {}, openFindings: 0 });
    expect(figures.units.find((u) => u.districtCode === '529' && u.unitType === 'QS')?.values.GN05).toBe(cur.values.GN05?.period);
  });

  it('keeps the key of the versions finding when an older copy arrives after the current one, so its note stays', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q3', '530', 'BDV');
    Object.assign(cur, { version: 2, reportDate: '2021-09-15' });
    ds.reports.push({ ...structuredClone(cur), id: 9004, version: 1, isCurrent: false, sha256: sha('v1'), reportDate: '2021-09-01', receivedDate: '2021-09-02', fileName: 'v1.xlsx' });
    const before = run(ds, '2021-Q3').findings.map((x) => x.key);
    ds.reports.push({ ...structuredClone(cur), id: 9005, version: 3, isCurrent: false, sha256: sha('v3'), reportDate: '2021-09-01', receivedDate: '2021-09-20', fileName: 'v1 gui lai.xlsx' });
    const after = run(ds, '2021-Q3').findings;
    expect(before).toEqual(['R3|2021-Q3|530|BDV|*|versions-v2']);
    expect(after.map((x) => x.key)).toEqual(['R3|2021-Q3|530|BDV|*|versions-v2', 'R3|2021-Q3|530|BDV|*|older-on-arrival-v3']);
    expect(after[0]?.message).toContain('đã gửi 3 phiên bản');
    expect(after[0]?.message).toContain('phiên bản 1 (tệp "v1.xlsx", ngày báo cáo 01/09/2021, nhận ngày 02/09/2021): ngày báo cáo cũ hơn phiên bản 2');
    expect(after[0]?.message).toContain('phiên bản 3 (tệp "v1 gui lai.xlsx", ngày báo cáo 01/09/2021, nhận ngày 20/09/2021): nhận sau nhưng ngày báo cáo cũ hơn bản đang dùng');
  });

  it('names the version in use when it bears no report date', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q4', '531', 'QS');
    ds.reports.push({ ...structuredClone(cur), id: 9006, version: 2, isCurrent: false, sha256: sha('again'), receivedDate: '2021-12-28', fileName: 'lai.xlsx' });
    const f = run(ds, '2021-Q4').findings.filter((x) => x.rule === 'R3');
    expect(f[0]?.message).toContain('phiên bản 2 (tệp "lai.xlsx", nhận ngày 28/12/2021): nhận sau nhưng không mới hơn bản đang dùng');
    expect(f[1]?.message).toBe('Tệp "lai.xlsx" (nhận ngày 28/12/2021) là bản cũ hơn bản đang dùng (phiên bản 1): lưu làm lịch sử, không dùng số liệu.');
  });

  it('flags the same file filed for two units, on both units', () => {
    const ds = fresh();
    reportOf(ds, '2021-Q3', '529', 'QS').sha256 = reportOf(ds, '2021-Q3', '530', 'QS').sha256;
    expect(foundEverywhere(ds)).toEqual(['2021-Q3: R3 529 QS *', '2021-Q3: R3 530 QS *']);
    const f = run(ds, '2021-Q3').findings.find((x) => x.districtCode === '529');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('Ban CHQS huyện Sơn Tây Quý III năm 2021');
  });

  it("flags last year's file sent again for this year", () => {
    const ds = fresh();
    const old = ds.history.find((r) => r.period === '2020-Q1' && r.districtCode === '531' && r.unitType === 'BDV');
    reportOf(ds, '2021-Q1', '531', 'BDV').sha256 = old?.sha256 ?? 'x';
    expect(foundEverywhere(ds)).toEqual(['2021-Q1: R3 531 BDV *']);
    expect(run(ds, '2021-Q1').findings[0]?.message).toContain('Quý I năm 2020');
  });

  it('does not call two versions of the same unit and period identical files', () => {
    const ds = fresh();
    const cur = reportOf(ds, '2021-Q1', '528', 'BDV');
    ds.reports.push({ ...structuredClone(cur), id: 9002, version: 1, isCurrent: false });
    cur.version = 2;
    expect(found(ds)).toEqual(['R3 528 BDV *']);
  });
});

const found = (ds: ReturnType<typeof fresh>) => run(ds, '2021-Q1').findings.map((f) => `${f.rule} ${f.districtCode} ${f.unitType} ${f.indicator ?? '*'}`);
