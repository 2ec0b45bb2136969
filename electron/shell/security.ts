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

/** A frame (the main one or any sub-frame) moves only within our origin, like the page itself. */
export const allowFrameNavigation = (details: { url: string }): boolean => allowNavigation(details.url);

/** HID, serial, USB: the product talks to no device, so no page is ever granted one. */
export const allowDevice = (_details: unknown): boolean => false;

/**
 * The device pickers a page can open, and the value each one's callback takes to cancel (serial
 * and Bluetooth take an empty id, HID and USB no argument).
 */
export const DEVICE_PICKERS = {
  'select-hid-device': undefined,
  'select-usb-device': undefined,
  'select-serial-port': '',
  'select-bluetooth-device': '',
} as const;
export type DevicePicker = keyof typeof DEVICE_PICKERS;

/**
 * Answers a picker by choosing nothing. Preventing the default matters: left alone, Electron may
 * pick the first device itself.
 */
export function refuseDevicePicker(picker: DevicePicker, event: { preventDefault(): void }, args: readonly unknown[]): void {
  event.preventDefault();
  const callback = [...args].reverse().find((a): a is (id?: string) => void => typeof a === 'function');
  const cancel = DEVICE_PICKERS[picker];
  if (!callback) return;
  if (cancel === undefined) callback();
  else callback(cancel);
}

/** Screen or window capture (getDisplayMedia): refused, no stream is ever given. */
export function refuseDisplayMedia(_request: unknown, callback: (streams: null) => void): void {
  callback(null);
}

/** What a second start does to the first one's window: brings it forward, nothing else. */
export function focusFirstWindow(win: { isDestroyed(): boolean; isMinimized(): boolean; restore(): void; show(): void; focus(): void } | null | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return true;
}
