import { webcrypto } from 'node:crypto';

/** SHA-256 of a file's bytes, computed off the main thread (WebCrypto runs on libuv's pool). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
