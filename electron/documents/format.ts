/**
 * Numbers, money, percentages and dates as Vietnamese official documents write them. Written by
 * hand rather than with Intl so the output does not depend on the ICU data Node or Electron was
 * built with (a small-ICU build falls back to "1,234").
 */

/** "1.234", "12,5", "-3": "." groups thousands, "," starts the decimals. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction = ''] = rounded.toFixed(maxFractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/**
 * Money held in triệu đồng, written the way reports say it: "350 triệu đồng", and above 1.000
 * triệu in tỷ ("1,2 tỷ đồng", "1,23 tỷ đồng"), at most two decimals: a leader reads "62,81 tỷ
 * đồng", not "62,806 tỷ"; the exact figure stays in the annex.
 */
export function formatMoney(trieu: number): string {
  if (Math.abs(trieu) > 1000) return `${formatNumber(trieu / 1000, 2)} tỷ đồng`;
  return `${formatNumber(trieu, 2)} triệu đồng`;
}

/** "12%", "5,3%". */
export const formatPercent = (percent: number): string => `${formatNumber(percent, 1)}%`;

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/**
 * "ngày 05 tháng 02 năm 2021", "ngày 15 tháng 6 năm 2021": a day below 10 and the months 1 and 2
 * take a leading zero (the rule of HD 36-HD/VPTW and NĐ 30/2020), so a "1" cannot be prefixed later.
 */
export function longDate(iso: string): string {
  const { y, m, d } = parts(iso);
  const day = String(d).padStart(2, '0');
  const month = m < 3 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "Quảng Ngãi, ngày 15 tháng 6 năm 2021". */
export const placeAndDate = (place: string, iso: string): string => `${place}, ${longDate(iso)}`;

/** "25/06/2021", for dates inside the body text. */
export function shortDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** What the clerk's number is replaced by: room to write it in by hand or type it in Word. */
export const NUMBER_BLANK = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/** "Số: {so}-BC/BDVTU-BCHQS" → "Số:      -BC/BDVTU-BCHQS"; {nam} is the year of issue. */
export function fillNumberPattern(pattern: string, issueDate: string): string {
  return pattern.replaceAll('{so}', NUMBER_BLANK).replaceAll('{nam}', String(parts(issueDate).y));
}

/** Lower-cases the first letter of a sentence fragment, unless the first word is an abbreviation ("HĐND"). */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Every string that reaches a document goes through NFC: settings and prose may come from anywhere. */
export const nfc = (text: string): string => text.normalize('NFC');
