import type { Api } from '../../shared/contract';
import { createHttpApi } from './http';

declare global {
  interface Window {
    /** Exposed by the Electron preload: exactly the contract's functions. */
    phdv?: Api;
  }
}

function resolveApi(): Api {
  if (window.phdv) return window.phdv;
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (token) {
    sessionStorage.setItem('phdv-token', token);
    history.replaceState(null, '', window.location.pathname);
  }
  return createHttpApi(token ?? sessionStorage.getItem('phdv-token') ?? '');
}

export const api: Api = resolveApi();
