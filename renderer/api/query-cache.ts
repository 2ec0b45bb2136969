import { contract, type Channel, type InputOf } from '../../shared/contract';
import type { Transport } from '../../shared/bridge';
import type { AppErrorBody, Result } from '../../shared/result';

/** What a screen knows of one query: its value or its error, and whether a read is under way. */
export interface QueryState<T = unknown> {
  data: T | null;
  error: AppErrorBody | null;
  loading: boolean;
}

/** A query not asked for (enabled: false) and one asked for but not yet in the cache. */
export const IDLE: QueryState<never> = Object.freeze({ data: null, error: null, loading: false });
export const PENDING: QueryState<never> = Object.freeze({ data: null, error: null, loading: true });

interface Entry {
  channel: Channel;
  input: unknown;
  state: QueryState;
  listeners: Set<() => void>;
  /** Read again on the next subscription: nobody watched it, or stored data changed since. */
  stale: boolean;
  inflight: boolean;
  /** Bumped by each read, so that an answer older than the last read is dropped. */
  run: number;
}

/** Sorted keys: { a, b } and { b, a } are one query; undefined fields drop out as in JSON. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? {}, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export const queryKey = (channel: Channel, input: unknown): string => `${channel} ${canonical(input)}`;

/**
 * The renderer's reads, shared by every page: one entry per channel and input, one call in flight
 * per entry. A successful call of a channel the contract marks as mutating makes every entry stale
 * (all of them: a saved report changes the plan's periods, the app info, the findings, the
 * figures…, and a map of which write touches which read would be a second contract to keep).
 * Watched entries are read again at once, the others on their next use; until an answer comes
 * the last value stays on screen.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly send: Transport) {}

  read(key: string): QueryState {
    return this.entries.get(key)?.state ?? PENDING;
  }

  subscribe<C extends Channel>(channel: C, input: InputOf<C>, listener: () => void): () => void {
    const key = queryKey(channel, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { channel, input, state: PENDING, listeners: new Set(), stale: true, inflight: false, run: 0 };
      this.entries.set(key, entry);
    }
    const e = entry;
    e.listeners.add(listener);
    if (e.stale && !e.inflight) void this.fetch(e);
    return () => {
      e.listeners.delete(listener);
      // Unwatched, it may be out of date when a page shows it again: keep it to show at once, read again then.
      if (e.listeners.size === 0) e.stale = true;
    };
  }

  /** Every entry is out of date: stored data changed (a mutating call) or may have (another program). */
  invalidate(): void {
    for (const [key, e] of this.entries) {
      if (e.listeners.size === 0) this.entries.delete(key);
      else {
        e.stale = true;
        void this.fetch(e);
      }
    }
  }

  /** The transport for writes and one-off calls: forwards, then invalidates after a stored change. */
  readonly call: Transport = async (channel, input) => {
    const r = await this.send(channel, input);
    if (r.ok && contract[channel].mutates) this.invalidate();
    return r;
  };

  private async fetch(e: Entry): Promise<void> {
    const run = ++e.run;
    e.inflight = true;
    if (!e.state.loading) this.set(e, { ...e.state, loading: true });
    let r: Result<unknown>;
    try {
      r = await this.send(e.channel, e.input as InputOf<Channel>);
    } catch (err) {
      r = { ok: false, error: { code: 'io_error', message: `Không đọc được dữ liệu: ${(err as Error).message}` } };
    }
    if (run !== e.run) return;
    e.inflight = false;
    // Nobody watched it arrive: it may be out of date by the time a page shows it again.
    e.stale = e.listeners.size === 0;
    // The same answer keeps the same object, so a screen that copies it into a form is not reset.
    const same = r.ok && e.state.data !== null && canonical(r.value) === canonical(e.state.data);
    this.set(e, r.ok ? { data: same ? e.state.data : r.value, error: null, loading: false } : { data: null, error: r.error, loading: false });
  }

  private set(e: Entry, state: QueryState): void {
    e.state = state;
    for (const l of [...e.listeners]) l();
  }
}
