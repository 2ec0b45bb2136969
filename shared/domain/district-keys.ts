import { fold } from '../text/fold';

/**
 * The key a district name or alias identifies files by. The importer finds a district by its
 * folded name or alias anywhere in a heading or file name, so "Huyện Sơn Tịnh", "H. Son Tinh" and
 * "Sơn Tịnh" all point at the same files: the administrative prefix is dropped, then the rest is
 * compared folded (case, diacritics, punctuation and spacing ignored), as the matcher does.
 */
const PREFIXES = [['huyen'], ['h'], ['thi', 'xa'], ['tx'], ['thanh', 'pho'], ['tp']] as const;

export function districtKey(text: string): string {
  const tokens = fold(text).split(' ').filter(Boolean);
  for (const prefix of PREFIXES) {
    if (tokens.length > prefix.length && prefix.every((p, i) => tokens[i] === p)) return tokens.slice(prefix.length).join(' ');
  }
  return tokens.join(' ');
}

/**
 * Words every report carries whatever its district: an alias made of them matches every file. Unit
 * types, administrative levels and the report's own vocabulary, folded.
 */
const GENERIC = new Set([
  'bdv',
  'qs',
  'bchqs',
  'chqs',
  'ban dv',
  'ban dan van',
  'dan van',
  'ban chqs',
  'ban chi huy',
  'ban chi huy quan su',
  'quan su',
  'huyen',
  'huyen uy',
  'thi xa',
  'thi uy',
  'thanh pho',
  'thanh uy',
  'tinh',
  'tinh uy',
  'bao cao',
  'quy',
  'nam',
]);

/**
 * Why a name or alias cannot identify one district, or null when it can. Length counts the whole
 * text as the matcher looks for it ("Thành phố QN" is specific, "QN" is not); generic words are
 * refused with or without a prefix ("Huyện", "H. Ban Dân vận").
 */
export function genericKeyReason(text: string): 'short' | 'generic' | null {
  const whole = fold(text);
  if (whole.replace(/[^a-z]/g, '').length < 3) return 'short';
  return GENERIC.has(whole) || GENERIC.has(districtKey(text)) ? 'generic' : null;
}

/** True when `inner` appears as whole words inside `outer`: the matcher would find it there. */
export function containsKey(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}
