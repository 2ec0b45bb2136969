import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../../../shared/domain/report';
import { cli } from '../../helpers/cli';
import { createNodeParser } from '../../../electron/import/node-parser';
import { seedCatalogue } from '../../helpers/catalogue';
import { tempDir } from '../../helpers/temp';
import { CORPORA, FIXTURES } from './fixtures';

/**
 * The same hostile file gets the same answer whatever the machine is doing: the hostile corpus and
 * the budget cases, parsed once on the machine as it is and once beside a CPU hog spinning on
 * both cores, must end with the same outcome code, and none by the parse timeout. Dry run and real
 * import of the 3.9 MB shared-string case (which once differed) agree too.
 */

const CASES = path.join(FIXTURES, 'cases');
const BUDGET_CASES = ['million-empty-rows.xlsx', 'cells-tab-before-r.xlsx', 'cells-newline-before-r.xlsx', 'shared-string-3-9mb.xlsx', 'many-styles.xlsx', 'long-formula.xlsx'];
const HOSTILE_CASES = fs.readdirSync(CASES).filter((f) => /^(ods|xls)-/.test(f));
const files = [
  ...BUDGET_CASES.map((f) => path.join(CASES, f)),
  ...HOSTILE_CASES.map((f) => path.join(CASES, f)),
  ...fs
    .readdirSync(path.join(CORPORA, 'hostile'))
    .filter((f) => /\.(xlsx|xlsm|xls|ods)$/i.test(f))
    .map((f) => path.join(CORPORA, 'hostile', f)),
];

/** Spins on both cores (the main thread and one worker thread) until killed. */
function startHog(): ChildProcess {
  const spin = 'for(;;){}';
  const script = `const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(spin)}, { eval: true }); ${spin}`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

let hog: ChildProcess | null = null;
const stopHog = () => {
  if (hog && hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
  hog = null;
};
afterAll(stopHog);

const codeOf = (o: ParseOutcome) => (o.ok ? 'report' : o.rejection.code);

async function outcomes(): Promise<Record<string, string>> {
  const host = createNodeParser();
  const cat = seedCatalogue();
  const out: Record<string, string> = {};
  try {
    for (const f of files) out[path.relative(FIXTURES, f)] = codeOf(await host.parse(new Uint8Array(fs.readFileSync(f)), path.basename(f), cat));
  } finally {
    await host.close();
  }
  return out;
}

async function cliImport(file: string, dryRun: boolean): Promise<{ status: string; reason: string | null }> {
  const db = path.join(tempDir('phdv-load-'), 'load.db');
  const run = await cli(['import', file, '--db', db, '--json', ...(dryRun ? ['--dry-run'] : [])]);
  expect(run.code).toBe(0);
  const [r] = (run.json as { files: { status: string; reason: { code: string } | null }[] }).files;
  return { status: r?.status ?? 'missing', reason: r?.reason?.code ?? null };
}

describe('outcomes that do not depend on the machine’s load', () => {
  it(
    'gives every hostile file the same outcome code on a quiet machine and beside a CPU hog, never by timeout',
    async () => {
      expect(files.length).toBeGreaterThan(35);
      const quiet = await outcomes();
      hog = startHog();
      let loaded: Record<string, string>;
      try {
        loaded = await outcomes();
      } finally {
        stopHog();
      }
      expect(loaded).toEqual(quiet);
      expect(Object.entries(quiet).filter(([, code]) => code === 'timeout')).toEqual([]);
      for (const f of BUDGET_CASES) expect(quiet[`cases/${f}`], f).toBe('too_complex');
    },
    600_000,
  );

  it(
    'answers the 3.9 MB shared string the same in a dry run under load and in a real import',
    async () => {
      const file = path.join(CASES, 'shared-string-3-9mb.xlsx');
      hog = startHog();
      let dry: Awaited<ReturnType<typeof cliImport>>;
      try {
        dry = await cliImport(file, true);
      } finally {
        stopHog();
      }
      const real = await cliImport(file, false);
      expect(dry).toEqual(real);
      expect(real).toEqual({ status: 'rejected', reason: 'too_complex' });
    },
    300_000,
  );
});
