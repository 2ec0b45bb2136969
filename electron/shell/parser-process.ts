import path from 'node:path';
import { utilityProcess } from 'electron';
import type { ForkOptions, WorkerHandle } from '../import/isolate';
import type { WorkerRequest, WorkerResponse } from '../import/worker-protocol';

/**
 * The parse worker in the packaged app: an Electron utility process running the built worker
 * (child_process.fork would need the RunAsNode fuse, which is off). Same messages, same caps.
 */
export function forkUtilityWorker(options: ForkOptions): WorkerHandle {
  const child = utilityProcess.fork(path.join(__dirname, 'parse-worker.cjs'), [], {
    serviceName: 'Phối hợp Dân vận – đọc tệp Excel',
    execArgv: [`--max-old-space-size=${options.maxOldSpaceMb}`],
    stdio: 'ignore',
  });
  return {
    send: (message: WorkerRequest) => child.postMessage(message),
    onMessage: (listener: (m: WorkerResponse) => void) => child.on('message', (m: WorkerResponse) => listener(m)),
    onExit: (listener) => child.on('exit', (code) => listener({ code, signal: null })),
    kill: () => {
      child.kill();
    },
  };
}
