import { parseWorkbook } from './parse/index';
import type { ParseCatalogue } from './parse/catalogue';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The parse worker: a process of its own, started with a heap cap, so that a workbook that
 * exhausts memory or hangs exceljs takes down only this process. Runs under Node's fork (IPC via
 * process.send) or Electron's utilityProcess (process.parentPort); both deliver structured clones.
 */

interface Port {
  onMessage(listener: (message: WorkerRequest) => void): void;
  post(message: WorkerResponse): void;
}

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function openPort(): Port {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      onMessage: (listener) => parentPort.on('message', (e) => listener(e.data as WorkerRequest)),
      post: (message) => parentPort.postMessage(message),
    };
  }
  return {
    onMessage: (listener) => process.on('message', (m) => listener(m as WorkerRequest)),
    post: (message) => {
      process.send?.(message);
    },
  };
}

const port = openPort();
const catalogues = new Map<number, ParseCatalogue>();
let chain: Promise<void> = Promise.resolve();

port.onMessage((request) => {
  // One file at a time, in arrival order: the host never overlaps requests, but stay safe if it does.
  chain = chain
    .then(() => handle(request))
    .catch((e: unknown) => {
      // The host times the file out and restarts the worker; say why on stderr for its log.
      console.error(`parse-worker: ${(e as Error).stack ?? String(e)}`);
    });
});

async function handle(request: WorkerRequest): Promise<void> {
  if (request.catalogue) catalogues.set(request.catalogueKey, request.catalogue);
  const catalogue = catalogues.get(request.catalogueKey);
  if (!catalogue) {
    port.post({ type: 'missing_catalogue', id: request.id });
    return;
  }
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes as ArrayBufferLike);
  const outcome = await parseWorkbook(bytes, request.fileName, catalogue, { limits: request.limits });
  const cpu = process.cpuUsage();
  port.post({ type: 'result', id: request.id, outcome, rssMb: Math.round(process.memoryUsage.rss() / 1048576), cpuMs: (cpu.user + cpu.system) / 1000 });
}

port.post({ type: 'ready' });
