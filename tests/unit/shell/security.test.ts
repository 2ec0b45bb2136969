import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { allowNavigation, allowPermission, APP_INDEX_URL, isTrustedSender, resolveAppFile, windowOpenDecision } from '../../../electron/shell/security';
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
