import { periodName } from './periods';
import type { ProseItem, ProseSource } from './documents';

/**
 * The edits the clerk makes to a list of prose items in the Văn bản page, kept pure so the order
 * and the ticks are tested without a browser. Every edit returns a new list: React state and the
 * saved draft never share an array that a later edit could change behind them.
 */

/** The list with the item at `index` moved by `by` places (−1 up, +1 down); unchanged at either end. */
export function moveItem(items: readonly ProseItem[], index: number, by: -1 | 1): ProseItem[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The list with the item at `index` changed (text edited or tick toggled). */
export const updateItem = (items: readonly ProseItem[], index: number, change: Partial<Pick<ProseItem, 'text' | 'chosen'>>): ProseItem[] =>
  items.map((item, i) => (i === index ? { ...item, ...change } : item));

/** A line the clerk writes in: chosen, with no district as its source. */
export const addItem = (items: readonly ProseItem[]): ProseItem[] => [...items, { text: '', chosen: true, sources: [] }];

/** Only the clerk's own lines can be removed; a district's line is left out by unticking it, so it can come back. */
export const removeItem = (items: readonly ProseItem[], index: number): ProseItem[] => (items[index]?.sources.length === 0 ? items.filter((_, i) => i !== index) : [...items]);

/** "Ban Dân vận huyện Bình Sơn – Quý I năm 2021". */
export const sourceLabel = (s: ProseSource): string => `${s.unit} – ${periodName(s.period)}`;
