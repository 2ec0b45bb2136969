import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ForkOptions, ForkWorker, WorkerHandle } from './isolate';

const STDERR_KEEP = 4096;

/**
 * The worker to fork: the compiled one beside this code when it runs from the bundle
 * (dist/node), so no compiler starts with it; from the sources (tests, tsx) the TypeScript file
 * through tsx. The packaged Electron app supplies its own launcher (utilityProcess).
 */
export function workerEntry(dir = import.meta.dirname): { file: string; execArgv: string[] } {
  const compiled = path.join(dir, 'parse-worker.mjs');
  if (fs.existsSync(compiled)) return { file: compiled, execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { file: path.join(dir, 'parse-worker.ts'), execArgv: ['--import', tsx] };
}

/** Starts the parse worker with Node's fork (CLI, web server, tests). */
export function forkTsWorker(options: ForkOptions): WorkerHandle {
  return forkEntry(workerEntry(), options);
}

/**
 * The worker of a given folder: the bench forks the bundled one (dist/node), the worker that
 * ships, since the TypeScript one carries tsx's compiler in its memory.
 */
export const forkWorkerIn =
  (dir: string): ForkWorker =>
  (options) =>
    forkEntry(workerEntry(dir), options);

function forkEntry(entry: { file: string; execArgv: string[] }, options: ForkOptions): WorkerHandle {
  const child = fork(entry.file, [], {
    execArgv: [...entry.execArgv, `--max-old-space-size=${options.maxOldSpaceMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP);
  });
  return {
    send: (message) => {
      child.send(message);
    },
    onMessage: (listener) => {
      child.on('message', (m) => listener(m as Parameters<typeof listener>[0]));
    },
    onExit: (listener) => {
      child.on('exit', (code, signal) => listener({ code, signal }));
    },
    stderrTail: () => stderr,
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}
