import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDraftFor } from '../../../electron/documents/service';
import { withheldNarratives } from '../../../electron/documents/withheld';
import type { Services } from '../../../electron/runtime';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

/** A narrative block typed without marks reaches no document; the same block with its marks does. */

const CASES = path.resolve(__dirname, '../../fixtures/cases');
let s: Services;
beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-withheld-'), 'w.db'));
});
afterEach(async () => s.close());

async function importCase(name: string, received: string): Promise<void> {
  const staged = await s.importer.stage(`${name}.xlsx`, new Uint8Array(fs.readFileSync(path.join(CASES, `${name}.xlsx`))));
  expect(['accepted', 'new_version']).toContain(staged.status);
  await s.importer.save(staged.stagingId, received);
}

describe('documents leave out a narrative block typed without diacritics', () => {
  it('prefills without the unmarked blocks, and keeps the same blocks once resent with marks', async () => {
    await importCase('narrative-no-diacritics', '2021-06-20');
    const before = (await getDraftFor(s.ctx, 'quarter', '2021-Q2')).prose;
    const all = [before.assessment, before.tasks, before.proposals, ...Object.values(before.highlights)].join('\n');
    expect(all).not.toMatch(/Tap trung tuyen truyen|Kinh phi hoat dong|Phoi hop voi Ban CHQS/);
    // The unit's other blocks, typed with their marks, are still used.
    expect(before.proposals).toContain('Đề nghị Ban Dân vận Tỉnh ủy');
    expect(all).toContain('phối hợp tổ chức 12 buổi tuyên truyền');
    // Nothing left to assess: no heading is printed empty.
    expect(before.assessment).toBe('');
    expect(before.tasks).toBe('');

    await importCase('narrative-with-diacritics', '2021-06-25');
    const after = (await getDraftFor(s.ctx, 'quarter', '2021-Q2')).prose;
    expect(after.assessment).toContain('Hạn chế, khó khăn:\n- Tập trung tuyên truyền, vận động nhân dân thực hiện các biện pháp phòng, chống dịch COVID-19 còn hạn chế.');
    expect(after.assessment).toContain('- Kinh phí hoạt động của UBND, MTTQ các xã còn khó khăn.');
    expect(after.picks!.shortcomings.map((i) => i.sources)).toContainEqual([{ unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q2' }]);
    expect(after.tasks).toContain('Phối hợp với Ban CHQS huyện Bình Sơn tổ chức huấn luyện DQTV');
  });
});

describe('withheldNarratives', () => {
  it('reads the blocks a report withholds from its stored findings, and nothing else', () => {
    const findings = [
      { code: 'narrative_no_diacritics', severity: 'warning', sheet: 'Sheet1', cell: 'A40', message: '…', narrativeKey: 'han_che' },
      { code: 'narrative_no_diacritics', severity: 'warning', sheet: 'Sheet1', cell: 'A44', message: '…', narrativeKey: 'not_a_key' },
      { code: 'row_missing', severity: 'warning', sheet: 'Sheet1', cell: 'B9', message: '…', narrativeKey: 'de_xuat' },
    ];
    expect([...withheldNarratives(JSON.stringify(findings))]).toEqual(['han_che']);
    expect(withheldNarratives('[]').size).toBe(0);
    expect(withheldNarratives('not json').size).toBe(0);
  });
});
