import type { ParseOutcome, Rejection } from '../../shared/domain/report';
import { precheckWorkbook, type PrecheckLimits } from './precheck';
import type { ParseCatalogue } from './parse/catalogue';
import { rejection } from './rejections';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Parsing behind a process boundary. The host prechecks each file in the caller (cheap, bounded),
 * then hands it to one warm worker process that keeps running across the files of a batch. A
 * worker that runs out of memory, crashes or overruns the time limit is killed and replaced; its
 * file gets a rejection, never an exception in the caller.
 */

export interface WorkerExit {
  code: number | null;
  signal: string | null;
}

/** A running worker, whatever started it (Node's fork here, Electron's utilityProcess in the shell). */
export interface WorkerHandle {
  send(message: WorkerRequest): void;
  onMessage(listener: (message: WorkerResponse) => void): void;
  onExit(listener: (exit: WorkerExit) => void): void;
  /** Last lines the worker wrote to stderr, if the launcher captures them. */
  stderrTail?(): string;
  kill(): void;
}

export interface ForkOptions {
  /** V8 heap cap of the worker (--max-old-space-size). */
  maxOldSpaceMb: number;
}

export type ForkWorker = (options: ForkOptions) => WorkerHandle;

export type HostEvent =
  | { type: 'spawn' }
  | { type: 'exit'; exit: WorkerExit; during: string | null }
  | { type: 'timeout'; fileName: string }
  | { type: 'result'; fileName: string; ms: number; workerRssMb: number };

export interface ParserHostOptions {
  fork: ForkWorker;
  /** Per file, from the moment the warm worker receives it. */
  timeoutMs?: number;
  /** For a worker to start and say it is ready. */
  startupTimeoutMs?: number;
  maxOldSpaceMb?: number;
  limits?: Partial<PrecheckLimits>;
  onEvent?: (event: HostEvent) => void;
}

export interface HostStats {
  spawned: number;
  crashed: number;
  timedOut: number;
  parsed: number;
  workerPeakRssMb: number;
  /** CPU time the workers reported, summed over restarts. */
  workerCpuMs: number;
}

export interface ParserHost {
  parse(bytes: Uint8Array, fileName: string, catalogue: ParseCatalogue): Promise<ParseOutcome>;
  /**
   * Starts the worker now, when files are known to follow (the CLI's import), so that its start
   * overlaps the caller's own (opening the database) instead of coming after it.
   */
  warm(): void;
  close(): Promise<void>;
  readonly stats: HostStats;
}

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  catalogue: ParseCatalogue;
  resolve: (outcome: ParseOutcome) => void;
  startedAt: number;
  /** Quick precheck result, computed while the worker is busy with the file before. */
  refused?: Rejection | null;
  /** Its answer, when it came before this file was promoted from ahead to current. */
  early?: ParseOutcome;
}

interface Worker {
  handle: WorkerHandle;
  ready: boolean;
  cpuMs: number;
  catalogues: Set<number>;
  startupTimer: ReturnType<typeof setTimeout> | null;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} giây`;

export function createParserHost(options: ParserHostOptions): ParserHost {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const startupTimeoutMs = options.startupTimeoutMs ?? 60_000;
  const maxOldSpaceMb = options.maxOldSpaceMb ?? 512;
  const emit = options.onEvent ?? (() => {});
  const catalogueKeys = new WeakMap<ParseCatalogue, number>();
  let nextCatalogueKey = 1;
  let nextId = 1;
  const queue: Job[] = [];
  let current: Job | null = null;
  // Sent to the worker before `current` is answered, so the worker starts it the moment it is
  // done, while the caller is still busy with the answer (saving the file before). Its time limit
  // starts when it becomes current.
  let ahead: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let worker: Worker | null = null;
  let closed = false;
  const stats: HostStats = { spawned: 0, crashed: 0, timedOut: 0, parsed: 0, workerPeakRssMb: 0, workerCpuMs: 0 };

  const keyOf = (c: ParseCatalogue) => {
    let key = catalogueKeys.get(c);
    if (key === undefined) {
      key = nextCatalogueKey++;
      catalogueKeys.set(c, key);
    }
    return key;
  };

  const finish = (job: Job, outcome: ParseOutcome) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (current === job) current = null;
    job.resolve(outcome);
    queueMicrotask(pump);
  };

  /** The worker is gone with a file sent ahead: that file never started, so it waits for the next worker. */
  const requeueAhead = () => {
    if (ahead) queue.unshift(ahead);
    ahead = null;
  };

  const fail = (job: Job, r: Rejection) => finish(job, { ok: false, rejection: r });

  const stopWorker = () => {
    const w = worker;
    worker = null;
    requeueAhead();
    if (!w) return;
    if (w.startupTimer) clearTimeout(w.startupTimer);
    w.handle.kill();
  };

  const spawn = (): Worker => {
    const handle = options.fork({ maxOldSpaceMb });
    stats.spawned++;
    emit({ type: 'spawn' });
    const w: Worker = { handle, ready: false, cpuMs: 0, catalogues: new Set(), startupTimer: null };
    w.startupTimer = setTimeout(() => {
      if (worker !== w || w.ready) return;
      stopWorker();
      if (current) fail(current, rejection('timeout', { limit: seconds(startupTimeoutMs), detail: 'chương trình đọc tệp không khởi động được' }));
    }, startupTimeoutMs);
    handle.onMessage((message) => onMessage(w, message));
    handle.onExit((exit) => onExit(w, exit));
    return w;
  };

  const onMessage = (w: Worker, message: WorkerResponse) => {
    if (worker !== w) return;
    if (message.type === 'ready') {
      w.ready = true;
      if (w.startupTimer) clearTimeout(w.startupTimer);
      w.startupTimer = null;
      if (current) dispatch(w, current);
      return;
    }
    // Several answers can come in one read of the channel, before the file ahead is promoted.
    if (message.type === 'result' && ahead && message.id === ahead.id) {
      record(w, ahead, message);
      ahead.early = message.outcome;
      return;
    }
    const job = current;
    if (!job || message.id !== job.id) return;
    if (message.type === 'missing_catalogue') {
      // The worker lost it (a file sent ahead would reach it in the wrong order): start afresh.
      stopWorker();
      queue.unshift(job);
      current = null;
      queueMicrotask(pump);
      return;
    }
    record(w, job, message);
    finish(job, message.outcome);
  };

  const record = (w: Worker, job: Job, message: Extract<WorkerResponse, { type: 'result' }>) => {
    stats.parsed++;
    stats.workerPeakRssMb = Math.max(stats.workerPeakRssMb, message.rssMb);
    stats.workerCpuMs += Math.max(0, message.cpuMs - w.cpuMs);
    w.cpuMs = message.cpuMs;
    emit({ type: 'result', fileName: job.fileName, ms: performance.now() - (job.startedAt || performance.now()), workerRssMb: message.rssMb });
  };

  const onExit = (w: Worker, exit: WorkerExit) => {
    if (worker !== w) return;
    worker = null;
    if (w.startupTimer) clearTimeout(w.startupTimer);
    requeueAhead();
    emit({ type: 'exit', exit, during: current?.fileName ?? null });
    if (current && !closed) {
      stats.crashed++;
      const tail = w.handle.stderrTail?.().trim().split('\n').slice(-3).join(' | ') ?? '';
      fail(current, rejection('worker_crash', { detail: `worker exit code=${exit.code} signal=${exit.signal}${tail ? `: ${tail}` : ''}`.slice(0, 500) }));
    }
  };

  const send = (w: Worker, job: Job): boolean => {
    const key = keyOf(job.catalogue);
    const request: WorkerRequest = { type: 'parse', id: job.id, bytes: job.bytes, fileName: job.fileName, catalogueKey: key };
    if (!w.catalogues.has(key)) request.catalogue = job.catalogue;
    if (options.limits) request.limits = options.limits;
    w.catalogues.add(key);
    try {
      w.handle.send(request);
      return true;
    } catch (e) {
      stopWorker();
      fail(job, rejection('worker_crash', { detail: `không gửi được tệp cho chương trình đọc: ${(e as Error).message}` }));
      return false;
    }
  };

  /** The time limit of the file the worker is on now. */
  const startClock = (job: Job) => {
    job.startedAt = performance.now();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (current !== job) return;
      stats.timedOut++;
      emit({ type: 'timeout', fileName: job.fileName });
      stopWorker();
      fail(job, rejection('timeout', { limit: seconds(timeoutMs) }));
    }, timeoutMs);
  };

  const dispatch = (w: Worker, job: Job) => {
    startClock(job);
    if (send(w, job)) sendAhead();
  };

  /** Prechecks the next queued file while the worker parses the current one, and sends it ahead. */
  function sendAhead() {
    const w = worker;
    if (closed || !current || ahead || !w?.ready) return;
    let next = queue[0];
    while (next && precheck(next)) {
      queue.shift();
      next.resolve({ ok: false, rejection: next.refused! });
      next = queue[0];
    }
    if (!next) return;
    queue.shift();
    ahead = next;
    if (!send(w, next)) ahead = null;
  }

  const precheck = (job: Job): Rejection | null => {
    if (job.refused === undefined) {
      const pre = precheckWorkbook(job.bytes, options.limits, 'quick');
      job.refused = pre.ok ? null : pre.rejection;
    }
    return job.refused;
  };

  function pump() {
    if (closed || current) return;
    if (ahead && worker?.ready) {
      // Already with the worker: only its clock starts now.
      const job = ahead;
      ahead = null;
      current = job;
      if (job.early) return finish(job, job.early);
      startClock(job);
      sendAhead();
      return;
    }
    requeueAhead();
    let job = queue.shift();
    while (job) {
      const refused = precheck(job);
      if (!refused) break;
      job.resolve({ ok: false, rejection: refused });
      job = queue.shift();
    }
    if (!job) return;
    current = job;
    if (!worker) {
      try {
        worker = spawn();
      } catch (e) {
        fail(job, rejection('worker_crash', { detail: `không khởi động được chương trình đọc tệp: ${(e as Error).message}` }));
        return;
      }
    }
    if (worker.ready) dispatch(worker, job);
  }

  return {
    stats,
    warm() {
      if (closed || worker) return;
      try {
        worker = spawn();
      } catch {
        // The first file says why, when pump() tries again.
        worker = null;
      }
    },
    parse(bytes, fileName, catalogue) {
      if (closed) return Promise.resolve({ ok: false, rejection: rejection('stopped') });
      return new Promise<ParseOutcome>((resolve) => {
        queue.push({ id: nextId++, bytes, fileName, catalogue, resolve, startedAt: 0 });
        pump();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const pending = [...(current ? [current] : []), ...(ahead ? [ahead] : []), ...queue.splice(0)];
      current = null;
      ahead = null;
      stopWorker();
      for (const job of pending) job.resolve({ ok: false, rejection: rejection('stopped') });
    },
  };
}
