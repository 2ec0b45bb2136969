/**
 * The machine-readable identity the product writes into every blank form it generates: a hidden,
 * protected sheet of key/value rows (column A key, column B value), read back on import so that
 * the identity needs no guessing.
 */
export const FORM_ID = 'PHDV-BCQ';
export const FORM_VERSION = 1;
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
