import { describe, expect, it } from 'vitest';
import { buildAllBlankForms } from '../../../electron/forms/all-forms';
import { IDENTITY_SHEET, blankFormFileName } from '../../../shared/domain/form';
import { load, period, seed } from './form-fixture';

/** What Windows refuses in a file name: these characters and any control character. */
const windowsRefuses = (name: string) => /[<>:"/\\|?*]/.test(name) || [...name].some((ch) => ch.charCodeAt(0) < 0x20);

describe('blankFormFileName', () => {
  it('puts period, unit id and the unit name with its diacritics in the name', () => {
    expect(blankFormFileName(period('2021-Q2'), '524-BDV', 'Ban Dân vận Huyện ủy Bình Sơn')).toBe('2021-Q2 524-BDV Ban Dân vận Huyện ủy Bình Sơn.xlsx');
  });

  it('writes NFC and keeps out what Windows forbids, trailing dots and doubled spaces', () => {
    const name = blankFormFileName({ code: '2021-H1' }, '522-QS', 'Ban CHQS  TP. Quảng Ngãi: "thử"/nghiệm?\u0007\t...'.normalize('NFD'));
    expect(name).toBe('2021-H1 522-QS Ban CHQS TP. Quảng Ngãi thử nghiệm.xlsx');
    expect(name).toBe(name.normalize('NFC'));
    expect(windowsRefuses(name)).toBe(false);
  });

  it('drops bidi control characters, which would make the name show another extension', () => {
    const name = blankFormFileName({ code: '2021-Q2' }, '524-BDV', 'Ban Dân vận\u202E Bình Sơn\u2066\u200F\u061C');
    expect(name).toBe('2021-Q2 524-BDV Ban Dân vận Bình Sơn.xlsx');
    expect(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(name)).toBe(false);
  });

  it('keeps a name short enough for deep Windows folders', () => {
    expect(blankFormFileName({ code: '2021-Y' }, '536-BDV', 'x'.repeat(500)).length).toBeLessThanOrEqual(150);
  });
});

describe('buildAllBlankForms', () => {
  it('builds one form per reporting unit, in district order, BDV before QS, each named and identified for its unit', async () => {
    const files = await buildAllBlankForms({ ...seed, period: period('2021-Q3') });
    expect(files).toHaveLength(26);
    const expectedIds = seed.districts.flatMap((d) => [`${d.code}-BDV`, `${d.code}-QS`]);
    expect(files.map((f) => f.unitId)).toEqual(expectedIds);
    expect(new Set(files.map((f) => f.fileName)).size).toBe(26);
    for (const f of files) {
      expect(f.fileName.startsWith(`2021-Q3 ${f.unitId} `)).toBe(true);
      expect(windowsRefuses(f.fileName)).toBe(false);
    }
    expect(files[3]!.fileName).toBe('2021-Q3 524-QS Ban Chỉ huy Quân sự huyện Bình Sơn.xlsx');
    // The last form really is Lý Sơn's QS form, not a copy of the first one.
    const id = (await load(files[25]!.bytes)).getWorksheet(IDENTITY_SHEET)!;
    expect([id.getCell('B4').value, id.getCell('B5').value, id.getCell('B6').value]).toEqual(['536', 'QS', '2021-Q3']);
  });

  it('can build the forms of one unit type only', async () => {
    const files = await buildAllBlankForms({ ...seed, districts: seed.districts.slice(0, 2), period: period('2021-Q1'), unitTypes: ['QS'] });
    expect(files.map((f) => f.unitId)).toEqual(['522-QS', '524-QS']);
  });
});
