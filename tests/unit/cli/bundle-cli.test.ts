import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/node-paths';
import { tempDir } from '../../helpers/temp';

const run = promisify(execFile);
// The project's Node (the `node` devDependency), the one `npm run cli` uses.
const NODE = fs.existsSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'node')) ? path.join(REPO_ROOT, 'node_modules', '.bin', 'node') : process.execPath;
const LAUNCHER = path.join(REPO_ROOT, 'build', 'run-node.mjs');
const SAMPLE = path.join(REPO_ROOT, 'tests', 'fixtures', 'samples', 'NghiaHanh_BDV_Q1_2021.xlsx');

/** The CLI as a clerk's script runs it: a whole process, through the launcher, on the bundle. */
async function wholeCli(args: string[]) {
  const r = await run(NODE, [LAUNCHER, 'cli', ...args], { cwd: tempDir(), maxBuffer: 32 * 1024 * 1024 });
  return r.stdout;
}

describe('bundled CLI (dist/node, built by the launcher when older than the sources)', () => {
  it('plan show --json as a whole process prints the plan and nothing else on stdout', { timeout: 180_000 }, async () => {
    const out = await wholeCli(['plan', 'show', '--json', '--db', path.join(tempDir(), 'x.db')]);
    const plan = JSON.parse(out);
    expect(plan.plan.year).toBe(2021);
    expect(plan.districts).toHaveLength(13);
    expect(plan.units).toHaveLength(26);
    expect(plan.indicators).toHaveLength(46);
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist', 'node', 'cli.mjs'))).toBe(true);
  });

  it('import --dry-run as a whole process reads a district file in the compiled parser worker', { timeout: 180_000 }, async () => {
    const out = await wholeCli(['import', SAMPLE, '--dry-run', '--json', '--db', path.join(tempDir(), 'x.db')]);
    const result = JSON.parse(out);
    expect(result.dry_run).toBe(true);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ status: 'accepted', district_code: '532', unit_type: 'BDV', period: '2021-Q1' });
    expect(Object.keys(result.files[0].values).length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist', 'node', 'parse-worker.mjs'))).toBe(true);
  });
});
