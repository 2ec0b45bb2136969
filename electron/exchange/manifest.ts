import crypto from 'node:crypto';
import { z } from '../../shared/zod';
import { UnitType, Year } from '../../shared/domain/plan';

/**
 * The package's description of itself. Every other entry is named here with its sha256, so a
 * checked manifest vouches for the whole package; with a shared passphrase the manifest carries an
 * HMAC-SHA256 over its own canonical text (without the hmac field), which vouches for the sender.
 */

export const PRODUCT = 'Phối hợp Dân vận';
/** Raised when an entry's meaning changes; a package of a newer format is refused. */
export const PACKAGE_FORMAT = 1;

export const ENTRY_NAMES = ['reports.json', 'settlements.json', 'locks.json', 'drafts.json', 'plan.json', 'settings.json'] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];
/** The original bytes of a received workbook, named by their sha256 (groups: the sha256, the extension). */
export const WORKBOOK_ENTRY = /^workbooks\/([0-9a-f]{64})\.(xlsx|xls|ods)$/;

const Sha = z.string().regex(/^[0-9a-f]{64}$/);

/** Read loosely first (product, format): a newer package must be told apart from a broken one. */
export const ManifestHead = z.object({ product: z.string(), formatVersion: z.number().int() });

export const Manifest = z.strictObject({
  product: z.literal(PRODUCT),
  formatVersion: z.number().int().min(1),
  id: z.uuid(),
  /** The name of the newest migration of the database that wrote it. */
  schemaVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/).max(100),
  planYear: Year,
  period: z.string().regex(/^\d{4}-(Q[1-4]|H1|Y)$/).nullable(),
  section: UnitType,
  sectionLabel: z.string().max(200),
  createdAt: z.iso.datetime(),
  createdBy: z.string().max(200),
  entries: z.record(z.string().max(200), Sha),
  hmac: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** JSON with keys sorted at every level and no spaces: the same text for the same value, on any PC. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function manifestHmac(manifest: Manifest, passphrase: string): string {
  const { hmac: _ignored, ...unsigned } = manifest;
  return crypto.createHmac('sha256', passphrase).update(canonicalJson(unsigned)).digest('hex');
}

export function hmacMatches(manifest: Manifest, passphrase: string): boolean {
  if (!manifest.hmac) return false;
  const expected = Buffer.from(manifestHmac(manifest, passphrase), 'hex');
  const given = Buffer.from(manifest.hmac, 'hex');
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export const sha256Of = (bytes: Uint8Array | string): string => crypto.createHash('sha256').update(bytes).digest('hex');
