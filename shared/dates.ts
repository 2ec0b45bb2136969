/**
 * Calendar dates as the clerk's own clock gives them. `toISOString()` is UTC: in Vietnam (UTC+7)
 * it still says yesterday until 07:00, which would date a received report or a letter wrongly.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export const localIsoDate = (d: Date = new Date()): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Calendar arithmetic on "YYYY-MM-DD", free of time zones. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** "2021-09-14" (or an ISO timestamp) → "14/09/2021", as every Vietnamese document writes a date. */
export const dateVi = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('/');
