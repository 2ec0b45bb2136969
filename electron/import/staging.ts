import crypto from 'node:crypto';
import type { ResolvedIdentity, StagedFile } from '../../shared/domain/import';
import { NARRATIVE_KEYS } from '../../shared/domain/form';
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
  /**
   * The file's original bytes, kept until the save stores them (report_files): the raw bytes only,
   * never a parsed workbook; already counted in the entry's size (view.bytes).
   */
  fileBytes?: Uint8Array;
}

/** Still to be saved, for a known unit and period: the files a new one is weighed against. */
const WAITING: readonly StagedFile['status'][] = ['accepted', 'new_version', 'superseded', 'needs_confirmation'];

export interface StagingLimits {
  maxEntries: number;
  /** Approximate memory of all entries together (file bytes + parsed view and report). */
  maxBytes: number;
  ttlMs: number;
}

const DEFAULT_LIMITS: StagingLimits = { maxEntries: 500, maxBytes: 200 * 1024 * 1024, ttlMs: 6 * 60 * 60 * 1000 };

/**
 * What an entry holds in memory, roughly: the file's size (what a district sent) plus the parsed
 * preview and report as JSON. Entries are not resized later; the bound is a guard, not a gauge.
 */
export function entrySize(entry: Pick<StagedEntry, 'view' | 'report'>): number {
  const json = JSON.stringify([entry.view, entry.report]) ?? '';
  return entry.view.bytes + json.length * 2;
}

export class StagingStore {
  private entries = new Map<string, StagedEntry & { size: number }>();
  private total = 0;
  private readonly limits: StagingLimits;

  constructor(limits: Partial<StagingLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Approximate bytes held, and entries: for the tests and the limits. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total };
  }

  add(entry: Omit<StagedEntry, 'at'>): void {
    const size = entrySize(entry);
    this.delete(entry.view.stagingId);
    this.prune(size);
    this.entries.set(entry.view.stagingId, { ...entry, at: Date.now(), size });
    this.total += size;
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
    const e = this.entries.get(id);
    if (!e) return;
    this.total -= e.size;
    this.entries.delete(id);
  }

  /** Expired entries go, then the oldest until the new one fits in both count and bytes. */
  private prune(incoming: number): void {
    const now = Date.now();
    for (const [id, e] of this.entries) if (now - e.at > this.limits.ttlMs) this.delete(id);
    while (this.entries.size > 0 && (this.entries.size >= this.limits.maxEntries || this.total + incoming > this.limits.maxBytes)) {
      this.delete(this.entries.keys().next().value!);
    }
  }
}

export const newStagingId = (): string => crypto.randomUUID();

const EMPTY_NARRATIVE = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, null])) as StagedFile['narrative'];

/** A file as staged before anything is read from it: rejected until the parse says otherwise. */
export function blankStagedFile(file: Pick<StagedFile, 'stagingId' | 'fileName' | 'bytes' | 'sha256'>): StagedFile {
  return {
    ...file,
    status: 'rejected',
    reason: null,
    identity: null,
    resolved: null,
    replaces: null,
    sameSlot: null,
    receivedDate: null,
    values: {},
    narrative: EMPTY_NARRATIVE,
    findings: [],
    cells: {},
    formVersion: null,
    reportDate: null,
    preparedBy: null,
    encoding: null,
  };
}
