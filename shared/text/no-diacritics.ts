import { hasDiacritics } from './fold';

/**
 * Vietnamese typed without its marks ("Tap trung tuyen truyen, van dong nhan dan …"): readable to
 * a person, but wrong in an official document, and not safely restorable ("ban" may be "bán",
 * "bạn", "bàn" or "bản"). Told apart from real Vietnamese by counting syllables: in marked text
 * most lowercase syllables carry a mark, here (nearly) none do.
 *
 * Not counted, because they carry no marks in correct text either: abbreviations (UBND, MTTQ,
 * DQTV, COVID), capitalised words (proper names, sentence starts: "Ba To", "Son Ha") and numbers.
 */

/** A Vietnamese syllable with its marks folded away: onset, one to three vowels, coda. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Fewer bare syllables than this say too little: "Khong co", "cho dan" may be a slip, not a habit. */
const MIN_BARE_SYLLABLES = 5;
/** Marked syllables allowed among the counted ones: a clerk may add a mark or two by habit. */
const MAX_MARKED_SHARE = 0.15;
/** Share of the bare words that must be Vietnamese syllables, so that English or codes are not flagged. */
const MIN_SYLLABLE_SHARE = 0.8;

export interface DiacriticsCount {
  /** Words carrying Vietnamese marks. */
  marked: number;
  /** Lowercase words without marks shaped like a Vietnamese syllable. */
  bare: number;
  /** Lowercase words without marks that are no Vietnamese syllable. */
  foreign: number;
}

export function countDiacritics(text: string): DiacriticsCount {
  const out: DiacriticsCount = { marked: 0, bare: 0, foreign: 0 };
  for (const word of text.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    const isAbbreviation = word.length >= 2 && word === word.toUpperCase();
    if (isAbbreviation) continue;
    if (hasDiacritics(word)) out.marked++;
    else if (word[0] !== word[0]?.toLowerCase()) continue;
    else if (SYLLABLE.test(word)) out.bare++;
    else out.foreign++;
  }
  return out;
}

export function typedWithoutDiacritics(text: string): boolean {
  const { marked, bare, foreign } = countDiacritics(text);
  if (bare < MIN_BARE_SYLLABLES) return false;
  if (bare < MIN_SYLLABLE_SHARE * (bare + foreign)) return false;
  return marked <= MAX_MARKED_SHARE * (marked + bare);
}
