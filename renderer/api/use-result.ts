import { useEffect, useRef, useState } from 'react';
import type { AppErrorBody, Result } from '../../shared/result';

export interface Loaded<T> {
  data: T | null;
  error: AppErrorBody | null;
  loading: boolean;
  reload(): void;
}

/** Loads a contract call whenever `deps` change and keeps its value or error; `reload` after a change. */
export function useResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: AppErrorBody | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const key = JSON.stringify(deps);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void loader.current().then((r) => {
      if (!live) return;
      setState(r.ok ? { data: r.value, error: null, loading: false } : { data: null, error: r.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [key, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
