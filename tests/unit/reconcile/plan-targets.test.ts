import { describe, expect, it } from 'vitest';
import { removeReport, shift } from '../../helpers/reconcile-data';
import { foundEverywhere, fresh, run } from './helpers';

type DS = ReturnType<typeof fresh>;

/** The clean set has 3 DK03 models: 522 and 524 in Q1, 525 in Q3. */
const zeroDk03 = (ds: DS) => {
  for (const r of ds.reports) if (r.values.DK03) r.values.DK03 = { period: 0, ytd: 0 };
};

describe('R9 on DK03, the Military Commands’ yearly 2–3 Dân vận khéo models (seed III.2)', () => {
  it('is judged at the year only, as information at six months, and never on a quarter', () => {
    const ds = fresh();
    zeroDk03(ds);
    expect(foundEverywhere(ds)).toEqual(['2021-H1: R9 * QS DK03', '2021-Y: R9 * QS DK03']);
    const h1 = run(ds, '2021-H1').findings[0];
    expect(h1).toMatchObject({ key: 'R9|2021-H1|*|QS|DK03|progress', severity: 'info', values: { 'Tổng toàn tỉnh': 0 } });
    expect(h1?.message).toContain('mới có 0/2–3 mô hình');
    expect(h1?.message).toContain('chỉ tiêu cả năm theo mục III.2 của Kế hoạch');
    const y = run(ds, '2021-Y').findings[0];
    expect(y).toMatchObject({ key: 'R9|2021-Y|*|QS|DK03|min', severity: 'error', districtCode: null, values: { 'Tổng toàn tỉnh': 0, 'Tối thiểu': 2, 'Tối đa': 3 } });
    expect(y?.message).toBe(
      'Tính đến hết năm 2021, tổng toàn tỉnh của chỉ tiêu DK03 (Số mô hình "Dân vận khéo" được nhân rộng trong lực lượng vũ trang) mới có 0/2–3 mô hình: không đạt mức tối thiểu mà mục III.2 của Kế hoạch đề ra cho cả năm.',
    );
  });

  it('says nothing at six months once the minimum is already reached', () => {
    const ds = fresh();
    zeroDk03(ds);
    shift(ds, '530', 'QS', 'Q2', 'DK03', 2);
    expect(foundEverywhere(ds)).toEqual([]);
  });

  it('shows the progress at six months when one model is in, and nothing at the year once the third arrives', () => {
    const ds = fresh();
    zeroDk03(ds);
    shift(ds, '530', 'QS', 'Q1', 'DK03', 1);
    shift(ds, '531', 'QS', 'Q4', 'DK03', 1);
    expect(foundEverywhere(ds)).toEqual(['2021-H1: R9 * QS DK03']);
    expect(run(ds, '2021-H1').findings[0]?.message).toContain('mới có 1/2–3 mô hình');
  });

  it('is no problem above the plan’s range, at any period', () => {
    const ds = fresh();
    shift(ds, '530', 'QS', 'Q2', 'DK03', 3);
    shift(ds, '531', 'QS', 'Q4', 'DK03', 4);
    expect(foundEverywhere(ds)).toEqual([]);
  });

  it('counts only the Military Commands', () => {
    const ds = fresh();
    zeroDk03(ds);
    // DK03 is a QS row; a figure on a BDV report (were one typed) must not make up the total.
    for (const r of ds.reports) if (r.unitType === 'BDV') r.values.DK03 = { period: 5, ytd: 5 };
    expect(foundEverywhere(ds).filter((f) => f.includes('R9'))).toEqual(['2021-H1: R9 * QS DK03', '2021-Y: R9 * QS DK03']);
  });

  it('is a warning, not an error, at the year while a Military Command’s figures are missing', () => {
    const ds = fresh();
    zeroDk03(ds);
    removeReport(ds, '2021-Q4', '536', 'QS');
    const r9 = run(ds, '2021-Y').findings.filter((f) => f.rule === 'R9');
    expect(r9).toHaveLength(1);
    expect(r9[0]).toMatchObject({ severity: 'warning', values: { 'Đơn vị chưa đủ báo cáo': 1 } });
    expect(r9[0]?.message).toContain('(còn 1 đơn vị chưa đủ báo cáo)');
    expect(r9[0]?.message).toContain('cần đủ báo cáo của các đơn vị còn thiếu mới kết luận được');
  });

  it('says nothing while no Military Command has reported for the period', () => {
    const ds = fresh();
    zeroDk03(ds);
    ds.reports = ds.reports.filter((r) => r.unitType !== 'QS');
    expect(run(ds, '2021-Y').findings.filter((f) => f.rule === 'R9')).toEqual([]);
    expect(run(ds, '2021-H1').findings.filter((f) => f.rule === 'R9')).toEqual([]);
  });

  it('follows the range in the settings', () => {
    const ds = fresh();
    ds.settings.dk03Min = 4;
    ds.settings.dk03Max = 6;
    expect(run(ds, '2021-Q4').findings).toEqual([]);
    expect(run(ds, '2021-Y').findings.map((f) => [f.key, f.severity])).toEqual([['R9|2021-Y|*|QS|DK03|min', 'error']]);
    expect(run(ds, '2021-Y').findings[0]?.message).toContain('mới có 3/4–6 mô hình');
  });
});
