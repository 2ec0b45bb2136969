import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../../electron/node-paths';

/**
 * Whole processes, start-up included, as a clerk's script runs them: the bundled CLI through its
 * launcher (built first, so no round pays for the build), against the same work in a bare Node.
 */
const NODE = fs.existsSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'node')) ? path.join(REPO_ROOT, 'node_modules', '.bin', 'node') : process.execPath;
const LAUNCHER = path.join(REPO_ROOT, 'build', 'run-node.mjs');
// Written by the child at exit: its own peak resident memory (KB), read back here.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPEAK_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

export interface ProcessRun {
  ms: number;
  peakRssMb: number;
  stdout: string;
}

function timed(args: string[], cwd: string): ProcessRun {
  const t = performance.now();
  const r = spawnSync(NODE, ['--import', RSS_HOOK, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, peakRssMb: kb / 1024, stdout: r.stdout };
}

export const cliProcess = (args: string[], cwd: string): ProcessRun => timed([LAUNCHER, 'cli', ...args], cwd);

/** A plain exceljs load of the files, one after another, in a bare Node process. */
export function plainLoadProcess(files: string[], cwd: string): ProcessRun {
  const script = path.join(cwd, 'plain-load.mjs');
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';\nimport { createRequire } from 'node:module';\nconst ExcelJS = createRequire(${JSON.stringify(path.join(REPO_ROOT, 'package.json'))})('exceljs');\n` +
      `for (const f of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));\n`,
  );
  return timed([script, ...files], cwd);
}

export const bareNodeProcess = (cwd: string): ProcessRun => timed(['-e', '0'], cwd);

/** Builds the bundle now when the sources are newer, so that the timed rounds run it as it is. */
export function ensureBundle(): void {
  execFileSync(NODE, [LAUNCHER, '--build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
