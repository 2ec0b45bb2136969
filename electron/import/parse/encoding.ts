import {
  encodingOfFont,
  guessEncoding,
  isUppercaseLegacyFont,
  mayBeLegacy,
  toUnicode,
  vietnameseScore,
  type EncodingGuess,
  type TextEncoding,
} from '../../../shared/text/legacy';
import type { ImportFinding } from '../../../shared/domain/report';
import { TextMemo } from '../../../shared/text/text-memo';
import type { GridCell, SheetGrid } from './grid';

/** Enough of a long string to judge its encoding; a hostile file may repeat a 1 MB string thousands of times. */
const sample = (text: string) => (text.length > 2000 ? text.slice(0, 2000) : text);

/**
 * Unicode files still hold a few Latin-1-only words ("Ghi chú", "mô hình", "cá nhân"), the same in
 * every district's file, each judged three ways: judged once (short texts, bounded, frozen).
 */
const judged = new TextMemo<Readonly<EncodingGuess>>(4096);
const frozenGuess = (text: string): Readonly<EncodingGuess> => Object.freeze(guessEncoding(text));
const guessOf = (text: string): Readonly<EncodingGuess> => judged.get(text, frozenGuess);

/**
 * Converts legacy-encoded text (TCVN3, VNI) in place. A string is converted when its own letters
 * say so clearly (characters Vietnamese never uses, like "©" or "Ë"), when its font is a legacy
 * font (".VnTime", "VNI-Times"), or, for strings that read plausibly either way ("Tèt"), when the
 * workbook as a whole is legacy. Returns the workbook's encoding and an info finding.
 */
export function convertLegacyText(grids: SheetGrid[]): { encoding: TextEncoding; findings: ImportFinding[] } {
  const strings: { grid: SheetGrid; cell: GridCell }[] = [];
  for (const grid of grids) for (const row of grid.rows.values()) for (const cell of row.values()) if (cell.rawText) strings.push({ grid, cell });

  const votes: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  // Null for text that cannot be legacy: most of a Unicode workbook, and nothing to convert.
  const guesses = strings.map(({ cell }) => {
    const text = sample(cell.rawText ?? '');
    if (!mayBeLegacy(text)) {
      if (/[\u0100-\uffff]/u.test(text)) votes.unicode++;
      return null;
    }
    const font = encodingOfFont(cell.fontName);
    const guess = guessOf(text);
    if (font && font !== 'unicode') votes[font] += 3;
    else if (guess.strong) votes[guess.encoding] += 2;
    return { font, guess };
  });
  const legacy: TextEncoding = votes.vni > votes.tcvn3 ? 'vni' : 'tcvn3';
  const workbook: TextEncoding = votes[legacy] >= 3 && votes[legacy] >= votes.unicode ? legacy : 'unicode';

  const converted: Record<TextEncoding, { sheet: string; address: string } | null> = { unicode: null, tcvn3: null, vni: null };
  const counts: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  strings.forEach(({ grid, cell }, i) => {
    const text = cell.rawText ?? '';
    const g = guesses[i];
    if (!g) return;
    let target: TextEncoding = 'unicode';
    if (g.font && g.font !== 'unicode') target = g.font;
    else if (g.guess.strong) target = g.guess.encoding;
    else if (workbook !== 'unicode' && vietnameseScore(toUnicode(sample(text), workbook)) >= vietnameseScore(sample(text))) target = workbook;
    if (target === 'unicode') return;
    let out = toUnicode(text, target);
    if (isUppercaseLegacyFont(cell.fontName)) out = out.toLocaleUpperCase('vi');
    cell.value = { t: 's', v: out };
    cell.encoding = target;
    counts[target]++;
    converted[target] ??= { sheet: grid.name, address: cell.address };
  });

  const encoding: TextEncoding = counts.vni > counts.tcvn3 ? 'vni' : counts.tcvn3 > 0 ? 'tcvn3' : 'unicode';
  const findings: ImportFinding[] = [];
  const first = converted[encoding];
  if (encoding !== 'unicode' && first) {
    const name = encoding === 'tcvn3' ? 'TCVN3 (ABC, phông .VnTime)' : 'VNI (phông VNI-Times)';
    findings.push({
      code: 'legacy_encoding',
      severity: 'info',
      sheet: first.sheet,
      cell: first.address,
      message: `Chữ trong tệp được gõ bằng bảng mã ${name}; đã chuyển ${counts[encoding]} ô sang Unicode (ô đầu tiên: ${first.address}). Hãy xem lại tên đơn vị và nội dung sau khi nhập.`,
    });
  }
  return { encoding, findings };
}
