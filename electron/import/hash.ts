import crypto, { webcrypto } from 'node:crypto';

/**
 * Below this a file is hashed on the main thread: a district's form (≈ 14 KB) hashes in ≈ 10 µs,
 * while handing it to the thread pool costs four to seven times that in copies and the job's
 * round trip. A large workbook (up to 20 MB, ≈ 15 ms) still goes to the pool, so the window
 * never stalls on it.
 */
export const INLINE_HASH_BYTES = 1024 * 1024;

/** SHA-256 of a file's bytes; off the main thread when the file is large. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength < INLINE_HASH_BYTES) return crypto.createHash('sha256').update(bytes).digest('hex');
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
