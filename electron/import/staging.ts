import crypto from 'node:crypto';
import type { StagedFile } from '../../shared/domain/import';
import type { ParsedReport } from '../../shared/domain/report';

/**
 * Parsed files waiting for the user's "Lưu". Kept in the main process (the renderer only gets a
 * preview and an id back), so what is saved is exactly what was parsed, never what a page sends.
 */
export interface StagedEntry {
  view: StagedFile;
  report: ParsedReport | null;
  planYear: number;
  at: number;
  /** Set when the clerk confirmed an identity against what the file states: the audit reason of the save. */
  override?: string;
}

const MAX_ENTRIES = 500;
const TTL_MS = 6 * 60 * 60 * 1000;

export class StagingStore {
  private entries = new Map<string, StagedEntry>();

  add(entry: Omit<StagedEntry, 'at'>): void {
    this.prune();
    this.entries.set(entry.view.stagingId, { ...entry, at: Date.now() });
  }

  get(id: string): StagedEntry | undefined {
    return this.entries.get(id);
  }

  /** Another file of the batch with the same content, still waiting to be saved. */
  sameContent(sha256: string, exceptId: string): StagedEntry | undefined {
    for (const e of this.entries.values()) {
      const waiting = e.view.status === 'accepted' || e.view.status === 'new_version' || e.view.status === 'needs_confirmation';
      if (waiting && e.view.sha256 === sha256 && e.view.stagingId !== exceptId) return e;
    }
    return undefined;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, e] of this.entries) if (now - e.at > TTL_MS) this.entries.delete(id);
    while (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

export const newStagingId = (): string => crypto.randomUUID();
