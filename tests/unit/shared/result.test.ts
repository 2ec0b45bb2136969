import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/result';

const root = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true }).flatMap((e) => {
    const full = path.join(e.parentPath, e.name);
    return e.isFile() && /\.tsx?$/.test(e.name) ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

/** Where a code is made rather than read: new AppError('x', …), fail('x', …), { code: 'x' }, a SQLite or errno table. */
const produced = (code: string) => new RegExp(`(AppError\\(\\s*|fail\\(\\s*|code: |'SQLITE_[A-Z]+',\\s*|\\b[A-Z]+: )'${code}'`);

describe('the error codes (shared/result.ts)', () => {
  it('holds only codes that the services, the shell or the renderer produce', () => {
    const text = [...sources('electron'), ...sources('renderer')].join('\n');
    const unproduced = ERROR_CODES.filter((c) => !produced(c).test(text));
    expect(unproduced).toEqual([]);
  });

  it('would notice a code nothing produces', () => {
    expect(produced('cancelled').test("if (e.code === 'cancelled') return;")).toBe(false);
    expect(produced('locked').test("throw new AppError('locked', lockedMessage(lock));")).toBe(true);
    expect(produced('db_busy').test("[\n    'SQLITE_BUSY',\n    'db_busy',")).toBe(true);
  });
});
