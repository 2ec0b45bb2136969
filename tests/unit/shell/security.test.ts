import { describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  allowDevice,
  allowFrameNavigation,
  allowNavigation,
  allowPermission,
  APP_INDEX_URL,
  DEVICE_PICKERS,
  focusFirstWindow,
  isTrustedSender,
  refuseDevicePicker,
  refuseDisplayMedia,
  resolveAppFile,
  windowOpenDecision,
  type DevicePicker,
} from '../../../electron/shell/security';
import { buildWindowOptions } from '../../../electron/shell/window-options';
import { CSP } from '../../../shared/csp';

const APP = APP_INDEX_URL;

describe('BrowserWindow options', () => {
  it('isolate the page: contextIsolation and sandbox on, no Node anywhere, web security on', () => {
    const prefs = buildWindowOptions('/x/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/x/preload.cjs',
      devTools: false,
    });
    expect(buildWindowOptions('/x/preload.cjs', { devTools: true }).webPreferences!.devTools).toBe(true);
  });
});

describe('navigation, windows, permissions, IPC senders', () => {
  it('allows only our own page (hash changes included)', () => {
    expect(allowNavigation(`${APP}#/danh-muc`)).toBe(true);
    expect(allowNavigation('https://example.com/')).toBe(false);
    expect(allowNavigation('file:///etc/passwd')).toBe(false);
    expect(allowNavigation('app://evil/index.html')).toBe(false);
    expect(allowNavigation('http://localhost:3000/index.html')).toBe(false);
    expect(allowNavigation('javascript:alert(1)')).toBe(false);
    expect(allowNavigation('not a url')).toBe(false);
  });

  it('denies every new window and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(allowPermission(p)).toBe(false);
  });

  it('serves IPC only to the main frame of our page', () => {
    expect(isTrustedSender({ url: APP, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('serves app:// files only from inside the renderer folder', () => {
    const root = path.resolve('/opt/phdv/renderer');
    expect(resolveAppFile('app://phdv/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://phdv/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://phdv/assets/a.js', root)).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveAppFile('app://phdv/..%2F..%2Fetc%2Fpasswd', root)).toBeNull();
    // The URL parser folds %2e%2e before we see it: the result stays inside the folder.
    expect(resolveAppFile('app://phdv/%2e%2e/secret', root)).toBe(path.join(root, 'secret'));
    expect(resolveAppFile('app://other/index.html', root)).toBeNull();
    expect(resolveAppFile('file:///opt/phdv/renderer/index.html', root)).toBeNull();
    expect(resolveAppFile('app://phdv/%E0%A4%A', root)).toBeNull();
  });
});

describe('frames, devices, screen capture, a second start', () => {
  it('lets a frame navigate only within our own page, like the page itself', () => {
    expect(allowFrameNavigation({ url: `${APP}#/nhap` })).toBe(true);
    for (const url of ['https://example.com/', 'about:blank', 'data:text/html,x', 'app://evil/index.html', 'file:///etc/passwd', 'x']) expect(allowFrameNavigation({ url }), url).toBe(false);
  });

  it('grants no HID, serial or USB device, whatever is asked', () => {
    for (const deviceType of ['hid', 'serial', 'usb']) expect(allowDevice({ deviceType, origin: 'app://phdv', device: { vendorId: 1 } })).toBe(false);
  });

  it('cancels every device picker: the default prevented and nothing chosen', () => {
    const devices = { hid: { deviceList: [{ deviceId: 'h1' }] }, usb: { deviceList: [{ deviceId: 'u1' }] }, serial: [{ portId: 'COM1' }], bt: [{ deviceId: 'b1' }] };
    const argsOf: Record<DevicePicker, (cb: (...a: unknown[]) => void) => unknown[]> = {
      'select-hid-device': (cb) => [devices.hid, cb],
      'select-usb-device': (cb) => [devices.usb, cb],
      'select-serial-port': (cb) => [devices.serial, {}, cb],
      'select-bluetooth-device': (cb) => [devices.bt, cb],
    };
    expect(Object.keys(DEVICE_PICKERS).sort()).toEqual(['select-bluetooth-device', 'select-hid-device', 'select-serial-port', 'select-usb-device']);
    for (const picker of Object.keys(argsOf) as DevicePicker[]) {
      let prevented = false;
      const calls: unknown[][] = [];
      refuseDevicePicker(picker, { preventDefault: () => (prevented = true) }, argsOf[picker]((...a) => calls.push(a)));
      expect(prevented, picker).toBe(true);
      // Serial and Bluetooth cancel with an empty id, HID and USB with no argument: never a device id.
      expect(calls, picker).toEqual([picker === 'select-serial-port' || picker === 'select-bluetooth-device' ? [''] : []]);
    }
  });

  it('refuses screen and window capture', () => {
    const given: unknown[] = [];
    refuseDisplayMedia({ frame: null, videoRequested: true, audioRequested: true }, (s) => given.push(s));
    expect(given).toEqual([null]);
  });

  it('a second start brings the first window forward, restoring it if minimised, and does nothing else', () => {
    const calls: string[] = [];
    const win = (minimized: boolean, destroyed = false) => ({
      isDestroyed: () => destroyed,
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    });
    expect(focusFirstWindow(win(true))).toBe(true);
    expect(calls.splice(0)).toEqual(['restore', 'show', 'focus']);
    expect(focusFirstWindow(win(false))).toBe(true);
    expect(calls.splice(0)).toEqual(['show', 'focus']);
    expect(focusFirstWindow(win(false, true))).toBe(false);
    expect(focusFirstWindow(null)).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('allows nothing remote, no inline code, no eval', () => {
    const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
