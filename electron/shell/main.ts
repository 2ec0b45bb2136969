import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { CHANNELS } from '../../shared/contract';
import { CSP } from '../../shared/csp';
import { fail } from '../../shared/result';
import { createParserHost } from '../import/isolate';
import { startServices, type Services } from '../runtime';
import { forkUtilityWorker } from './parser-process';
import {
  allowDevice,
  allowFrameNavigation,
  allowNavigation,
  allowPermission,
  APP_INDEX_URL,
  APP_SCHEME,
  focusFirstWindow,
  isTrustedSender,
  refuseDevicePicker,
  refuseDisplayMedia,
  resolveAppFile,
  windowOpenDecision,
} from './security';
import { dialogSink } from './dialog-sink';
import { shellOpener } from './opener';
import { buildWindowOptions } from './window-options';

/** The thin shell: lifecycle, window, IPC wiring. Every decision lives in tested Node code. */
const DB_FILE = 'phoi-hop-dan-van.db';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;

/** Every session switch that refuses: permissions, devices and their pickers, screen capture. */
function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  ses.setDevicePermissionHandler(allowDevice);
  ses.setDisplayMediaRequestHandler(refuseDisplayMedia);
  ses.on('select-hid-device', (event, ...args) => refuseDevicePicker('select-hid-device', event, args));
  ses.on('select-serial-port', (event, ...args) => refuseDevicePicker('select-serial-port', event, args));
  ses.on('select-usb-device', (event, ...args) => refuseDevicePicker('select-usb-device', event, args));
}

function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file || !fs.existsSync(file)) return new Response('Không tìm thấy', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}

async function start(): Promise<void> {
  lockDownSession();
  const seedDir = app.isPackaged ? path.join(process.resourcesPath, 'seed-2021') : path.join(app.getAppPath(), 'electron', 'plan', 'seed-2021');
  const dataDir = app.getPath('userData');
  services = await startServices({
    dbPath: path.join(dataDir, DB_FILE),
    dataDir,
    seedDir,
    shell: 'electron',
    version: app.getVersion(),
    parser: createParserHost({ fork: forkUtilityWorker }),
    files: dialogSink(path.join(app.getPath('documents'), 'Phối hợp Dân vận')),
    opener: shellOpener,
  });
  const dispatch = services.dispatch;

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return fail('forbidden', 'Yêu cầu không đến từ cửa sổ của ứng dụng.');
      return dispatch(channel, input);
    });
  }

  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const win = new BrowserWindow(buildWindowOptions(path.join(__dirname, '..', 'preload', 'preload.cjs'), { devTools: !app.isPackaged && !process.env.PHDV_NO_DEVTOOLS }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_INDEX_URL);
}

function guardContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!allowFrameNavigation(details)) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, ...args) => refuseDevicePicker('select-bluetooth-device', event, args));
  contents.setWindowOpenHandler(windowOpenDecision);
}

// Taken before anything is opened: a second start must not touch the database the first one
// holds. It only brings the first window forward, then ends.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusFirstWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    void (services?.close() ?? Promise.resolve()).finally(() => app.quit());
  });
  app.whenReady().then(start, (e: unknown) => {
    console.error(e);
    app.quit();
  });
}
