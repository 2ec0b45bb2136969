import path from 'node:path';

/**
 * Pure decisions the Electron shell applies to navigation, new windows, permissions, IPC senders
 * and the app:// protocol. Kept free of electron imports so they are unit-tested in Node.
 */

/** The renderer is served from this custom origin, not file:// (Electron security checklist 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'phdv';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** In-app navigation only moves within our own origin; anything else is refused. */
export const allowNavigation = (url: string): boolean => isAppUrl(url);

/** No window opens from the page, whatever it asks. */
export const windowOpenDecision = (): { action: 'deny' } => ({ action: 'deny' });

/** Camera, microphone, notifications, geolocation…: the product needs none. */
export const allowPermission = (_permission: string): boolean => false;

/** An IPC message is served only when it comes from our own page in the main frame. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url);
}

/** Maps an app:// URL to a file of the built renderer; null for anything outside that folder. */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + path.sep) ? file : null;
}
