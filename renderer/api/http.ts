import type { Api } from '../../shared/contract';
import { bridgeApi } from '../../shared/bridge';
import { httpError } from './http-error';

/**
 * The contract over the loopback server of `npm run web` (and the browser tests). The per-run
 * token arrives in the URL fragment, which the browser never sends to a server.
 */
export function createHttpApi(token: string): Api {
  return bridgeApi(async (channel, input) => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-phdv-token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (!res.ok) return { ok: false, error: await httpError(res) };
      // The server answers with the dispatcher's envelope for this channel (electron/web/server.ts).
      return await res.json();
    } catch (e) {
      return { ok: false, error: { code: 'io_error', message: `Không kết nối được với máy chủ cục bộ: ${(e as Error).message}` } };
    }
  });
}
