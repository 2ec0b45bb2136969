import type { Api } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { downloadFile } from './download';
import { createHttpApi } from './http';

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
export const api: Api = resolved.api;
export const fileAccess: FileAccess = resolved.files;
