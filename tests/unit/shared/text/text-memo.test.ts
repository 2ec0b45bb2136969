import { describe, expect, it } from 'vitest';
import { TextMemo } from '../../../../shared/text/text-memo';

describe('TextMemo', () => {
  it('computes each short text once, null and empty results included', () => {
    const calls: string[] = [];
    const memo = new TextMemo<string | null>(10);
    const f = (t: string) => (calls.push(t), t === 'x' ? null : t.toUpperCase());
    for (let i = 0; i < 3; i++) {
      expect(memo.get('x', f)).toBeNull();
      expect(memo.get('ab', f)).toBe('AB');
      expect(memo.get('', f)).toBe('');
    }
    expect(calls).toEqual(['x', 'ab', '']);
  });

  it('never keeps a text longer than its bound, and empties itself when full', () => {
    let calls = 0;
    const memo = new TextMemo<number>(2, 5);
    const f = (t: string) => (calls++, t.length);
    memo.get('toolong', f);
    memo.get('toolong', f);
    expect(calls).toBe(2);
    memo.get('a', f);
    memo.get('b', f);
    memo.get('c', f); // full: emptied, then c kept
    memo.get('c', f);
    memo.get('a', f);
    expect(calls).toBe(6);
  });
});
