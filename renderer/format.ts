import { dateVi } from '../shared/dates';

/** Display helpers: dates as dd/mm/yyyy, Vietnamese collation, vi-VN numbers. */
export const formatDate = (iso: string | null | undefined): string => (iso ? dateVi(iso) : '');

export const formatDateTime = (iso: string): string => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

const collator = new Intl.Collator('vi');
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
export const formatNumber = (n: number | null | undefined): string => (n === null || n === undefined ? '' : numberFormat.format(n));

export const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${formatNumber(Math.round((n / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.ceil(n / 1024))} KB`);

/** "Thành phố Quảng Ngãi", "Huyện Bình Sơn": the type as a leading word is capitalised. */
export const districtTitle = (d: { type: string; name: string }): string => `${d.type.charAt(0).toLocaleUpperCase('vi')}${d.type.slice(1)} ${d.name}`;
