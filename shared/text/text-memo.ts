/**
 * Results of a pure function of a text, remembered: the parser reads the same titles, headings and
 * labels in every district's file. Bounded against hostile files: texts longer than `maxChars`
 * are never kept, and the memo is emptied when it holds `limit` entries.
 */
export class TextMemo<V> {
  private readonly known = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly maxChars = 300,
  ) {}

  get(text: string, compute: (text: string) => V): V {
    const hit = this.known.get(text);
    // One lookup on the hot path: `has` only for a value that is itself undefined.
    if (hit !== undefined || this.known.has(text)) return hit as V;
    const value = compute(text);
    if (text.length <= this.maxChars) {
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(text, value);
    }
    return value;
  }
}
