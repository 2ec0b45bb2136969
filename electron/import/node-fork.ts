import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ForkOptions, WorkerHandle } from './isolate';

const STDERR_KEEP = 4096;

/**
 * Starts the TypeScript worker with Node's fork, through tsx (CLI, web server, tests). The
 * packaged Electron app supplies its own launcher (utilityProcess, built .cjs worker).
 */
export function forkTsWorker(options: ForkOptions): WorkerHandle {
  const workerPath = path.join(import.meta.dirname, 'parse-worker.ts');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = fork(workerPath, [], {
    execArgv: ['--import', tsx, `--max-old-space-size=${options.maxOldSpaceMb}`],
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
