import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * A second start of the app, run against a stand-in for the 'electron' module (no Electron binary
 * here) that refuses the single-instance lock: it must quit without opening the database, a
 * window or any IPC door, since the first instance holds the data file.
 */
const seen = vi.hoisted(() => ({ userData: '', quit: 0, whenReady: 0, windows: 0, ipc: 0, appEvents: [] as string[], sessionTouched: 0, lockAsked: 0 }));

vi.mock('electron', () => {
  const touched = () => {
    seen.sessionTouched++;
  };
  return {
    app: {
      enableSandbox: () => {},
      requestSingleInstanceLock: () => {
        seen.lockAsked++;
        return false;
      },
      quit: () => {
        seen.quit++;
      },
      on: (event: string) => seen.appEvents.push(event),
      whenReady: () => {
        seen.whenReady++;
        return Promise.resolve();
      },
      isPackaged: false,
      getAppPath: () => seen.userData,
      getPath: () => seen.userData,
      getVersion: () => '0.0.0-second',
    },
    BrowserWindow: class {
      static getFocusedWindow = () => null;
      constructor() {
        seen.windows++;
      }
      once() {}
      loadURL() {
        return Promise.resolve();
      }
    },
    ipcMain: { handle: () => seen.ipc++, on: () => seen.ipc++ },
    net: { fetch: () => Promise.reject(new Error('no fetch')) },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: { defaultSession: { setPermissionRequestHandler: touched, setPermissionCheckHandler: touched, setDevicePermissionHandler: touched, setDisplayMediaRequestHandler: touched, on: touched } },
    utilityProcess: { fork: () => ({}) },
    dialog: {},
  };
});

describe('a second start of the app', () => {
  afterAll(() => fs.rmSync(seen.userData, { recursive: true, force: true }));

  it('asks for the lock, quits at once when it is held elsewhere, and opens nothing', async () => {
    seen.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-second-'));
    await import('../../../electron/shell/main');
    // Let anything main.ts scheduled run (a start() on whenReady would open the database here).
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(seen.lockAsked).toBe(1);
    expect(seen.quit).toBe(1);
    expect(seen.whenReady).toBe(0);
    expect(seen.windows).toBe(0);
    expect(seen.ipc).toBe(0);
    expect(seen.sessionTouched).toBe(0);
    expect(seen.appEvents).toEqual([]);
    expect(fs.readdirSync(seen.userData)).toEqual([]);
  });
});
