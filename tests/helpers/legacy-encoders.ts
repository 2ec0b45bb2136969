import { tcvn3ToUnicode } from '../../shared/text/legacy';

/**
 * Test-only encoders: Unicode → how Excel stores text typed with legacy Vietnamese fonts. They are
 * written independently of the decoders under test (TCVN3 from the byte table, VNI from the
 * published mark scheme), so a round trip checks the decoders rather than restating them.
 */

const TCVN3_OF = new Map<string, string>();
for (let b = 0xa1; b <= 0xff; b++) {
  const unicode = tcvn3ToUnicode(String.fromCharCode(b));
  if (!TCVN3_OF.has(unicode)) TCVN3_OF.set(unicode, String.fromCharCode(b));
}

/** Lowercase letters and the seven uppercase bases exist in TCVN3; other capitals need a ".VnTimeH" font. */
export function toTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => TCVN3_OF.get(ch) ?? ch).join('');
}

const TONE_MARK: Record<string, number> = { '\u0301': 0, '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0323': 4 };
const TONE_ONLY = ['ù', 'ø', 'û', 'õ', 'ï'];
const CIRC = ['á', 'à', 'å', 'ã', 'ä'];
const BREVE = ['é', 'è', 'ú', 'ü', 'ë'];
const I_TONES = ['í', 'ì', 'æ', 'ó', 'ò'];

export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const base = parts[0] ?? '';
    const marks = parts.slice(1);
    if (marks.length === 0) {
      out += ch;
      continue;
    }
    const upper = base !== base.toLowerCase();
    const tone = marks.map((m) => TONE_MARK[m]).find((t) => t !== undefined);
    const caseOf = (s: string) => (upper ? s.toUpperCase() : s);
    let piece: string;
    if (marks.includes('\u031b')) {
      piece = caseOf(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone !== undefined ? caseOf(TONE_ONLY[tone] ?? '') : '');
    } else if (marks.includes('\u0302')) {
      piece = base + caseOf(tone !== undefined ? (CIRC[tone] ?? '') : 'â');
    } else if (marks.includes('\u0306')) {
      piece = base + caseOf(tone !== undefined ? (BREVE[tone] ?? '') : 'ê');
    } else if (base.toLowerCase() === 'i' && tone !== undefined) {
      piece = caseOf(I_TONES[tone] ?? '');
    } else if (base.toLowerCase() === 'y' && tone === 4) {
      piece = caseOf('î');
    } else {
      piece = base + (tone !== undefined ? caseOf(TONE_ONLY[tone] ?? '') : '');
    }
    out += piece;
  }
  return out;
}
