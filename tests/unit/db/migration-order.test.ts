import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../migrations';
import { tempDir } from '../../helpers/temp';

/**
 * A migration's position in migrations/index.ts is its schema version (PRAGMA user_version), so
 * the runner applies "whatever comes after position N". A name slipped in before one a database
 * has already applied would be skipped there, and that database would silently lack it (Kysely's
 * migrator refuses such a list for the same reason).
 */

/**
 * Names already applied to databases in use. Append (never insert, rename or remove) when a
 * migration is added: the test below then holds the new one to come after all of these.
 */
const APPLIED_IN_USE = ['2026-11-26-reference-data', '2026-11-27-reports', '2026-11-28-reconciliation', '2026-11-29-document-drafts', '2026-12-01-duplicate-arrivals', '2026-12-02-exchange-conflicts', '2026-12-03-correction-withdrawn', '2026-12-04-report-files'];

const NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;

/** What is wrong with a list of migration names, given the names a database already applied. */
function orderProblems(names: readonly string[], applied: readonly string[]): string[] {
  const out: string[] = [];
  names.forEach((n, i) => {
    if (!NAME.test(n)) out.push(`${n}: not YYYY-MM-DD-name`);
    if (i > 0 && !(names[i - 1]! < n)) out.push(`${n}: not after ${names[i - 1]}`);
  });
  applied.forEach((n, i) => {
    if (names[i] !== n) out.push(`position ${i + 1}: ${names[i] ?? 'nothing'} where the database applied ${n}`);
  });
  const last = applied.at(-1);
  for (const n of names.slice(applied.length)) if (last !== undefined && !(n > last)) out.push(`${n}: pending but before ${last}, already applied`);
  return out;
}

const names = MIGRATIONS.map(([n]) => n);

describe('the migration list (migrations/index.ts)', () => {
  it('is in name order, names dated and unique, each the name of its file and every file listed', () => {
    expect(orderProblems(names, [])).toEqual([]);
    const files = fs
      .readdirSync(path.resolve(__dirname, '../../../migrations'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual(names);
  });

  it('starts with the names databases in use have applied, and adds only names after them', () => {
    expect(orderProblems(names, APPLIED_IN_USE)).toEqual([]);
  });

  it('leaves, for a database of every earlier version, only names after the ones it applied', async () => {
    const dir = tempDir();
    for (let k = 1; k < MIGRATIONS.length; k++) {
      const db = await openDatabase(path.join(dir, `v${k}.db`), { migrations: MIGRATIONS.slice(0, k) });
      const applied = (db.raw.prepare('SELECT name FROM schema_migrations ORDER BY version').all() as { name: string }[]).map((r) => r.name);
      await db.close();
      expect(applied).toEqual(names.slice(0, k));
      expect(orderProblems(names, applied), `database at version ${k}`).toEqual([]);
    }
  });

  it('would catch a name inserted before an applied one, a reordered list, a renamed or undated one', () => {
    const inserted = [...names.slice(0, 3), '2026-11-28-a-inserted', ...names.slice(3)];
    expect(orderProblems(inserted, APPLIED_IN_USE).join('\n')).toMatch(/where the database applied/);
    expect(orderProblems([...names, '2026-11-30-late-but-earlier'], APPLIED_IN_USE).join('\n')).toMatch(/not after|before 2026-12-01-duplicate-arrivals/);
    expect(orderProblems([names[1]!, names[0]!, ...names.slice(2)], []).join('\n')).toMatch(/not after/);
    expect(orderProblems([...names.slice(0, -1), 'duplicate-arrivals'], []).join('\n')).toMatch(/not YYYY-MM-DD-name/);
    expect(orderProblems([...names, names.at(-1)!], []).join('\n')).toMatch(/not after/);
  });
});
