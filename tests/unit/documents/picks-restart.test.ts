import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import type { DocumentDraft, ProseItem, ProsePicks } from '../../../shared/domain/documents';
import { moveItem, updateItem } from '../../../shared/domain/prose-picks-edit';
import { pickerNarrative } from '../../helpers/picker-narratives';
import { cleanDataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

/**
 * The clerk's choices (issue 10.5) are the draft: sent through the documents.saveDraft channel as
 * the page sends them (JSON, area numbers as string keys), they come back unchanged after the
 * services are closed and opened again on the same database file, and the printed text is the one
 * they make.
 */
let s: Services | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};
const draftOf = async (svc: Services) => ok<DocumentDraft>(await svc.dispatch('documents.draft', { kind: 'six-month', period: '2021-H1' }));
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('picks saved with the draft survive a restart', () => {
  it('keeps the unticked, edited and moved highlights, and prints only what is ticked, in order', async () => {
    const dbPath = path.join(tempDir(), 'picks.db');
    s = await openTestServices(dbPath);
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }), { narrative: pickerNarrative });
    const first = await draftOf(s);
    const picks = first.prose.picks!;
    const area1 = picks.highlights[1]!;
    // The three near-identical bullets are one item with three sources, beside the two of their own.
    expect(area1).toHaveLength(3);
    expect(area1.every((i) => i.chosen)).toBe(true);
    expect(area1.map((i) => i.sources.length).sort()).toEqual([1, 1, 3]);

    let edited: ProseItem[] = updateItem(area1, 0, { chosen: false });
    edited = updateItem(edited, 1, { text: 'Tổ chức hội nghị tuyên truyền chuyên đề (đã sửa).' });
    edited = moveItem(edited, 2, -1);
    const shortcomings = updateItem(picks.shortcomings, 0, { chosen: false });
    const chosen: ProsePicks = { ...picks, highlights: { ...picks.highlights, [1]: edited }, shortcomings };
    const saved = ok<DocumentDraft>(await s.dispatch('documents.saveDraft', viaJson({ kind: 'six-month', period: '2021-H1', prose: { ...first.prose, picks: chosen } })));
    expect(saved.savedAt).not.toBeNull();

    await s.close();
    s = await openTestServices(dbPath);
    const again = await draftOf(s);
    expect(again.savedAt).toBe(saved.savedAt);
    expect(again.prose.picks!.highlights[1]).toEqual(edited);
    expect(again.prose.picks!.shortcomings).toEqual(shortcomings);
    expect(again.prose.picks!.highlights[5]).toEqual(picks.highlights[5]);
    // Printed: the moved item first, then the edited one; the unticked merged item not at all.
    expect(again.prose.highlights[1]).toBe([`- ${edited[1]!.text}`, '- Tổ chức hội nghị tuyên truyền chuyên đề (đã sửa).'].join('\n'));
    expect(again.prose.highlights[1]).not.toContain(area1[0]!.text);
    expect(again.prose.assessment).not.toContain(picks.shortcomings[0]!.text);
  });

  it('does not take a later change of the highlights setting over the saved choices', async () => {
    const dbPath = path.join(tempDir(), 'picks-setting.db');
    s = await openTestServices(dbPath);
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }), { narrative: pickerNarrative });
    const first = await draftOf(s);
    ok(await s.dispatch('documents.saveDraft', viaJson({ kind: 'six-month', period: '2021-H1', prose: first.prose })));
    const settings = ok<Record<string, unknown>>(await s.dispatch('settings.getDocument', { year: 2021 }));
    ok(await s.dispatch('settings.saveDocument', { year: 2021, settings: { ...settings, highlightsPerArea: 1 } }));
    await s.close();
    s = await openTestServices(dbPath);
    expect((await draftOf(s)).prose.picks!.highlights[1]!.filter((i) => i.chosen)).toHaveLength(3);
    // A draft not saved yet is prefilled with the new setting: one highlight ticked, the others offered.
    const year = ok<DocumentDraft>(await s.dispatch('documents.draft', { kind: 'year', period: '2021-Y' }));
    expect(year.prose.picks!.highlights[1]!.map((i) => i.chosen)).toEqual([true, false, false]);
  });
});
