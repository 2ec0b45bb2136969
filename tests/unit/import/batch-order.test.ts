import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { rng } from '../../helpers/random';
import { tempDir } from '../../helpers/temp';

const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/cases/quarter-q3-2021-corrections');
const files = fs.readdirSync(FOLDER).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(FOLDER, f));
const expectedCurrent = JSON.parse(fs.readFileSync(path.join(FOLDER, 'expected-current.json'), 'utf8')) as Record<string, string>;

function currentFiles(db: string): Record<string, string> {
  const raw = new Database(db, { readonly: true });
  try {
    const rows = raw.prepare(`SELECT district_code || '-' || unit_type AS unit, file_name FROM reports WHERE period_code = '2021-Q3' AND is_current = 1`).all() as { unit: string; file_name: string }[];
    return Object.fromEntries(rows.map((r) => [r.unit, r.file_name]));
  } finally {
    raw.close();
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const rand = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('a whole quarter in one batch, no dates given', () => {
  it('keeps the same current report for every unit whatever the order of the files: the newest by report date', async () => {
    const orders = [files, [...files].reverse(), shuffled(files, 7)];
    const outcomes: Record<string, string>[] = [];
    for (const [i, order] of orders.entries()) {
      const db = path.join(tempDir(), `order-${i}.db`);
      const run = await cli(['import', ...order, '--db', db, '--json']);
      expect(run.code).toBe(0);
      const statuses = run.json.files.map((f: { status: string }) => f.status);
      expect(statuses.filter((s: string) => s === 'duplicate')).toHaveLength(1);
      expect(statuses.filter((s: string) => s === 'superseded')).toHaveLength(3);
      expect(statuses.filter((s: string) => s === 'needs_confirmation' || s === 'rejected')).toEqual([]);
      outcomes.push(currentFiles(db));
    }
    expect(Object.keys(outcomes[0]!)).toHaveLength(26);
    expect(outcomes[0]).toEqual(expectedCurrent);
    expect(outcomes[1]).toEqual(expectedCurrent);
    expect(outcomes[2]).toEqual(expectedCurrent);
  });

  it('says in the preview which file of a unit counts and why, the same in a dry run as in the real one', async () => {
    const db = path.join(tempDir(), 'dry.db');
    const dry = await cli(['import', ...files, '--db', db, '--dry-run', '--json']);
    const byFile = new Map(dry.json.files.map((f: { file: string }) => [path.basename(f.file), f]));
    expect(byFile.get('BC quy 3-2021 BDV Binh Son.xlsx')).toMatchObject({
      status: 'superseded',
      reason: { code: 'superseded', message: expect.stringMatching(/ban sua\.xlsx" có ngày báo cáo 21\/09\/2021, mới hơn ngày báo cáo 14\/09\/2021/) },
    });
    expect(byFile.get('BC quy 3-2021 BDV Binh Son - ban sua.xlsx')).toMatchObject({ status: 'accepted', reason: { code: 'counts_in_batch' } });
    expect(byFile.get('BC quy 3-2021 BCHQS Son Tinh.xlsx')).toMatchObject({ status: 'superseded', reason: { message: expect.stringContaining('ngày ghi trong tên tệp 20/09/2021') } });
    // The two copies are the same bytes: one of them is kept, the other recorded as received again.
    expect([byFile.get('BC quy 3-2021 BDV Son Ha (1).xlsx'), byFile.get('BC quy 3-2021 BDV Son Ha.xlsx')].map((f) => (f as { status: string }).status).sort()).toEqual(['duplicate', 'superseded']);
    const real = await cli(['import', ...files, '--db', db, '--json']);
    expect(real.json.files.map((f: { status: string }) => f.status)).toEqual(dry.json.files.map((f: { status: string }) => f.status));
  });

  it('keeps an older report that arrives after the newer one as history, with a note, never as current', async () => {
    const db = path.join(tempDir(), 'late.db');
    const fixed = path.join(FOLDER, 'BC quy 3-2021 BDV Binh Son - ban sua.xlsx');
    const original = path.join(FOLDER, 'BC quy 3-2021 BDV Binh Son.xlsx');
    expect((await cli(['import', fixed, '--db', db, '--received', '2021-09-22', '--json'])).json.files[0].status).toBe('accepted');
    const late = await cli(['import', original, '--db', db, '--received', '2021-09-23', '--json']);
    expect(late.json.files[0]).toMatchObject({ status: 'superseded', version: 2, reason: { code: 'superseded', message: expect.stringContaining('phiên bản 1 đang dùng') } });
    expect(currentFiles(db)['524-BDV']).toBe('BC quy 3-2021 BDV Binh Son - ban sua.xlsx');
    const raw = new Database(db, { readonly: true });
    const stored = raw.prepare(`SELECT version, is_current, findings_json FROM reports ORDER BY version`).all() as { version: number; is_current: number; findings_json: string }[];
    const audit = raw.prepare(`SELECT action FROM audit_log WHERE entity = 'report' ORDER BY id`).pluck().all();
    raw.close();
    expect(stored.map((r) => [r.version, r.is_current])).toEqual([[1, 1], [2, 0]]);
    expect((JSON.parse(stored[1]!.findings_json) as { code: string }[]).map((f) => f.code)).toContain('superseded_on_arrival');
    expect(audit).toEqual(['import', 'import_superseded']);
  });
});
