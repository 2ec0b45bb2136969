import { describe, expect, it } from 'vitest';
import type { ProseItem } from '../../../shared/domain/documents';
import { composeProse } from '../../../shared/domain/prose-compose';
import { addItem, moveItem, removeItem, sourceLabel, updateItem } from '../../../shared/domain/prose-picks-edit';

const item = (text: string, chosen = true): ProseItem => ({ text, chosen, sources: [{ unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q1' }] });
const list = [item('Một.'), item('Hai.'), item('Ba.')];
const texts = (items: ProseItem[]) => items.map((i) => i.text);
const printed = (items: ProseItem[]) => composeProse({ highlights: {}, strengths: [], shortcomings: [], causes: [], tasks: [], proposals: items }).proposals;

describe('the clerk edits a list of prose items', () => {
  it('moves an item up or down, and not past either end', () => {
    expect(texts(moveItem(list, 2, -1))).toEqual(['Một.', 'Ba.', 'Hai.']);
    expect(texts(moveItem(list, 0, 1))).toEqual(['Hai.', 'Một.', 'Ba.']);
    expect(texts(moveItem(list, 0, -1))).toEqual(['Một.', 'Hai.', 'Ba.']);
    expect(texts(moveItem(list, 2, 1))).toEqual(['Một.', 'Hai.', 'Ba.']);
    expect(texts(list)).toEqual(['Một.', 'Hai.', 'Ba.']);
  });

  it('prints the ticked items in the order the clerk set, with the edited wording', () => {
    const edited = moveItem(updateItem(updateItem(list, 0, { chosen: false }), 1, { text: 'Hai, đã sửa.' }), 2, -1);
    expect(printed(edited)).toBe('- Ba.\n- Hai, đã sửa.');
    expect(edited[2]!.sources).toEqual(list[1]!.sources);
  });

  it('adds a line of the clerk own, ticked and with no source; only such a line can be removed', () => {
    const added = addItem(list);
    expect(added[3]).toEqual({ text: '', chosen: true, sources: [] });
    expect(printed(added)).toBe('- Một.\n- Hai.\n- Ba.');
    expect(texts(removeItem(updateItem(added, 3, { text: 'Thêm.' }), 3))).toEqual(['Một.', 'Hai.', 'Ba.']);
    expect(removeItem(added, 0)).toHaveLength(4);
  });

  it('names a source by its unit and period in Vietnamese', () => {
    expect(sourceLabel({ unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q1' })).toBe('Ban Dân vận huyện Bình Sơn – Quý I năm 2021');
    expect(sourceLabel({ unit: 'Ban CHQS huyện Tư Nghĩa', period: '2021-H1' })).toBe('Ban CHQS huyện Tư Nghĩa – 6 tháng đầu năm 2021');
  });
});
