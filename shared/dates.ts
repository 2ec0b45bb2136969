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

/** Exactly "YYYY-MM-DD": "2021-2-3" is refused rather than guessed. */
export const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "YYYY-MM-DD" of a day that exists, or null: Date rolls 2021-02-30 over to 2021-03-02, so the
 * round trip must give back the same year, month and day.
 */
export function calendarDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** What a date field says when its text is not a day parseDateVi accepts. */
export const DATE_VI_HINT = 'Nhập một ngày có thật, dạng ngày/tháng/năm, ví dụ 20/06/2021';

/**
 * A date as a clerk types it, "20/6/2021" or "20/06/2021", as "2021-06-20"; null when it is not
 * dd/mm/yyyy or not a day that exists ("31/02/2021" is refused, never rolled over to March).
 */
export function parseDateVi(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  return m ? calendarDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

export function isRealIsoDate(s: string): boolean {
  if (!ISO_DATE_FORMAT.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return calendarDate(y, m, d) === s;
}


/** Why `text` is not a calendar date, in Vietnamese (`what` names the field), or null when it is one. */
export function calendarDateProblem(text: string, what: string): string | null {
  if (!ISO_DATE_FORMAT.test(text)) return `${what} "${text}" phải có dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2021-06-20.`;
  if (isRealIsoDate(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12) return `${what} ${text} không có thật: không có tháng ${m} (tháng chỉ từ 01 đến 12). Hãy kiểm tra lại.`;
  return `${what} ${text} không có thật: tháng ${m} năm ${y} không có ngày ${d}. Hãy kiểm tra lại.`;
}
