/**
 * Vietnamese text written with the pre-Unicode encodings of old templates. Excel stores such text
 * as the Windows-1252 characters of the font's byte codes, so "Ban Dân vận" typed in TCVN3 (ABC,
 * ".VnTime" fonts) arrives as "Ban D©n vËn" and in VNI ("VNI-Times") as "Ban Daân vaän".
 * Detection compares how Vietnamese each reading looks; conversion yields NFC Unicode.
 */

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/**
 * TCVN 5712:1993 bytes 0xA1..0xFF, checked against glibc's TCVN5712-1 table. The lowercase letters
 * and the seven uppercase bases are what the ABC keyboard writes with .VnTime fonts; uppercase
 * text uses the same codes with a ".VnTimeH" font (see isUppercaseLegacyFont).
 */
const TCVN3_HIGH =
  '\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323' +
  '\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9' +
  '\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129' +
  '\u00ed\u1ecb\u00f2\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6' +
  '\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0';

export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0xa1 && code <= 0xff ? TCVN3_HIGH[code - 0xa1] : ch;
  }
  return out.normalize('NFC');
}

// Combining marks used to build the precomposed letters (NFC does the composing).
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

type Shape = '' | typeof CIRCUMFLEX | typeof BREVE;
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

/** VNI mark characters that follow a base vowel: shape (â-family, ă-family) and tone. */
const VNI_MARKS = new Map<string, { shape: Shape; tone: string }>();
const addMarks = (chars: string, shape: Shape, tones: readonly string[]) =>
  [...chars].forEach((c, i) => {
    VNI_MARKS.set(c, { shape, tone: tones[i] ?? '' });
    VNI_MARKS.set(c.toUpperCase(), { shape, tone: tones[i] ?? '' });
  });
addMarks('ùøûõï', '', TONES);
addMarks('âáàåãä', CIRCUMFLEX, ['', ...TONES]);
addMarks('êéèúüë', BREVE, ['', ...TONES]);

/** VNI characters that stand for a whole letter. */
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ', Ô: 'Ơ', ö: 'ư', Ö: 'Ư', ñ: 'đ', Ñ: 'Đ',
  í: 'í', Í: 'Í', ì: 'ì', Ì: 'Ì', æ: 'ỉ', Æ: 'Ỉ', ó: 'ĩ', Ó: 'Ĩ', ò: 'ị', Ò: 'Ị', î: 'ỵ', Î: 'Ỵ',
};

export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const lower = ch.toLowerCase();
    let base: string | null = null;
    if ('aeiouy'.includes(lower) && ch !== '') base = ch;
    else if (lower === 'ô' || lower === 'ö') base = (lower === 'ô' ? 'o' : 'u') + HORN;
    if (ch === 'Ô' || ch === 'Ö') base = (ch === 'Ô' ? 'O' : 'U') + HORN;
    if (base === null) {
      out += VNI_LETTERS[ch] ?? ch;
      continue;
    }
    const mark = VNI_MARKS.get(chars[i + 1] ?? '');
    if (!mark || !fits(lower, mark.shape)) {
      out += base;
      continue;
    }
    out += base + mark.shape + mark.tone;
    i++;
    // A shape mark may still be followed by nothing else; a tone never follows a toned mark.
  }
  return out.normalize('NFC');
}

function fits(baseLower: string, shape: Shape): boolean {
  if (shape === CIRCUMFLEX) return 'aeo'.includes(baseLower);
  if (shape === BREVE) return baseLower === 'a';
  return true;
}

const VIET_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/giu;
const NON_ASCII_LETTERISH = /[\u0080-\u024f\u1ea0-\u1ef9]|[\u0300-\u036f]/gu;
/** Letters only Unicode text can hold: a legacy string is made of Latin-1 characters. */
const UNICODE_ONLY = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/u;
const LATIN1_HIGH = /[\u00a1-\u00ff]/u;

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * How Vietnamese a string looks: Vietnamese letters count for it, other non-ASCII letters
 * against, and so does a second tone mark in one syllable (a misread "ẹửực" has three).
 */
export function vietnameseScore(text: string): number {
  const nfc = text.normalize('NFC');
  const viet = nfc.match(VIET_LETTER)?.length ?? 0;
  const nonAscii = nfc.match(NON_ASCII_LETTERISH)?.length ?? 0;
  let extraTones = 0;
  for (const word of nfc.split(/[^\p{L}]+/u)) {
    let tones = 0;
    for (const ch of word) if (TONE.test(ch.normalize('NFD'))) tones++;
    if (tones > 1) extraTones += tones - 1;
  }
  return viet - 2 * (nonAscii - viet) - 3 * extraTones;
}

export interface EncodingGuess {
  encoding: TextEncoding;
  /** True when the Unicode reading contains characters Vietnamese never uses (©, Ë, ö …). */
  strong: boolean;
}

/**
 * Per string: which reading looks most Vietnamese; ties with the text as it is go to Unicode.
 * When TCVN3 and VNI read equally well, VNI wins only if nearly every high character is a VNI
 * mark on a vowel or a VNI letter: TCVN3 letters often stand right after consonants.
 */
export function guessEncoding(text: string): EncodingGuess {
  if (!LATIN1_HIGH.test(text) || UNICODE_ONLY.test(text)) return { encoding: 'unicode', strong: false };
  const asIs = vietnameseScore(text);
  const tcvn3 = vietnameseScore(tcvn3ToUnicode(text));
  const vni = vietnameseScore(vniToUnicode(text));
  if (Math.max(tcvn3, vni) <= asIs) return { encoding: 'unicode', strong: false };
  const strong = asIs < (text.normalize('NFC').match(VIET_LETTER)?.length ?? 0);
  if (tcvn3 !== vni) return { encoding: tcvn3 > vni ? 'tcvn3' : 'vni', strong };
  return { encoding: vniFit(text) >= 0.8 ? 'vni' : 'tcvn3', strong };
}

/** Share of the high characters that VNI reads as a mark on a vowel or as one of its letters. */
function vniFit(text: string): number {
  const chars = [...text];
  let high = 0;
  let fit = 0;
  chars.forEach((ch, i) => {
    if (!LATIN1_HIGH.test(ch)) return;
    high++;
    const prev = (chars[i - 1] ?? '').toLowerCase();
    const mark = VNI_MARKS.get(ch);
    if (VNI_LETTERS[ch] !== undefined || (mark && /[aeiouyôö]/.test(prev) && fits(prev === 'ô' || prev === 'ö' ? 'x' : prev, mark.shape))) fit++;
  });
  return high === 0 ? 0 : fit / high;
}

/** Could the string be legacy text at all (only Latin-1 characters, some of them high)? */
export function mayBeLegacy(text: string): boolean {
  return LATIN1_HIGH.test(text) && !UNICODE_ONLY.test(text);
}

export function toUnicode(text: string, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return tcvn3ToUnicode(text);
  if (encoding === 'vni') return vniToUnicode(text);
  return text.normalize('NFC');
}

/** ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function encodingOfFont(fontName: string | undefined | null): TextEncoding | null {
  if (!fontName) return null;
  const name = fontName.trim().toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (/^vni[-\s]/.test(name)) return 'vni';
  return null;
}

/** TCVN3 uppercase fonts (".VnTimeH") draw the lowercase codes as capitals. */
export function isUppercaseLegacyFont(fontName: string | undefined | null): boolean {
  return !!fontName && /^\.vn.*h$/i.test(fontName.trim());
}
