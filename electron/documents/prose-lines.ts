import { typedWithoutDiacritics } from '../../shared/text/no-diacritics';

/**
 * The bullets of a district's narrative block that may reach a document. A block typed without
 * marks is withheld whole at import (withheld.ts); a single unmarked bullet in a marked block, and
 * a bullet that only says there is nothing ("Không có đề xuất, kiến nghị"), are left out here.
 */

/** "Không có …", "Chưa có …", "Không phát sinh …", "Không.": a bullet that reports nothing. */
const EMPTY_PHRASE = /^(?:(?:không|chưa)\s+(?:có|phát sinh)(?:\s|$|[.,;:])|không\s*[.;]?$|chưa\s*[.;]?$)/iu;

/** Bullet lines of a narrative block, without their "- " / "+ " / "1." markers and end punctuation. */
export function bulletLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-–+•*]|\d+[.)]|[a-zđ][.)])\s+/u, '').replace(/[\s.;,]+$/u, '').trim())
    .filter((l) => l.length > 3);
}

export const isEmptyPhrase = (line: string): boolean => EMPTY_PHRASE.test(line.trim());

/** The bullets worth offering the clerk: marked Vietnamese that says something. */
export const usableLines = (text: string): string[] => bulletLines(text).filter((l) => !isEmptyPhrase(l) && !typedWithoutDiacritics(l));
