import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getIndicator } from '../../../electron/db/queries/plan';
import { writeAudit } from '../../../electron/db/queries/audit';
import { Importer } from '../../../electron/import/importer';
import { parseWorkbook } from '../../../electron/import/parse/index';
import type { ParseCatalogue } from '../../../electron/import/parse/catalogue';
import type { ReportParser } from '../../../electron/import/parser';
import type { Services } from '../../../electron/runtime';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const CASES = path.join(import.meta.dirname, '../../fixtures/cases/save');
const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(CASES, name)));
const LABEL = 'Số buổi tuyên truyền (sửa giữa hai tệp)';

let s: Services;
let importer: Importer;
/** The catalogue each parse was handed, in call order. */
let handed: ParseCatalogue[];

beforeEach(async () => {
  s = await openTestServices(path.join(tempDir('phdv-plancache-'), 'pc.db'));
  handed = [];
  const parser: ReportParser = {
    parse: (bytes, name, catalogue) => {
      handed.push(catalogue);
      return parseWorkbook(bytes, name, catalogue);
    },
    close: async () => {},
  };
  importer = new Importer(s.ctx, parser);
});
afterEach(async () => s.close());

const labelOf = (c: ParseCatalogue, code: string) => c.indicators.find((i) => i.code === code)?.label;

async function editLabelHere(code: string, label: string) {
  const indicator = (await getIndicator(s.ctx.db, 2021, code))!;
  const saved = await s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...indicator, label } });
  expect(saved.ok).toBe(true);
}

/** Another program on the same file (the CLI beside the app): its own connection, its own audit row. */
function editLabelElsewhere(code: string, label: string, audit = true) {
  const other = new BetterSqlite3(s.ctx.dbPath);
  try {
    other.transaction(() => {
      other.prepare('UPDATE indicators SET label = ? WHERE plan_year = 2021 AND code = ?').run(label, code);
      if (audit) {
        other
          .prepare("INSERT INTO audit_log (at, os_user, display_name, action, entity, entity_key, old_value, new_value, reason) VALUES (?, 'x', 'x', 'update', 'indicator', ?, NULL, NULL, NULL)")
          .run(new Date().toISOString(), `2021/${code}`);
      }
    })();
  } finally {
    other.close();
  }
}

describe("the importer's plan cache (issue 14: no revision check per file)", () => {
  it('hands every file of an unchanged plan the same catalogue, also when they are staged all at once', async () => {
    const names = ['save-minh-long-bdv-q3.xlsx', 'save-minh-long-qs-q3.xlsx', 'save-ba-to-bdv-q3.xlsx'];
    const staged = await Promise.all(names.map((n) => importer.stage(n, file(n))));
    expect(staged.map((v) => v.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(handed).toHaveLength(3);
    expect(new Set(handed).size).toBe(1);
    // A save is not a plan edit: the next file still gets the same object.
    await importer.save(staged[0]!.stagingId, '2021-09-16');
    await importer.stage('save-ba-to-qs-q3-narrative-escapes.xlsx', file('save-ba-to-qs-q3-narrative-escapes.xlsx'));
    expect(handed[3]).toBe(handed[0]);
  });

  it('sees a plan edit made in this process between two files: the next file is parsed with it', async () => {
    await importer.stage('save-minh-long-bdv-q3.xlsx', file('save-minh-long-bdv-q3.xlsx'));
    expect(labelOf(handed[0]!, 'TT01')).not.toBe(LABEL);
    await editLabelHere('TT01', LABEL);
    await importer.stage('save-ba-to-bdv-q3.xlsx', file('save-ba-to-bdv-q3.xlsx'));
    expect(labelOf(handed[1]!, 'TT01')).toBe(LABEL);
    // And the edited catalogue is then kept, not read again for each file.
    await importer.stage('save-minh-long-qs-q3.xlsx', file('save-minh-long-qs-q3.xlsx'));
    expect(handed[2]).toBe(handed[1]);
  });

  it('sees a plan edit committed by another connection to the same file between two files', async () => {
    await importer.stage('save-minh-long-bdv-q3.xlsx', file('save-minh-long-bdv-q3.xlsx'));
    editLabelElsewhere('TT01', LABEL);
    await importer.stage('save-ba-to-bdv-q3.xlsx', file('save-ba-to-bdv-q3.xlsx'));
    expect(handed[1]).not.toBe(handed[0]);
    expect(labelOf(handed[1]!, 'TT01')).toBe(LABEL);
  });

  it('keeps the catalogue when another connection commits something that is not a plan edit', async () => {
    await importer.stage('save-minh-long-bdv-q3.xlsx', file('save-minh-long-bdv-q3.xlsx'));
    const other = new BetterSqlite3(s.ctx.dbPath);
    other.prepare("INSERT INTO app_settings (key, value) VALUES ('display_name', 'Văn thư') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    other.close();
    await importer.stage('save-ba-to-bdv-q3.xlsx', file('save-ba-to-bdv-q3.xlsx'));
    expect(handed[1]).toBe(handed[0]);
  });

  it('sees a new plan year added in this process: the catalogue without a year is the newest plan', async () => {
    expect((await importer.catalogue()).planYear).toBe(2021);
    const copied = await s.dispatch('plan.copy', { fromYear: 2021, toYear: 2022 });
    expect(copied.ok).toBe(true);
    expect((await importer.catalogue()).planYear).toBe(2022);
    expect((await importer.catalogue(2021)).planYear).toBe(2021);
  });

  it("sees a period's window edited between stage and save: the received date is checked against the new window", async () => {
    const a = await importer.stage('save-minh-long-bdv-q3.xlsx', file('save-minh-long-bdv-q3.xlsx'));
    const b = await importer.stage('save-minh-long-qs-q3.xlsx', file('save-minh-long-qs-q3.xlsx'));
    // Before the edit the year's first window starts on 15/12/2020: 05/01/2021 is a possible received date.
    expect(await importer.save(a.stagingId, '2021-01-05')).toMatchObject({ status: 'accepted' });
    const moved = await s.dispatch('plan.savePeriod', { period: { code: '2021-Q1', kind: 'Q1', windowStart: '2021-01-10', windowEnd: '2021-03-14', dueDate: '2021-03-20' } });
    expect(moved.ok).toBe(true);
    await expect(importer.save(b.stagingId, '2021-01-05')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('10/01/2021') });
    expect(await importer.save(b.stagingId, '2021-01-12')).toMatchObject({ status: 'accepted' });
  });

  it('a plan edit that is rolled back leaves the catalogue as it was', async () => {
    await importer.stage('save-minh-long-bdv-q3.xlsx', file('save-minh-long-bdv-q3.xlsx'));
    const before = labelOf(handed[0]!, 'TT01');
    await s.ctx.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('indicators').set({ label: LABEL }).where('plan_year', '=', 2021).where('code', '=', 'TT01').execute();
        await writeAudit(trx, { osUser: 'x', displayName: 'x' }, { action: 'update', entity: 'indicator', entityKey: '2021/TT01', oldValue: null, newValue: null });
        throw new Error('rolled back');
      })
      .catch(() => {});
    await importer.stage('save-ba-to-bdv-q3.xlsx', file('save-ba-to-bdv-q3.xlsx'));
    expect(labelOf(handed[1]!, 'TT01')).toBe(before);
    expect(handed[1]).toBe(handed[0]);
  });
});
