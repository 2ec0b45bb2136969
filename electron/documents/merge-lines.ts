import type { District, UnitType } from '../../shared/domain/plan';
import { lowerKeepMarks } from '../../shared/text/fold';
import { formatNumber, lowerFirst, upperFirst } from './format';

/**
 * Near-duplicate bullets of several districts merged into one sentence that names them. Figures
 * are summed only when the lines are the same words around them ("tổ chức # buổi tuyên truyền cho
 * # lượt người"); lines alike but worded differently around their figures stay apart, since no
 * sentence may print a figure one of its districts did not send.
 */

export interface SourcedLine {
  text: string;
  districtCode: string;
  unitType: UnitType;
  period: string;
}

export interface MergedLine {
  /** The sentence as printed, naming its districts when asked to. */
  text: string;
  lines: SourcedLine[];
  /** How many districts said it. */
  districts: number;
}

/** A vi-VN number: "1.445", "12,5", "07". */
const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
/** Words after which a number names something (a year, a date, a term) rather than counts it. */
const NAMING_BEFORE = /(?:năm|ngày|tháng|khóa|khoá|kỳ|số|lần thứ|giai đoạn|quý)\s*$/iu;
const NAMING_AFTER = /^\s*(?:%|năm\b|\/|-|tuổi)/u;

const parseVi = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

/** The positions of the figures of a line that may be summed with another district's. */
function summable(text: string): { start: number; end: number; value: number }[] {
  const out: { start: number; end: number; value: number }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (/[\p{L}\d/-]$/u.test(before) || NAMING_BEFORE.test(before) || NAMING_AFTER.test(after) || /^\d{4}$/.test(m[0])) continue;
    out.push({ start, end, value: parseVi(m[0]) });
  }
  return out;
}

/** The words of a line with its summable figures masked: two lines with one template add up. */
function template(text: string): string {
  let out = '';
  let at = 0;
  for (const n of summable(text)) {
    out += `${text.slice(at, n.start)}#`;
    at = n.end;
  }
  return lowerKeepMarks(out + text.slice(at));
}

function bigrams(text: string): Set<string> {
  const w = template(text).replace(/#/g, ' ').split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** Dice coefficient of the word pairs, figures left out: 1 for the same words, 0 for none shared. */
export function likeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return template(a) === template(b) ? 1 : 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Lines this alike say the same thing. */
export const NEAR_DUPLICATE = 0.75;

/** The first line's words with every summable figure replaced by the sum over all the lines. */
function summed(lines: readonly SourcedLine[]): string {
  const first = lines[0]!.text;
  const slots = summable(first);
  const sums = slots.map((_, i) => lines.reduce((s, l) => s + (summable(l.text)[i]?.value ?? 0), 0));
  let out = '';
  let at = 0;
  slots.forEach((n, i) => {
    out += `${first.slice(at, n.start)}${formatNumber(sums[i]!)}`;
    at = n.end;
  });
  return out + first.slice(at);
}

/** "huyện Bình Sơn", "các huyện Bình Sơn, Sơn Tịnh và Tư Nghĩa", "huyện Ba Tơ và thị xã Đức Phổ". */
export function districtsSubject(codes: readonly string[], districts: readonly District[]): string {
  const named = [...new Set(codes)]
    .map((c) => districts.find((d) => d.code === c))
    .filter((d): d is District => d !== undefined)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const and = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} và ${xs.at(-1)}`);
  if (named.length === 0) return '';
  const types = new Set(named.map((d) => d.type.toLocaleLowerCase('vi')));
  if (types.size === 1) {
    const type = [...types][0]!;
    return named.length === 1 ? `${type} ${named[0]!.name}` : `các ${type} ${and(named.map((d) => d.name))}`;
  }
  return and(named.map((d) => `${d.type.toLocaleLowerCase('vi')} ${d.name}`));
}

/** Opening words after which a district's name reads as the subject ("Huyện Bình Sơn tổ chức …"). */
const VERB_START = /^(?:phối hợp|tổ chức|triển khai|thực hiện|tham gia|vận động|xây dựng|duy trì|đẩy mạnh|tập trung|chỉ đạo|huy động|trao|tặng|thăm|giúp|hỗ trợ|đăng ký|làm|mở|nắm|tuyên truyền|quán triệt|kiểm tra|sơ kết|tổng kết|giải quyết|chủ động|tiếp tục|đã|đang)(?=[\s,.;:]|$)/iu;

/** The sentence of a merged line: its districts as subject, or "Tại …," before a line that has its own. */
export function withSubject(text: string, subject: string): string {
  const body = text.replace(/[\s.;,]+$/u, '');
  if (subject === '') return `${upperFirst(body)}.`;
  return VERB_START.test(body) ? `${upperFirst(subject)} ${lowerFirst(body)}.` : `Tại ${subject}, ${lowerFirst(body)}.`;
}

/** The districts of the plan a line names (its own or another's), by name or alias, diacritics kept. */
function districtsNamed(text: string, districts: readonly District[]): Set<string> {
  const words = ` ${lowerKeepMarks(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return new Set(districts.filter((d) => [d.name, ...d.aliases].some((n) => n.trim() !== '' && words.includes(` ${lowerKeepMarks(n)} `))).map((d) => d.code));
}

/**
 * Groups near-duplicate lines (in first-seen order) and writes one sentence per group. Within a
 * group, lines with digits are merged only with lines of the same template; lines without any
 * digit join the first such group, since nothing of theirs can be misprinted. A line naming a
 * district merges only with lines of its own district: the printed words are the first line's.
 */
export function mergeLines(lines: readonly SourcedLine[], districts: readonly District[], options: { nameDistricts: boolean }): MergedLine[] {
  const groups: SourcedLine[][] = [];
  const placed = new Map<SourcedLine, Set<string>>();
  const named = (l: SourcedLine) => placed.get(l) ?? placed.set(l, districtsNamed(l.text, districts)).get(l)!;
  for (const line of lines) {
    const key = template(line.text);
    const home = groups.find((g) => {
      const head = g[0]!;
      if (likeness(head.text, line.text) < NEAR_DUPLICATE) return false;
      // "Ban CHQS huyện Bình Sơn phối hợp …" said by Sơn Tịnh too would print Bình Sơn's name for both.
      if (head.districtCode !== line.districtCode && (named(head).size > 0 || named(line).size > 0)) return false;
      // Lines without any digit may differ in wording; lines with digits (figures, dates, years) only in the figures summed.
      return !/\d/.test(head.text) && !/\d/.test(line.text) ? true : template(head.text) === key;
    });
    if (home) home.push(line);
    else groups.push([line]);
  }
  return groups.map((g) => {
    const codes = g.map((l) => l.districtCode);
    const body = g.length > 1 ? summed(g) : g[0]!.text;
    // "Ban CHQS huyện Bình Sơn phối hợp …" already says where: "Tại huyện Bình Sơn," before it would say it twice.
    const saysWhere = new Set(codes).size === 1 && named(g[0]!).has(codes[0]!);
    const text = options.nameDistricts && !saysWhere ? withSubject(body, districtsSubject(codes, districts)) : withSubject(body, '');
    return { text, lines: g, districts: new Set(codes).size };
  });
}
