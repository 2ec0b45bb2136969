import { stripBidi } from '../text/bidi';

/**
 * The machine-readable identity the product writes into every blank form it generates: a hidden,
 * protected sheet of key/value rows (column A key, column B value), read back on import so that
 * the identity needs no guessing.
 */
export const FORM_ID = 'PHDV-BCQ';
export const IDENTITY_SHEET = '_phdv';

export interface FormIdentity {
  formId: string;
  formVersion: number;
  planYear: number;
  districtCode: string;
  unitType: 'BDV' | 'QS';
  period: string;
}

/** Row order in the identity sheet (A1 = "form_id", B1 = value, …). */
export const IDENTITY_KEYS = ['form_id', 'form_version', 'plan_year', 'district_code', 'unit_type', 'period'] as const;

/** Narrative blocks of a report, keyed as in the samples' expected extraction. */
export const NARRATIVE_KEYS = ['ket_qua_noi_bat', 'han_che', 'de_xuat', 'phuong_huong'] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

export const NARRATIVE_TITLES: Record<NarrativeKey, string> = {
  ket_qua_noi_bat: 'Kết quả nổi bật',
  han_che: 'Hạn chế, khó khăn',
  de_xuat: 'Đề xuất, kiến nghị',
  phuong_huong: 'Phương hướng kỳ tới',
};

/** Characters Windows refuses in file names (control characters are handled apart). */
const FORBIDDEN_IN_FILE_NAME = /[<>:"/\\|?*]/g;

/**
 * Name of a generated blank form, e.g. "2021-Q2 524-BDV Ban Dân vận Huyện ủy Bình Sơn.xlsx": the
 * period and unit id first so that a folder of 26 forms sorts by period, then by district code,
 * and the importer can still read the identity from the name if the hidden sheet is lost.
 */
export function blankFormFileName(period: { code: string }, unitId: string, unitName: string): string {
  const clean = (s: string) =>
    stripBidi(s.normalize('NFC'))
      .replace(FORBIDDEN_IN_FILE_NAME, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  // Windows also drops trailing dots and spaces, which would make two names collide silently.
  const name = clean(unitName).slice(0, 120).replace(/[. ]+$/, '');
  return `${clean(period.code)} ${clean(unitId)}${name ? ` ${name}` : ''}.xlsx`;
}
