import { fold } from './fold';

/**
 * Numbers as Vietnamese clerks type them: "." groups thousands, "," starts the decimals
 * ("1.250.000,5"). A US-locale reading is never applied: "1.5" or "1,250,000" are refused rather
 * than guessed, because a wrong guess is off by a factor of 1000 (the "1.250 read as 1,25" slip).
 */

export type MoneyUnit = 'dong' | 'nghin' | 'trieu' | 'ty';

/** Multiplier from the unit to triệu đồng, the unit of every money indicator. */
export const MONEY_SCALE: Record<MoneyUnit, number> = { dong: 1e-6, nghin: 1e-3, trieu: 1, ty: 1000 };

export type InvalidReason = 'not_a_number' | 'decimal_point' | 'us_grouping' | 'bad_grouping' | 'extra_text';

export type ViNumber =
  /** Nothing written: not reported. */
  | { kind: 'empty' }
  /** "-" (or "–", "—"): written zero. */
  | { kind: 'dash' }
  /** "x": the clerk marked the figure as not applicable. */
  | { kind: 'not_applicable' }
  | {
      kind: 'number';
      value: number;
      /** Money unit written after the figure ("350 triệu", "45.500.000 đ"). */
      unit: MoneyUnit | null;
      /** Any other word after the figure ("12 buổi"). */
      suffix: string | null;
      /** Set when the vi-VN reading may not be what the clerk meant ("1,250": 1,25 or 1250?). */
      ambiguous: string | null;
    }
  | { kind: 'invalid'; reason: InvalidReason };

const SPACES = /[\s\u00a0\u202f\u2007]+/g;
const DASHES = /^[-–—‒−]+$/;
const NUMBER_HEAD = /^([.,]?\d[\d., ]*)(.*)$/s;

export function parseViNumber(input: string): ViNumber {
  const text = input.normalize('NFC').replace(SPACES, ' ').trim();
  if (text === '') return { kind: 'empty' };
  if (DASHES.test(text.replace(/ /g, ''))) return { kind: 'dash' };
  if (/^x$/i.test(text)) return { kind: 'not_applicable' };

  let rest = text;
  let sign = 1;
  const signMatch = /^([-−+])\s*(?=[\d.,])/.exec(rest);
  if (signMatch) {
    sign = signMatch[1] === '+' ? 1 : -1;
    rest = rest.slice(signMatch[0].length);
  }
  const head = NUMBER_HEAD.exec(rest);
  if (!head) return { kind: 'invalid', reason: 'not_a_number' };
  const numberPart = (head[1] ?? '').trim().replace(/[.,]$/, (m) => (m === '.' ? '' : m));
  const suffixText = rest.slice(numberPart.length).trim();
  const body = readBody(numberPart);
  if ('reason' in body) return { kind: 'invalid', reason: body.reason };

  let unit: MoneyUnit | null = null;
  let suffix: string | null = null;
  if (suffixText !== '') {
    if (!/^[\p{L}\s./]+$/u.test(suffixText)) return { kind: 'invalid', reason: 'extra_text' };
    unit = parseMoneyUnit(suffixText);
    suffix = suffixText;
  }
  return { kind: 'number', value: sign * body.value, unit, suffix, ambiguous: body.ambiguous };
}

function readBody(part: string): { value: number; ambiguous: string | null } | { reason: InvalidReason } {
  let s = part;
  // A space may group thousands ("1 250 000"), but only in groups of three.
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+(,\d+)?$/.test(s)) return { reason: 'bad_grouping' };
    s = s.replace(/ /g, '.');
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return { value: Number(s.replace(/\./g, '').replace(',', '.')), ambiguous: null };
    return { reason: /^\d{1,3}(,\d{3})+\.\d+$/.test(s) ? 'us_grouping' : 'bad_grouping' };
  }
  if (dots > 0) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) return { value: Number(s.replace(/\./g, '')), ambiguous: null };
    return { reason: dots === 1 ? 'decimal_point' : 'bad_grouping' };
  }
  if (commas > 1) return { reason: /^\d{1,3}(,\d{3})+$/.test(s) ? 'us_grouping' : 'bad_grouping' };
  if (commas === 1) {
    if (!/^\d*,\d+$/.test(s)) return { reason: 'bad_grouping' };
    const value = Number(`0${s.replace(',', '.')}`);
    // "1,250" is 1,25 in vi-VN, but it is also how a US-locale machine writes 1250.
    const asThousands = formatNumberVi(Number(s.replace(',', '')));
    const ambiguous = /^\d{1,3},\d{3}$/.test(s) ? `"${part}" được đọc là ${formatNumberVi(value, 3)}; nếu ý là ${asThousands} thì phải ghi "${asThousands}"` : null;
    return { value, ambiguous };
  }
  if (!/^\d+$/.test(s)) return { reason: 'not_a_number' };
  return { value: Number(s), ambiguous: null };
}

/**
 * The money unit a piece of text names: "triệu đồng", "tr.đ", "1.000đ", "nghìn đồng", "đồng",
 * "VNĐ", "tỷ đồng". Null when it names none (e.g. "lượt người").
 */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  const f = ` ${fold(text)} `;
  if (/ ty( dong)? /.test(f)) return 'ty';
  if (/ (trieu|tr|trd|tr d|trdong) /.test(f)) return 'trieu';
  if (/ (nghin|ngan|ngd|ng d|1 ?000 ?d|1 ?000 dong|1000d|1000 dong) /.test(f)) return 'nghin';
  if (/ (dong|d|vnd) /.test(f)) return 'dong';
  return null;
}

/** vi-VN output: 1234567.5 → "1.234.567,5". Trailing decimal zeros are dropped. */
export function formatNumberVi(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [intPart = '0', fracPart = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = fracPart.replace(/0+$/, '');
  const out = frac ? `${grouped},${frac}` : grouped;
  return negative && out !== '0' ? `-${out}` : out;
}
