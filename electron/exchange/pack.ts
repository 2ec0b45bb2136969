import crypto from 'node:crypto';
import JSZip from 'jszip';
import type { ExchangeSection } from '../../shared/domain/exchange';
import { SECTION_LABELS } from '../../shared/domain/exchange';
import type { PackageContents, PackageWorkbook } from './contents';
import { canonicalJson, manifestHmac, PACKAGE_FORMAT, PRODUCT, sha256Of, type EntryName, type Manifest } from './manifest';

/**
 * The zip's comment is the sha256 (hex) of every byte before it. The manifest vouches for the
 * entries' contents; this vouches for the rest of the file (headers, directory, dates), so a
 * package with any byte changed is refused, not only one whose entries changed.
 */
export const DIGEST_CHARS = 64;

export interface PackMeta {
  planYear: number;
  period: string | null;
  section: ExchangeSection;
  createdBy: string;
  schemaVersion: string;
  passphrase: string | null;
  /** For tests: a fixed id and time. */
  id?: string;
  createdAt?: string;
}

export const workbookEntryName = (w: Pick<PackageWorkbook, 'sha256' | 'ext'>): string => `workbooks/${w.sha256}.${w.ext}`;

export function entryTexts(c: Omit<PackageContents, 'workbooks'>): Record<EntryName, string> {
  return {
    'reports.json': canonicalJson(c.reports),
    'settlements.json': canonicalJson(c.settlements),
    'locks.json': canonicalJson(c.locks),
    'drafts.json': canonicalJson(c.drafts),
    'plan.json': canonicalJson(c.plan),
    'settings.json': canonicalJson(c.settings),
  };
}

/** Writes a package: the manifest (signed when there is a passphrase), the entries, then the digest. */
export async function packContents(contents: PackageContents, meta: PackMeta): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const texts: Record<string, string> = entryTexts(contents);
  const manifest: Manifest = {
    product: PRODUCT,
    formatVersion: PACKAGE_FORMAT,
    id: meta.id ?? crypto.randomUUID(),
    schemaVersion: meta.schemaVersion,
    planYear: meta.planYear,
    period: meta.period,
    section: meta.section,
    sectionLabel: SECTION_LABELS[meta.section],
    createdAt: meta.createdAt ?? new Date().toISOString(),
    createdBy: meta.createdBy,
    entries: {
      ...Object.fromEntries(Object.entries(texts).map(([name, body]) => [name, sha256Of(body)])),
      ...Object.fromEntries(contents.workbooks.map((w) => [workbookEntryName(w), w.sha256])),
    },
  };
  if (meta.passphrase) manifest.hmac = manifestHmac(manifest, meta.passphrase);
  const zip = new JSZip();
  const date = new Date(manifest.createdAt);
  zip.file('manifest.json', JSON.stringify(manifest, null, 2), { createFolders: false, date });
  for (const [name, body] of Object.entries(texts)) zip.file(name, body, { createFolders: false, date });
  // Workbooks are zips already: stored as they are, not deflated again.
  for (const w of contents.workbooks) zip.file(workbookEntryName(w), w.bytes, { createFolders: false, date, compression: w.ext === 'xls' ? 'DEFLATE' : 'STORE' });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS', comment: '0'.repeat(DIGEST_CHARS) });
  sealDigest(bytes);
  return { bytes, manifest };
}

/** Writes the digest of everything before the comment into the comment (the last 64 bytes). */
export function sealDigest(bytes: Uint8Array): void {
  const digest = sha256Of(bytes.subarray(0, bytes.length - DIGEST_CHARS));
  bytes.set(Buffer.from(digest, 'latin1'), bytes.length - DIGEST_CHARS);
}
