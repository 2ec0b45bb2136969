import type BetterSqlite3 from 'better-sqlite3';

/** How long after the last save of a burst its files are made power-safe in one go. */
export const SYNC_DELAY_MS = 200;

export interface DeferredSync {
  /** Runs one write (its own transaction) without waiting for the disk; the burst is synced soon after. */
  run<T>(write: () => Promise<T>): Promise<T>;
  /** Makes every commit so far power-safe now (the end of a CLI batch, closing). */
  flush(): void;
}

/**
 * An fsync per saved file was a third of a quarter's import. Under WAL, a commit with
 * synchronous=NORMAL is atomic and survives a crash of the app (the WAL is in the OS's cache);
 * only a power cut or an OS crash can roll back the last commits, never half of one. So a burst of
 * saves commits with NORMAL and one checkpoint, which syncs the WAL first, makes all of them
 * power-safe: at the end of the CLI batch, or SYNC_DELAY_MS after the GUI's last save. Outside a
 * burst the connection stays at FULL. A rollback journal (network drive) always keeps FULL: there
 * NORMAL can corrupt the file on power loss.
 */
export function deferredSync(raw: BetterSqlite3.Database, delayMs = SYNC_DELAY_MS): DeferredSync {
  // Read once: the journal mode is set when the file is opened and not changed after.
  const wal = String(raw.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal';
  let pending = 0;
  let dirty = false;
  // Set once per burst: the saves of a batch follow one another before the timer ends it.
  let normal = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!raw.open || pending > 0) return;
    try {
      if (dirty) raw.pragma('wal_checkpoint(PASSIVE)');
      dirty = false;
    } catch {
      // A full disk or a busy reader: the commits stay in the WAL, whole, and the next checkpoint
      // (SQLite's own, or closing) syncs them; the save that was reported saved stays saved.
    }
    raw.pragma('synchronous = FULL');
    normal = false;
  };

  return {
    async run(write) {
      if (!wal || !raw.open) return write();
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending++ === 0 && !normal) {
        raw.pragma('synchronous = NORMAL');
        normal = true;
      }
      try {
        return await write();
      } finally {
        pending--;
        dirty = true;
        if (pending === 0) {
          timer = setTimeout(flush, delayMs);
          // A process about to exit closes the database, which checkpoints it: no need to stay up.
          timer.unref?.();
        }
      }
    },
    flush,
  };
}
