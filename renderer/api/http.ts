import { CHANNELS, type Api, type Channel } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * The contract over the loopback server of `npm run web` (and the browser tests). The per-run
 * token arrives in the URL fragment, which the browser never sends to a server.
 */
export function createHttpApi(token: string): Api {
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-phdv-token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (!res.ok) return { ok: false, error: { code: 'forbidden', message: `Máy chủ từ chối yêu cầu (${res.status}): ${await res.text()}` } };
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, error: { code: 'io_error', message: `Không kết nối được với máy chủ cục bộ: ${(e as Error).message}` } };
    }
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (input: unknown) => call(c, input)])) as unknown as Api;
}
