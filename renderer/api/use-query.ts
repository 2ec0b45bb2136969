import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { queries } from './client';
import { IDLE, queryKey, type QueryState } from './query-cache';

export interface Loaded<T> extends QueryState<T> {
  /** Reads every query again: the data changed outside this screen's calls (a refused stale write). */
  reload(): void;
}

const reload = () => queries.invalidate();

/**
 * A contract read through the shared cache (renderer/api/query-cache.ts): the same channel and
 * input on two pages is one call, and a mutating call anywhere reads it again. `enabled: false`
 * asks nothing (an input not known yet) and gives data null, loading false.
 */
export function useQuery<C extends Channel>(channel: C, input: InputOf<C>, options: { enabled?: boolean } = {}): Loaded<OutputOf<C>> {
  const key = options.enabled === false ? null : queryKey(channel, input);
  // The key stands for the input: a new object of the same content is the same query.
  const latest = useRef(input);
  latest.current = input;
  const subscribe = useCallback((listener: () => void) => (key === null ? () => {} : queries.subscribe(channel, latest.current, listener)), [channel, key]);
  const state = useSyncExternalStore(subscribe, () => (key === null ? IDLE : queries.read(key)));
  return { ...(state as QueryState<OutputOf<C>>), reload };
}

/** Several inputs of one channel (a year's quarters): one state each, in the inputs' order. */
export function useQueries<C extends Channel>(channel: C, inputs: InputOf<C>[]): QueryState<OutputOf<C>>[] {
  const keys = inputs.map((i) => queryKey(channel, i));
  const joined = keys.join('\n');
  const latest = useRef(inputs);
  latest.current = inputs;
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = latest.current.map((i) => queries.subscribe(channel, i, listener));
      return () => stops.forEach((stop) => stop());
    },
    // joined stands for the inputs: a new array of the same inputs is the same subscription.
    [channel, joined],
  );
  // useSyncExternalStore wants the same array while no entry changed.
  const last = useRef<QueryState[]>([]);
  const snapshot = () => {
    const now = keys.map((k) => queries.read(k));
    if (now.length !== last.current.length || now.some((s, i) => s !== last.current[i])) last.current = now;
    return last.current;
  };
  return useSyncExternalStore(subscribe, snapshot) as QueryState<OutputOf<C>>[];
}
