import { fold } from './fold';

/**
 * How lists sort and search, defined once for every table: Vietnamese alphabetical order for text
 * (Đ after D, "Ba Tơ" before "Bình Sơn"), numbers by value, dates by their ISO form; a search
 * ignores case and diacritics, so "son tay" finds "Sơn Tây".
 */
export type SortKind = 'text' | 'number' | 'date';
export type SortValue = string | number | null | undefined;

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

const isEmpty = (v: SortValue): v is null | undefined | '' => v === null || v === undefined || v === '';

/** Ascending order of two values of one column; the table reverses it for descending. Empty cells sort after filled ones. */
export function compareValues(kind: SortKind, a: SortValue, b: SortValue): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
  if (kind === 'number') return Number(a) - Number(b);
  // ISO dates and date-times order as plain strings; the collator would read their digits as numbers.
  if (kind === 'date') return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/** True when every word of the query is found in the text, both folded (case and diacritics away). */
export function matchesSearch(text: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = ` ${fold(text)} `;
  return words.every((w) => hay.includes(w));
}
