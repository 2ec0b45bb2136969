import crypto from 'node:crypto';
import type { ResolvedIdentity, StagedFile } from '../../shared/domain/import';
import type { ParsedReport } from '../../shared/domain/report';
import type { VersionChoice } from './versions';

/**
 * Parsed files waiting for the user's "Lưu". Kept in the main process (the renderer only gets a
 * preview and an id back), so what is saved is exactly what was parsed, never what a page sends.
 */
export interface StagedEntry {
  view: StagedFile;
  report: ParsedReport | null;
  planYear: number;
  at: number;
  /** The identity the clerk confirmed, if any (otherwise the file's own). */
  chosen?: ResolvedIdentity | null;
  /** The file's received date, once the batch or the clerk sets it. */
  receivedDate?: string;
  /** The clerk's word when the dates cannot tell this file and another of its unit apart. */
  choice?: VersionChoice;
  /** Set when the clerk confirmed an identity against what the file states: the audit reason of the save. */
  override?: string;
}

/** Still to be saved, for a known unit and period: the files a new one is weighed against. */
const WAITING: readonly StagedFile['status'][] = ['accepted', 'new_version', 'superseded', 'needs_confirmation'];

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
      if (WAITING.includes(e.view.status) && e.view.sha256 === sha256 && e.view.stagingId !== exceptId) return e;
    }
    return undefined;
  }

  /** The other files waiting for the same unit and period (each content once). */
  sameSlot(slot: ResolvedIdentity, exceptId: string, exceptSha: string): StagedEntry[] {
    const out: StagedEntry[] = [];
    for (const e of this.entries.values()) {
      const r = e.view.resolved;
      if (e.view.stagingId === exceptId || e.view.sha256 === exceptSha || !r || !WAITING.includes(e.view.status)) continue;
      if (r.period === slot.period && r.districtCode === slot.districtCode && r.unitType === slot.unitType) out.push(e);
    }
    return out;
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
