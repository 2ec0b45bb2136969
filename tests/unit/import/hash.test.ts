import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INLINE_HASH_BYTES, sha256Hex } from '../../../electron/import/hash';

describe('sha256Hex', () => {
  it('gives the same hex digest as node:crypto, also for a view into a larger buffer', async () => {
    const whole = crypto.randomBytes(70_000);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 13, 50_000);
    expect(await sha256Hex(whole)).toBe(crypto.createHash('sha256').update(whole).digest('hex'));
    expect(await sha256Hex(view)).toBe(crypto.createHash('sha256').update(view).digest('hex'));
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same digest on either side of the size hashed on the main thread, views included', async () => {
    const whole = crypto.randomBytes(INLINE_HASH_BYTES + 64);
    for (const size of [INLINE_HASH_BYTES - 1, INLINE_HASH_BYTES, INLINE_HASH_BYTES + 1]) {
      for (const offset of [0, 7]) {
        const view = new Uint8Array(whole.buffer, whole.byteOffset + offset, size);
        expect(await sha256Hex(view)).toBe(crypto.createHash('sha256').update(view).digest('hex'));
      }
    }
  });
});
