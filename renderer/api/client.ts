import type { Api } from '../../shared/contract';
import { bridgeApi } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { downloadFile } from './download';
import { createHttpApi } from './http';
import { QueryCache } from './query-cache';

declare global {
  interface Window {
    /** Exposed by the Electron preload: exactly the contract's functions. */
    phdv?: Api;
  }
}

/** How a saved file reaches the clerk: opened by the desktop (Electron) or downloaded (browser). */
export type FileAccess = { kind: 'open' } | { kind: 'download'; download(file: string): Promise<Result<null>> };

function resolve(): { api: Api; files: FileAccess } {
  if (window.phdv) return { api: window.phdv, files: { kind: 'open' } };
  const given = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (given) {
    sessionStorage.setItem('phdv-token', given);
    history.replaceState(null, '', window.location.pathname);
  }
  const token = given ?? sessionStorage.getItem('phdv-token') ?? '';
  return { api: createHttpApi(token), files: { kind: 'download', download: (file) => downloadFile(token, file) } };
}

const resolved = resolve();
const transport = resolved.api;
/** The pages' reads (useQuery), over the bare transport. */
export const queries = new QueryCache((channel, input) => transport[channel](input));
/** Every call a page makes: a successful write (a mutating channel) makes the cached reads stale. */
export const api: Api = bridgeApi(queries.call);
export const fileAccess: FileAccess = resolved.files;
