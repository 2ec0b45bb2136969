import type { PeriodKind, UnitType } from '../../../shared/domain/plan';
import { fold, hasDiacritics, lowerKeepMarks } from '../../../shared/text/fold';
import type { PreparedCatalogue } from './catalogue';
import { isoDate, readWindow, withoutDates, type DataWindow } from './window';

/**
 * What one line of text says about who reports and for when: "BAN CHQS HUYỆN BÌNH SƠN",
 * "BÁO CÁO … QUÝ III NĂM 2021", "BC quy 2-2021 BDV Minh Long", "BaTo_BCHQS_Q4_2021". Mentions of
 * the province ("Bộ CHQS tỉnh Quảng Ngãi", "Ban Dân vận Tỉnh ủy") are not the reporting unit.
 */

export interface TextIdentity {
  districts: Set<string>;
  unitTypes: Set<UnitType>;
  kinds: Set<PeriodKind>;
  years: Set<number>;
  /** Full period codes said outright ("2021-Q2", "2021 Q2"). */
  periods: Set<string>;
  /** Data windows ("từ 15/12/2020 đến 14/3/2021"): they support or contradict a period, never name one. */
  windows: DataWindow[];
  /** A report title naming only a year ("BÁO CÁO … NĂM 2021"): a year report, unless a quarter is named elsewhere. */
  impliedYear: boolean;
}

export const emptyIdentity = (): TextIdentity => ({ districts: new Set(), unitTypes: new Set(), kinds: new Set(), years: new Set(), periods: new Set(), windows: [], impliedYear: false });

/** "BaoCao_Q2_BCHQS_SonHa" → "Bao Cao Q2 BCHQS Son Ha". */
export function splitFileName(name: string): string {
  return name
    .replace(/\.[a-z0-9]{3,4}$/i, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_]+/g, ' ');
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Every district's file repeats the same title lines, headings and sheet names: each text is read
 * once per catalogue (the districts are the catalogue's). Longer texts are rare and read each time.
 */
const CACHE_MAX_CHARS = 300;

/**
 * What the text says; a fresh value on every call, since callers merge into and keep what they
 * are given, and a cached value shared with the next file must never change under it.
 */
export function recognize(text: string, cat: PreparedCatalogue, source: 'content' | 'filename'): TextIdentity {
  if (text.length > CACHE_MAX_CHARS) return readIdentity(text, cat, source);
  return copyIdentity(cat.identityCache.get(`${source}\u0000${text}`, () => readIdentity(text, cat, source)));
}

export function copyIdentity(id: TextIdentity): TextIdentity {
  return {
    districts: new Set(id.districts),
    unitTypes: new Set(id.unitTypes),
    kinds: new Set(id.kinds),
    years: new Set(id.years),
    periods: new Set(id.periods),
    windows: id.windows.map((w) => ({ ...w })),
    impliedYear: id.impliedYear,
  };
}

function readIdentity(text: string, cat: PreparedCatalogue, source: 'content' | 'filename'): TextIdentity {
  const out = emptyIdentity();
  const window = readWindow(text);
  if (window) out.windows.push(window);
  // Dates are a window or the report date: their years are not the period's.
  const plain = withoutDates(text);
  const folded = ` ${fold(plain)} `;
  recognizeDistricts(plain, cat, out);
  recognizeUnitTypes(folded, out);
  recognizePeriod(folded, source, out);
  return out;
}

function recognizeDistricts(text: string, cat: PreparedCatalogue, out: TextIdentity) {
  const marked = hasDiacritics(text);
  const hay = ` ${marked ? lowerKeepMarks(text) : fold(text)} `;
  const foldedHay = ` ${fold(text)} `;
  // "652-BDV", our own file names.
  for (const m of foldedHay.matchAll(/ (\d{3}) (bdv|qs) /g)) {
    if (cat.districts.some((d) => d.district.code === m[1])) out.districts.add(m[1] ?? '');
  }
  const found = matchDistricts(hay, marked, cat);
  // Text with diacritics may still spell a name without them ("huyện Son Tay").
  if (found.length === 0 && marked) found.push(...matchDistricts(foldedHay, false, cat));
  const others = found.filter((c) => !isProvinceNamesake(cat, c));
  // The city shares the province's name: a bare "Quảng Ngãi" beside another district is the province.
  for (const code of others.length > 0 ? others : found) out.districts.add(code);
}

function matchDistricts(hay: string, marked: boolean, cat: PreparedCatalogue): string[] {
  const found: string[] = [];
  for (const { district, keys } of cat.districts) {
    for (const key of keys) {
      const needle = marked ? key.markedWord : key.foldedWord;
      let at = hay.indexOf(needle);
      while (at >= 0) {
        const before = fold(hay.slice(Math.max(0, at - 12), at)).split(' ').slice(-2).join(' ');
        // "tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi": the province, not the city of the same name.
        if (!/(^| )tinh( uy)?$/.test(before)) {
          found.push(district.code);
          break;
        }
        at = hay.indexOf(needle, at + 1);
      }
      if (found.includes(district.code)) break;
    }
  }
  return found;
}

function isProvinceNamesake(cat: PreparedCatalogue, code: string): boolean {
  const d = cat.districts.find((x) => x.district.code === code);
  return !!d && fold(d.district.name) === 'quang ngai';
}

const BDV = / (ban dan van|bdv|ban dv|dan van (huyen|thi|thanh) uy)( |$)/g;
const QS = / (ban chi huy quan su|ban chqs|bchqs|chqs|bch quan su|bch qs|ban chi huy|quan su (huyen|thi xa|thanh pho)|qs)( |$)/g;

function recognizeUnitTypes(folded: string, out: TextIdentity) {
  for (const [type, pattern] of [['BDV', BDV], ['QS', QS]] as const) {
    for (const m of folded.matchAll(pattern)) {
      const start = m.index ?? 0;
      const before = folded.slice(Math.max(0, start - 4), start);
      const after = folded.slice(start + m[0].length - 1, start + m[0].length + 6);
      // "Bộ CHQS tỉnh", "Ban Dân vận Tỉnh ủy": the provincial bodies.
      if (/\bbo$/.test(before.trim()) || /^ ?tinh\b/.test(after)) continue;
      out.unitTypes.add(type);
    }
  }
}

function recognizePeriod(folded: string, source: 'content' | 'filename', out: TextIdentity) {
  for (const m of folded.matchAll(/ (20\d{2}) (q[1-4]|h1|y) /g)) out.periods.add(`${m[1]}-${(m[2] ?? '').toUpperCase()}`);
  const quarterYears: number[] = [];
  const quarter = / (?:quy|q) ?(iv|iii|ii|i|[1-4])(?: nam)?(?: (20\d{2}))? /g;
  for (const m of folded.matchAll(quarter)) {
    const raw = m[1] ?? '';
    const n = ROMAN[raw] ?? Number(raw);
    if (n >= 1 && n <= 4) out.kinds.add(`Q${n}` as PeriodKind);
    if (m[2]) quarterYears.push(Number(m[2]));
  }
  if (/ (6|sau) thang dau nam /.test(folded) || / so ket 6 thang /.test(folded) || / h1 /.test(folded)) out.kinds.add('H1');
  if (/ (ca nam|tong ket nam|tong ket cong tac nam) /.test(folded)) out.kinds.add('Y');
  if (source === 'content' && out.kinds.size === 0 && / bao cao .* nam 20\d{2} /.test(folded) && !/ thang /.test(folded)) out.impliedYear = true;
  const afterNam = [...folded.matchAll(/ nam (20\d{2}) /g)].map((m) => Number(m[1]));
  const any = [...folded.matchAll(/(?:^| )(20\d{2})(?= )/g)].map((m) => Number(m[1]));
  const years = quarterYears.length > 0 ? quarterYears : afterNam.length > 0 ? afterNam : any;
  for (const y of years) out.years.add(y);
}

/** "14/09/2021", "ngày 16 tháng 12 năm 2021", a date cell → "2021-12-16". */
export function parseDateText(text: string): string | null {
  const f = fold(text);
  const words = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(f);
  if (words) return isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
  const digits = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text);
  if (digits) return isoDate(Number(digits[3]), Number(digits[2]), Number(digits[1]));
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}
