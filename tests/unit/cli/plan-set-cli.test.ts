import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';
import { auditOf, plantedWorld, viaGui } from './helpers/world';

const write = (value: unknown): string => {
  const f = path.join(tempDir('phdv-plan-set-'), 'muc.json');
  fs.writeFileSync(f, JSON.stringify(value));
  return f;
};

describe('plan set: one Danh mục edit from a file, as the page saves it', () => {
  it('an indicator renamed writes the audit row the page writes, and plan show prints it', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const bundle = (await cli(['plan', 'show', '--db', a.db, '--json'])).json;
    const indicator = { ...bundle.indicators[0], label: `${bundle.indicators[0].label} (sửa)` };
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['plan', 'set', '--db', a.db, '--file', write({ indicator }), '--json'])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'plan.saveIndicator', { year: 2021, indicator }));
    expect(r!.code, r!.err).toBe(0);
    expect(viaCli).toHaveLength(1);
    expect(viaCli).toEqual(gui);
    expect((await cli(['plan', 'show', '--db', a.db, '--json'])).json.indicators[0].label).toBe(indicator.label);
  });

  it('a period and a district, each its own channel', async () => {
    const w = await plantedWorld();
    const bundle = (await cli(['plan', 'show', '--db', w.db, '--json'])).json;
    const district = { ...bundle.districts[0], aliases: [...bundle.districts[0].aliases, 'Huyện mới đặt tên'] };
    expect((await cli(['plan', 'set', '--db', w.db, '--file', write({ district })])).code).toBe(0);
    const period = bundle.periods.find((p: { code: string }) => p.code === '2021-Q4');
    expect((await cli(['plan', 'set', '--db', w.db, '--file', write({ period: { ...period, dueDate: '2021-12-21' } })])).code).toBe(0);
    const after = (await cli(['plan', 'show', '--db', w.db, '--json'])).json;
    expect(after.districts[0].aliases).toContain('Huyện mới đặt tên');
    expect(after.periods.find((p: { code: string }) => p.code === '2021-Q4').dueDate).toBe('2021-12-21');
  });

  it('exit 2, nothing written: two items, no item, an unknown item, a field the schema refuses', async () => {
    const w = await plantedWorld();
    const bundle = (await cli(['plan', 'show', '--db', w.db, '--json'])).json;
    for (const value of [{ indicator: bundle.indicators[0], district: bundle.districts[0] }, {}, { chi_tieu: bundle.indicators[0] }, { indicator: { ...bundle.indicators[0], label: '' } }]) {
      let r;
      expect(await auditOf(w.db, async () => (r = await cli(['plan', 'set', '--db', w.db, '--file', write(value)])))).toEqual([]);
      expect(r!.code, JSON.stringify(Object.keys(value))).toBe(2);
    }
  });
});

describe('draft show | save: the prose of a document draft', () => {
  it('show prints the prose; save of an edited copy writes the audit row the Văn bản page writes', async () => {
    const [a, b] = [await plantedWorld('a'), await plantedWorld('b')];
    const shown = await cli(['draft', 'show', '--db', a.db, '--kind', 'quarter', '--period', '2021-Q2']);
    expect(shown.code, shown.err).toBe(0);
    const draft = JSON.parse(shown.out);
    expect(draft).toMatchObject({ kind: 'quarter', period: '2021-Q2' });
    // The printed parts are made from the ticked items, as on the page: the clerk adds a task item.
    const task = { text: 'Tiếp tục phối hợp tuyên truyền phòng, chống thiên tai mùa mưa bão.', chosen: true, sources: [] };
    const prose = { ...draft.prose, picks: { ...draft.prose.picks, tasks: [...draft.prose.picks.tasks, task] } };
    let r;
    const viaCli = await auditOf(a.db, async () => (r = await cli(['draft', 'save', '--db', a.db, '--kind', 'quarter', '--period', '2021-Q2', '--file', write({ ...draft, prose })])));
    const gui = await auditOf(b.db, () => viaGui(b.db, 'documents.saveDraft', { kind: 'quarter', period: '2021-Q2', prose }));
    expect(r!.code, r!.err).toBe(0);
    expect(viaCli).toEqual(gui);
    expect(JSON.parse((await cli(['draft', 'show', '--db', a.db, '--kind', 'quarter', '--period', '2021-Q2'])).out).prose.tasks).toContain(task.text);
  });

  it('exit 2: a file of another period, an unknown kind', async () => {
    const w = await plantedWorld();
    const draft = JSON.parse((await cli(['draft', 'show', '--db', w.db, '--kind', 'quarter', '--period', '2021-Q2'])).out);
    expect((await cli(['draft', 'save', '--db', w.db, '--kind', 'quarter', '--period', '2021-Q3', '--file', write(draft)])).code).toBe(2);
    expect((await cli(['draft', 'show', '--db', w.db, '--kind', 'bao-cao', '--period', '2021-Q2'])).code).toBe(2);
  });
});
