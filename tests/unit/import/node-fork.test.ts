import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../../electron/import/node-fork';
import { tempDir } from '../../helpers/temp';

describe('workerEntry: which parser worker the CLI and web server fork', () => {
  it('the compiled worker beside the bundle, started with no compiler', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'parse-worker.mjs'), '');
    expect(workerEntry(dir)).toEqual({ file: path.join(dir, 'parse-worker.mjs'), execArgv: [] });
  });

  it('from the sources, the TypeScript worker through tsx', () => {
    const dir = path.resolve(import.meta.dirname, '../../../electron/import');
    const entry = workerEntry(dir);
    expect(entry.file).toBe(path.join(dir, 'parse-worker.ts'));
    expect(entry.execArgv[0]).toBe('--import');
    expect(entry.execArgv[1]).toMatch(/tsx/);
  });
});
