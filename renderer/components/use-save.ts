import { useState } from 'react';
import type { AppErrorBody, Result } from '../../shared/result';

export interface RunOptions {
  /**
   * Sees an error envelope before it is shown; returning true means the screen took it in hand
   * (a confirmation opened, say) and the error is not displayed.
   */
  onError?(error: AppErrorBody): boolean | void;
}

/** Runs a save call, keeps its error for display and a short "saved" flag for feedback. */
export function useSave() {
  const [error, setError] = useState<AppErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  async function run<T>(call: () => Promise<Result<T>>, options: RunOptions = {}): Promise<T | null> {
    setSaving(true);
    setError(null);
    const r = await call();
    setSaving(false);
    if (!r.ok) {
      if (options.onError?.(r.error) !== true) setError(r.error);
      return null;
    }
    setSavedAt(Date.now());
    return r.value;
  }
  return { run, error, saving, savedAt, clear: () => setError(null) };
}
