import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../../shared/domain/report';
import { parseWorkbook } from '../../../electron/import/parse';
import { seedCatalogue } from '../../helpers/catalogue';
import { toTcvn3, toVni } from '../../helpers/legacy-encoders';
import { buildReport, defaultRows, figuresOf, type ReportSpec } from './helpers/build-report';

/** Cases the samples do not show, built with exceljs the way districts' files come. */

async function parse(spec: ReportSpec, fileName = 'bao cao.xlsx'): Promise<ParsedReport> {
  const out = await parseWorkbook(await buildReport(spec), fileName, seedCatalogue());
  if (!out.ok) throw new Error(`rejected: ${out.rejection.code} ${out.rejection.message} ${out.rejection.detail ?? ''}`);
  return out.report;
}

const BDV_TITLES = ['BAN DÂN VẬN HUYỆN ỦY BÌNH SƠN', 'BÁO CÁO KẾT QUẢ PHỐI HỢP CÔNG TÁC DÂN VẬN QUÝ II NĂM 2021'];
const indexOf = (code: string, unitType: 'BDV' | 'QS' = 'BDV') => defaultRows(unitType).findIndex((r) => r.indicator.code === code);
const findingsOf = (r: ParsedReport, code: string) => r.findings.filter((f) => f.code === code);

describe('legacy encodings', () => {
  it('converts a TCVN3 workbook (.VnTime / .VnTimeH fonts) and still finds every row', async () => {
    const r = await parse({
      titles: [toTcvn3('ban dân vận huyện ủy bình sơn'), toTcvn3('Báo cáo kết quả phối hợp quý II năm 2021')],
      titleFont: '.VnTimeH',
      rows: (row) => ({ ...row, label: toTcvn3(row.label), unit: toTcvn3(row.unit ?? ''), font: '.VnTime' }),
    });
    expect(r.encoding).toBe('tcvn3');
    expect(r.identity).toMatchObject({ districtCode: '524', unitType: 'BDV', period: '2021-Q2', confidence: 'high' });
    expect(r.values.TT02).toEqual(figuresOf(indexOf('TT02')));
    expect(r.cells.TT02?.label).toBe('Số lượt người được tuyên truyền');
    expect(r.cells.TT02?.labelMatch).toBe('exact');
    expect(findingsOf(r, 'legacy_encoding')).toHaveLength(1);
    expect(findingsOf(r, 'row_missing')).toEqual([]);
  });

  it('converts VNI text even without VNI fonts', async () => {
    const r = await parse({
      titles: [toVni('Ban Chỉ huy Quân sự huyện Sơn Tịnh'), toVni('Báo cáo quý III năm 2021')],
      unitType: 'QS',
      rows: (row) => ({ ...row, label: toVni(row.label) }),
    });
    expect(r.encoding).toBe('vni');
    expect(r.identity).toMatchObject({ districtCode: '527', unitType: 'QS', period: '2021-Q3' });
    expect(r.values.LV04).toEqual(figuresOf(indexOf('LV04', 'QS')));
    expect(r.cells.LV04?.label).toBe('Số ngày công giúp dân');
  });
});

describe('figures', () => {
  it('keeps a formula without cached value apart from zero, and uses a cached 0', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      rows: (row, ind) =>
        ind.code === 'TT01' ? { ...row, ytd: { formula: 'E7+5' } as never } : ind.code === 'TT02' ? { ...row, ytd: { formula: 'E8*0', result: 0 } as never } : row,
    });
    expect(r.values.TT01).toEqual({ period: figuresOf(indexOf('TT01')).period, ytd: null });
    expect(r.values.TT02?.ytd).toBe(0);
    const f = findingsOf(r, 'formula_no_cache');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: 'Sheet1', cell: r.cells.TT01?.ytdCell, severity: 'error' });
  });

  it('reads "1.250" as 1250 and "1,25" as 1,25, and flags what a clerk may have mistyped', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      rows: (row, ind) => {
        if (ind.code === 'TT02') return { ...row, period: '1.250', ytd: '12.500' };
        if (ind.code === 'GN02') return { ...row, period: '1,25', ytd: '12,5' };
        if (ind.code === 'TT08') return { ...row, period: '1,250', ytd: '1.5' };
        if (ind.code === 'TT03') return { ...row, period: '-', ytd: '' };
        return row;
      },
    });
    expect(r.values.TT02).toEqual({ period: 1250, ytd: 12500 });
    expect(r.values.GN02).toEqual({ period: 1.25, ytd: 12.5 });
    expect(r.values.TT03).toEqual({ period: 0, ytd: null });
    expect(r.cells.TT02?.fromText).toBe(true);
    // "1,250" is 1,25 in vi-VN: kept, but flagged twice (ambiguous, and a fraction of a count).
    expect(r.values.TT08).toEqual({ period: 1.25, ytd: null });
    const tt08 = r.findings.filter((f) => f.cell === r.cells.TT08?.periodCell).map((f) => f.code);
    expect(tt08.sort()).toEqual(['ambiguous_number', 'non_integer']);
    // "1.5" is never read as one and a half.
    expect(r.findings.find((f) => f.cell === r.cells.TT08?.ytdCell)).toMatchObject({ code: 'not_a_number', severity: 'error' });
  });

  it('converts money in đồng, nghìn đồng or with the unit in the figure to triệu đồng', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      rows: (row, ind) => {
        if (ind.code === 'GN02') return { ...row, unit: 'đồng', period: 45_500_000, ytd: 183_900_000 };
        if (ind.code === 'GN06') return { ...row, unit: 'nghìn đồng', period: 42_000, ytd: 236_400 };
        if (ind.code === 'GN09') return { ...row, period: '45.500.000 đ', ytd: '350 triệu' };
        return row;
      },
    });
    expect(r.values.GN02).toEqual({ period: 45.5, ytd: 183.9 });
    expect(r.values.GN06).toEqual({ period: 42, ytd: 236.4 });
    expect(r.values.GN09).toEqual({ period: 45.5, ytd: 350 });
    expect(r.cells.GN02?.scale).toBe(1e-6);
    expect(r.values.TT01).toEqual(figuresOf(indexOf('TT01')));
    expect(findingsOf(r, 'money_converted')).toHaveLength(1);
  });

  it('takes the money unit from a note above the table', async () => {
    const r = await parse({ titles: BDV_TITLES, notes: ['Đơn vị tính giá trị: 1.000 đồng'], rows: (row, ind) => (ind.kind === 'money' ? { ...row, unit: '', period: 66_200, ytd: 282_200 } : row) });
    expect(r.values.GN02).toEqual({ period: 66.2, ytd: 282.2 });
    expect(r.values.LV07).toEqual({ period: 66.2, ytd: 282.2 });
  });

  it('gives absent rows null figures with a finding, and never guesses them', async () => {
    const r = await parse({ titles: BDV_TITLES, rows: (row, ind) => (ind.code === 'TT06' || ind.code === 'GN03' ? null : row) });
    expect(r.values.TT06).toEqual({ period: null, ytd: null });
    expect(r.values.GN03).toEqual({ period: null, ytd: null });
    expect(r.values.GN04).toEqual(figuresOf(indexOf('GN04')));
    expect(findingsOf(r, 'row_missing').map((f) => f.message)).toEqual([expect.stringContaining('TT06'), expect.stringContaining('GN03')]);
  });

  it('reports only the unit type’s indicators, and notes a filled row of the other type', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      extraRows: [{ label: 'Số cặp kết nghĩa giữa đơn vị quân đội với địa phương', unit: 'cặp', period: 3, ytd: 5 }],
    });
    expect(Object.keys(r.values)).not.toContain('LV01');
    expect(Object.keys(r.values)).toHaveLength(40);
    expect(findingsOf(r, 'other_unit_row')).toHaveLength(1);
  });

  it('matches retyped, reworded labels one to one (no row taken twice)', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      rows: (row, ind) => {
        if (ind.code === 'TH03') return { ...row, label: 'Điểm nóng, vụ việc phức tạp được giải quyết' };
        if (ind.code === 'TH02') return { ...row, label: 'SO DIEM NONG - VU VIEC PHUC TAP PHAT SINH:' };
        if (ind.code === 'BD03') return { ...row, label: 'Kiểm tra thực hiện QCDC ở cơ sở' };
        return row;
      },
    });
    expect(r.values.TH03).toEqual(figuresOf(indexOf('TH03')));
    expect(r.values.TH02).toEqual(figuresOf(indexOf('TH02')));
    expect(r.values.BD03).toEqual(figuresOf(indexOf('BD03')));
    expect(r.cells.TH02?.labelMatch).toBe('normalised');
    expect(r.cells.TH03?.labelMatch).toBe('reworded');
  });

  it('trusts the code column over a label', async () => {
    const r = await parse({ titles: BDV_TITLES, withCodes: true, rows: (row, ind) => (ind.code === 'DK05' ? { ...row, label: 'Khen thưởng cá nhân' } : row) });
    expect(r.cells.DK05?.labelMatch).toBe('code');
    expect(r.values.DK05).toEqual(figuresOf(indexOf('DK05')));
  });
});

describe('identity', () => {
  it('reads it from the file name alone', async () => {
    const r = await parse({}, 'BC quy 3-2021 BCHQS Ly Son.xlsx');
    expect(r.identity).toMatchObject({
      districtCode: '536',
      unitType: 'QS',
      period: '2021-Q3',
      confidence: 'medium',
      sources: { district: 'filename', unitType: 'filename', period: 'filename' },
      candidates: [],
    });
  });

  it('lists candidates instead of guessing when the file name names two districts', async () => {
    const r = await parse({}, 'BC quy 2 - BDV Son Tay - Son Tinh.xlsx');
    expect(r.identity.districtCode).toBeNull();
    expect(r.identity.confidence).toBe('low');
    // In the catalogue's (official) order, not the file name's.
    expect(r.identity.candidates).toEqual([
      { districtCode: '527', unitType: 'BDV', period: '2021-Q2' },
      { districtCode: '530', unitType: 'BDV', period: '2021-Q2' },
    ]);
    expect(findingsOf(r, 'identity_ambiguous')).toHaveLength(1);
  });

  it('prefers the content over the file name, but says so and lowers the confidence', async () => {
    const r = await parse({ titles: BDV_TITLES }, 'BC quy 2-2021 BDV Tra Bong.xlsx');
    expect(r.identity).toMatchObject({ districtCode: '524', confidence: 'low' });
    expect(r.identity.candidates.map((c) => c.districtCode)).toEqual(['524', '525']);
    expect(findingsOf(r, 'identity_conflict')[0]?.message).toMatch(/Bình Sơn.*Trà Bồng/);
  });

  it('does not take the province ("Bộ CHQS tỉnh Quảng Ngãi") for the city of Quảng Ngãi', async () => {
    const r = await parse({ unitType: 'QS', titles: ['BỘ CHQS TỈNH QUẢNG NGÃI', 'BAN CHQS HUYỆN MỘ ĐỨC', 'Báo cáo quý IV năm 2021'] });
    expect(r.identity).toMatchObject({ districtCode: '533', unitType: 'QS', period: '2021-Q4', confidence: 'high' });
  });

  it('trusts the hidden identity sheet of our own forms', async () => {
    const r = await parse(
      {
        withCodes: true,
        hiddenIdentity: { form_id: 'PHDV-BCQ', form_version: 1, plan_year: 2021, district_code: '535', unit_type: 'QS', period: '2021-H1' },
        unitType: 'QS',
      },
      'bao cao.xlsx',
    );
    expect(r.identity).toMatchObject({ districtCode: '535', unitType: 'QS', period: '2021-H1', confidence: 'high', sources: { district: 'hidden_sheet' } });
    expect(r.formVersion).toBe(1);
  });

  it('says the year was assumed when only the quarter is written', async () => {
    const r = await parse({ titles: ['BAN DÂN VẬN HUYỆN ỦY LÝ SƠN', 'Báo cáo quý IV'] });
    expect(r.identity.period).toBe('2021-Q4');
    expect(findingsOf(r, 'year_assumed')).toHaveLength(1);
  });
});

describe('not a report', () => {
  it('refuses a workbook without an indicator table', async () => {
    const out = await parseWorkbook(await buildReport({ rows: (row) => ({ ...row, label: 'Hàng hóa nhập kho' }) }), 'kho.xlsx', seedCatalogue());
    expect(out).toMatchObject({ ok: false, rejection: { code: 'not_a_report' } });
  });

  it('reads the narrative blocks below the table', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      narrative: [
        ['1. Kết quả nổi bật:', '- Tổ chức 12 buổi tuyên truyền.'],
        ['2. Hạn chế, khó khăn:', 'Kinh phí còn hạn hẹp, nhiều khó khăn.'],
        ['3. Đề xuất, kiến nghị:', 'Đề nghị hỗ trợ kinh phí.'],
      ],
    });
    expect(r.narrative).toEqual({
      ket_qua_noi_bat: '- Tổ chức 12 buổi tuyên truyền.',
      han_che: 'Kinh phí còn hạn hẹp, nhiều khó khăn.',
      de_xuat: 'Đề nghị hỗ trợ kinh phí.',
      phuong_huong: null,
    });
  });
});

describe('narrative edges', () => {
  it('stops a block at the place-and-date line and keeps a block heading with inline text', async () => {
    const r = await parse({
      titles: BDV_TITLES,
      narrative: [
        ['4. Phương hướng quý tới: Tiếp tục tuyên truyền.', '- Chuẩn bị sơ kết 6 tháng.'],
        ['Bình Sơn, ngày 14 tháng 6 năm 2021', 'TRƯỞNG BAN'],
      ],
    });
    expect(r.narrative.phuong_huong).toBe('Tiếp tục tuyên truyền.\n- Chuẩn bị sơ kết 6 tháng.');
  });
});
