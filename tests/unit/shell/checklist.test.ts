import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../../electron/node-paths';
import { APP_INDEX_URL } from '../../../electron/shell/security';
import { buildWindowOptions } from '../../../electron/shell/window-options';
import { CHANNELS } from '../../../shared/contract';
import { CSP } from '../../../shared/csp';

/**
 * Electron's security checklist (SECURITY.md maps all 20 items), for what tests/unit/shell/
 * security.test.ts does not already hold. There is no Electron binary in the test environment,
 * so the shell runs here against a recording stand-in for the 'electron' module: main.ts and
 * preload.ts are imported for real, and what they register (IPC handlers, permission handlers,
 * navigation guards, the app:// protocol, the window) is then exercised. Packaging settings
 * (fuses) and "never used" rules are read from the sources.
 */

type Fn = (...args: never[]) => unknown;
interface FakeContents {
  on: (event: string, fn: Fn) => void;
  setWindowOpenHandler: (fn: Fn) => void;
  listeners: Map<string, Fn>;
  openHandler: Fn | null;
}

const shell = vi.hoisted(() => ({
  userData: '',
  appPath: '',
  sandboxEnabled: false,
  singleInstance: false,
  appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  ipcOn: [] as string[],
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
  devicePermission: null as null | ((details: unknown) => boolean),
  displayMedia: null as null | ((request: unknown, callback: (streams: unknown) => void) => void),
  sessionListeners: new Map<string, (...args: unknown[]) => unknown>(),
  protocols: new Map<string, (request: { url: string }) => Promise<Response>>(),
  fetched: [] as string[],
  windows: [] as { options: Record<string, unknown>; loaded: string[]; calls: string[] }[],
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getFocusedWindow = () => null;
    loaded: string[] = [];
    calls: string[] = [];
    constructor(public options: Record<string, unknown>) {
      shell.windows.push(this);
    }
    once() {}
    show() {
      this.calls.push('show');
    }
    focus() {
      this.calls.push('focus');
    }
    restore() {
      this.calls.push('restore');
    }
    isMinimized() {
      return true;
    }
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      enableSandbox: () => {
        shell.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => (shell.singleInstance = true),
      quit: () => {},
      on: (event: string, fn: (...args: unknown[]) => unknown) => shell.appListeners.set(event, [...(shell.appListeners.get(event) ?? []), fn]),
      whenReady: () => Promise.resolve(),
      isPackaged: false,
      getAppPath: () => shell.appPath,
      getPath: (name: string) => (name === 'userData' ? shell.userData : `${shell.userData}/${name}`),
      getVersion: () => '0.0.0-checklist',
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => shell.ipcHandlers.set(channel, fn),
      on: (channel: string) => shell.ipcOn.push(channel),
    },
    net: {
      fetch: async (url: string) => {
        shell.fetched.push(url);
        return new Response('<!doctype html><p>ok</p>', { headers: { 'content-type': 'text/html' } });
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => shell.privileged.push(...schemes),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => shell.protocols.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof shell.permissionRequest) => (shell.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof shell.permissionCheck) => (shell.permissionCheck = fn),
        setDevicePermissionHandler: (fn: typeof shell.devicePermission) => (shell.devicePermission = fn),
        setDisplayMediaRequestHandler: (fn: typeof shell.displayMedia) => (shell.displayMedia = fn),
        on: (event: string, fn: (...args: unknown[]) => unknown) => shell.sessionListeners.set(event, fn),
      },
    },
    utilityProcess: {
      fork: () => {
        throw new Error('no utility process in this test');
      },
    },
    dialog: {},
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => shell.exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        shell.invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
      on: () => {},
      send: () => {},
    },
  };
});

const read = (rel: string) => fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8');

/** Source files under a folder (no tests, no build output), with their text. */
function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(REPO_ROOT, d), { withFileTypes: true })) {
      const rel = path.join(d, e.name);
      if (e.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|js|cjs|mjs|html)$/.test(e.name)) out.push({ file: rel, text: read(rel) });
    }
  };
  walk(dir);
  return out;
}

const APP_SOURCES = ['electron', 'renderer', 'shared'].flatMap(sources);
/** Comments stripped, so that prose about a forbidden API does not count as using it. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const using = (pattern: RegExp) => APP_SOURCES.filter((s) => pattern.test(code(s.text))).map((s) => s.file);

/** The `electronFuses:` block of electron-builder.yml as key → value (flat YAML, no parser needed). */
function fuses(): Record<string, string> {
  const lines = read('electron-builder.yml').split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  expect(start, 'electron-builder.yml has an electronFuses block').toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));

describe('19. fuses (electron-builder.yml)', () => {
  it('turn off running as Node, NODE_OPTIONS, the inspector and file:// privileges; turn on asar integrity, asar-only loading, cookie encryption', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      grantFileProtocolExtraPrivileges: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
    // Asar integrity is only checked when the app is packed into an asar.
    expect(read('electron-builder.yml')).toMatch(/^asar:\s*true\s*$/m);
  });
});

describe('7. Content-Security-Policy', () => {
  const d = directives(CSP);

  it('has no unsafe-* keyword, no wildcard, no remote origin, no scheme source but data: images', () => {
    const all = Object.values(d).flat();
    expect(all.filter((s) => /unsafe|\*|^https?:|^wss?:|^blob:|^filesystem:|^'strict-dynamic'|^'nonce-|^'sha\d+-|\.[a-z]{2,}$/i.test(s))).toEqual([]);
    for (const [name, values] of Object.entries(d)) {
      const allowed = name === 'img-src' ? ["'self'", 'data:'] : ["'self'", "'none'"];
      expect(values.every((v) => allowed.includes(v)), `${name}: ${values.join(' ')}`).toBe(true);
    }
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(d[name], name).toEqual(["'none'"]);
  });

  it('is in the built page as a meta tag (everything but frame-ancestors, which a meta tag cannot carry)', async () => {
    const html = read('renderer/index.html');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="%CSP%"\s*\/?>/);
    // The build's own plugin fills it in: run it on the real page.
    const config = (await import('../../../build/vite.renderer.config')).default as { plugins?: unknown[] };
    const plugin = (config.plugins ?? []).flat(3).find((p) => (p as { name?: string } | null)?.name === 'phdv-csp') as { transformIndexHtml: (html: string) => string } | undefined;
    expect(plugin, 'the phdv-csp plugin in build/vite.renderer.config.ts').toBeDefined();
    const built = plugin!.transformIndexHtml(html);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(built)?.[1];
    expect(meta).toBeDefined();
    const { 'frame-ancestors': _dropped, ...rest } = d;
    expect(directives(meta!)).toEqual(rest);
    // 1. Only load secure content: the page itself names no remote resource.
    expect(built).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
});

describe('the Electron shell, run against a recording stand-in for electron', () => {
  beforeAll(async () => {
    shell.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-shell-'));
    shell.appPath = REPO_ROOT;
    await import('../../../electron/shell/main');
    // start() runs once whenReady resolves: wait for the window to load its page.
    for (let i = 0; i < 200 && !shell.windows[0]?.loaded.length; i++) await new Promise((r) => setTimeout(r, 25));
    expect(shell.windows[0]?.loaded.length, 'main.ts opened its window').toBe(1);
  }, 60_000);

  afterAll(async () => {
    // window-all-closed closes the services (the database) before quitting.
    for (const fn of shell.appListeners.get('window-all-closed') ?? []) fn();
    await new Promise((r) => setTimeout(r, 200));
    fs.rmSync(shell.userData, { recursive: true, force: true });
  });

  it('4. enables the sandbox for every renderer and 18. serves the page from a privileged custom scheme, not file://', () => {
    expect(shell.sandboxEnabled).toBe(true);
    expect(shell.singleInstance).toBe(true);
    expect(shell.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    // A scheme allowed to bypass the CSP would undo item 7.
    expect(shell.privileged[0]!.privileges?.bypassCSP).not.toBe(true);
    expect(shell.windows.map((w) => w.loaded)).toEqual([[APP_INDEX_URL]]);
  });

  it('2–4, 6, 8–10. opens its one window with the options of buildWindowOptions, and nothing that loosens them', () => {
    const [win] = shell.windows;
    const prefs = win!.options.webPreferences as Record<string, unknown>;
    expect(String(prefs.preload)).toMatch(/[\\/]preload[\\/]preload\.cjs$/);
    // The stand-in app is not packaged, so DevTools are on (development); packaged, they are off.
    expect(win!.options).toEqual(buildWindowOptions(String(prefs.preload), { devTools: true }));
    for (const loosening of ['enableBlinkFeatures', 'partition', 'session', 'additionalArguments', 'disableBlinkFeatures', 'allowpopups']) expect(prefs, loosening).not.toHaveProperty(loosening);
  });

  it('17. answers IPC on exactly the contract channels, each only for the main frame of its own page', async () => {
    expect([...shell.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(shell.ipcOn).toEqual([]);
    const handler = shell.ipcHandlers.get('app.info')!;
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    for (const senderFrame of [null, undefined, { url: 'https://evil.example/', parent: null }, { url: APP_INDEX_URL, parent: { url: APP_INDEX_URL } }, { url: 'file:///tmp/x.html', parent: null }, { url: 'app://other/index.html', parent: null }]) {
      expect(await handler({ senderFrame }, {}), JSON.stringify(senderFrame)).toMatchObject(forbidden);
    }
    expect(await handler({ senderFrame: { url: `${APP_INDEX_URL}#/danh-muc`, parent: null } }, {})).toMatchObject({ ok: true, value: { shell: 'electron' } });
    // The input goes through the same validation as every transport.
    expect(await shell.ipcHandlers.get('plan.get')!({ senderFrame: { url: APP_INDEX_URL, parent: null } }, { year: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('5. denies every permission request and check of the default session (the only session)', () => {
    expect(shell.permissionRequest).toBeTypeOf('function');
    expect(shell.permissionCheck).toBeTypeOf('function');
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'display-capture', 'window-management']) {
      const answers: boolean[] = [];
      shell.permissionRequest!({}, p, (ok) => answers.push(ok));
      expect(answers, p).toEqual([false]);
      expect(shell.permissionCheck!({}, p), p).toBe(false);
    }
    expect(using(/fromPartition|partition\s*:/)).toEqual([]);
  });

  it('5. grants no HID, serial or USB device, cancels every device picker, refuses screen capture', () => {
    expect(shell.devicePermission).toBeTypeOf('function');
    for (const deviceType of ['hid', 'serial', 'usb']) expect(shell.devicePermission!({ deviceType, origin: 'app://phdv' }), deviceType).toBe(false);
    const streams: unknown[] = [];
    shell.displayMedia!({ videoRequested: true }, (s) => streams.push(s));
    expect(streams).toEqual([null]);
    const args: Record<string, (cb: (...a: unknown[]) => void) => unknown[]> = {
      'select-hid-device': (cb) => [{ deviceList: [{ deviceId: 'h' }] }, cb],
      'select-usb-device': (cb) => [{ deviceList: [{ deviceId: 'u' }] }, cb],
      'select-serial-port': (cb) => [[{ portId: 'COM1' }], {}, cb],
    };
    expect([...shell.sessionListeners.keys()].sort()).toEqual(Object.keys(args).sort());
    for (const [event, make] of Object.entries(args)) {
      let prevented = false;
      const chosen: unknown[][] = [];
      shell.sessionListeners.get(event)!({ preventDefault: () => (prevented = true) }, ...make((...a) => chosen.push(a)));
      expect(prevented, event).toBe(true);
      expect(chosen, event).toEqual([event === 'select-serial-port' ? [''] : []]);
    }
  });

  it('single instance: the lock is taken, and a second start only brings the first window forward', () => {
    expect(shell.singleInstance).toBe(true);
    const listeners = shell.appListeners.get('second-instance') ?? [];
    expect(listeners).toHaveLength(1);
    const handlers = shell.ipcHandlers.size;
    const [win] = shell.windows;
    win!.calls.length = 0;
    listeners[0]!({}, ['phdv'], '/tmp');
    expect(win!.calls).toEqual(['restore', 'show', 'focus']);
    expect(shell.windows).toHaveLength(1);
    expect(shell.ipcHandlers.size).toBe(handlers);
  });

  it('11–14. on every web contents: refuses navigation and redirects away from the app, every new window, every <webview>', () => {
    const created = shell.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const contents: FakeContents = {
      listeners: new Map(),
      openHandler: null,
      on(event, fn) {
        this.listeners.set(event, fn);
      },
      setWindowOpenHandler(fn) {
        this.openHandler = fn;
      },
    };
    created[0]!({}, contents);
    const prevented = (event: string, ...args: unknown[]) => {
      let stopped = false;
      (contents.listeners.get(event) as (...a: unknown[]) => void)({ preventDefault: () => (stopped = true) }, ...args);
      return stopped;
    };
    for (const url of ['https://example.com/', 'about:blank', 'app://evil/index.html', 'data:text/html,x']) {
      let stopped = false;
      (contents.listeners.get('will-frame-navigate') as (d: unknown) => void)({ url, isMainFrame: false, preventDefault: () => (stopped = true) });
      expect(stopped, `will-frame-navigate ${url}`).toBe(true);
    }
    let frameStopped = false;
    (contents.listeners.get('will-frame-navigate') as (d: unknown) => void)({ url: `${APP_INDEX_URL}#/nhap`, preventDefault: () => (frameStopped = true) });
    expect(frameStopped).toBe(false);
    const picked: unknown[][] = [];
    expect(prevented('select-bluetooth-device', [{ deviceId: 'b' }], (...a: unknown[]) => picked.push(a))).toBe(true);
    expect(picked).toEqual([['']]);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.listeners.has(event), event).toBe(true);
      for (const url of ['https://example.com/', 'http://127.0.0.1:3000/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,x']) expect(prevented(event, url), `${event} ${url}`).toBe(true);
      expect(prevented(event, `${APP_INDEX_URL}#/doi-chieu`)).toBe(false);
    }
    expect(prevented('will-attach-webview', {}, {})).toBe(true);
    expect(contents.openHandler).toBeTypeOf('function');
    for (const url of ['https://example.com/', APP_INDEX_URL]) expect((contents.openHandler as (d: { url: string }) => unknown)({ url })).toEqual({ action: 'deny' });
  });

  it('7. sends the CSP and nosniff with every page of app://, and serves nothing from outside the renderer folder', async () => {
    const handle = shell.protocols.get('app');
    expect(handle).toBeTypeOf('function');
    const rendererDir = path.join(REPO_ROOT, 'electron', 'renderer');
    const index = path.join(rendererDir, 'index.html');
    // Only this one file "exists", so a request reaching net.fetch for anything else would show.
    const exists = vi.spyOn(fs, 'existsSync').mockImplementation((p) => path.resolve(String(p)) === index);
    try {
      const page = await handle!({ url: APP_INDEX_URL });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CSP);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      for (const url of ['app://phdv/..%2F..%2F..%2Fetc%2Fpasswd', 'app://evil/index.html', 'app://phdv/%2e%2e/%2e%2e/package.json', 'file:///etc/passwd']) {
        expect((await handle!({ url })).status, url).toBe(404);
      }
      expect(shell.fetched.map((u) => new URL(u).pathname)).toEqual([index.split(path.sep).join('/')]);
    } finally {
      exists.mockRestore();
    }
  });
});

describe('20. the preload exposes exactly the contract', () => {
  it('one object, one function per channel, each invoking only its own channel with only its input', async () => {
    await import('../../../electron/shell/preload');
    expect([...shell.exposed.keys()]).toEqual(['phdv']);
    const api = shell.exposed.get('phdv') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(api[channel]).toBeTypeOf('function');
      shell.invoked.length = 0;
      await api[channel]!({ x: 1 }, 'a second argument', () => 'a callback');
      expect(shell.invoked, channel).toEqual([[channel, { x: 1 }]]);
    }
    // No generic door: nothing named like an IPC primitive, no Electron object handed over.
    for (const key of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', 'postMessage']) expect(api).not.toHaveProperty(key);
  });
});

describe('never used anywhere in the app sources', () => {
  it('15. no shell.openExternal (nor openPath or showItemInFolder on untrusted paths)', () => {
    expect(using(/\bopenExternal\s*\(/)).toEqual([]);
    // "Mở tệp" / "Mở thư mục": one module touches the desktop, and only electron/files/open.ts
    // calls it, after checking the path lies in the output folder (tests/unit/files/open.test.ts).
    expect(using(/\b(openPath|showItemInFolder)\s*\(/)).toEqual(['electron/shell/opener.ts']);
    expect(using(/\bshellOpener\b/).sort()).toEqual(['electron/shell/main.ts', 'electron/shell/opener.ts']);
    expect(using(/\bopener\.(open|reveal)\s*\(/)).toEqual(['electron/files/open.ts']);
    const open = code(read('electron/files/open.ts'));
    expect(open.indexOf('resolveInside(')).toBeGreaterThan(-1);
    expect(open.indexOf('resolveInside(')).toBeLessThan(open.indexOf('opener.reveal('));
    expect(open.indexOf('resolveInside(')).toBeLessThan(open.indexOf('opener.open('));
  });

  it('2, 6, 8–12, 18, 20: no switch that loosens isolation, no file:// page, no raw IPC exposure', () => {
    expect(using(/nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/)).toEqual([]);
    expect(using(/(contextIsolation|sandbox|webSecurity)\s*:\s*false/)).toEqual([]);
    expect(using(/(allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true/)).toEqual([]);
    expect(using(/enableBlinkFeatures|<webview|allowpopups|disablewebsecurity/i)).toEqual([]);
    expect(using(/\.loadFile\s*\(|loadURL\s*\(\s*['"`]file:/)).toEqual([]);
    expect(using(/exposeInMainWorld/)).toEqual(['electron/shell/preload.ts']);
    expect(using(/new BrowserWindow\s*\(/)).toEqual(['electron/shell/main.ts']);
    expect(code(read('electron/shell/main.ts'))).toMatch(/new BrowserWindow\s*\(\s*buildWindowOptions\s*\(/);
    expect(using(/\bipcMain\.(on|handle|handleOnce|once)\s*\(/)).toEqual(['electron/shell/main.ts']);
    expect(using(/\beval\s*\(|new Function\s*\(/)).toEqual([]);
  });
});

describe('16. a current Electron', () => {
  it('is the version the lock file pins, no older than the one this checklist was reviewed for', () => {
    const range = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    const locked = (JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string }> }).packages['node_modules/electron']!.version;
    const major = (v: string) => Number(/(\d+)\./.exec(v)?.[1]);
    expect(major(range)).toBe(major(locked));
    // Electron supports its three newest majors; raise this floor when upgrading, never lower it.
    expect(major(locked)).toBeGreaterThanOrEqual(45);
    expect(locked).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
