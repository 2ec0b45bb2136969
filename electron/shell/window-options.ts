import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one place the window's web preferences are decided, as a pure function so a unit test can
 * hold every security switch in place (Electron security checklist items 2–4, 6, 9–10).
 */
export function buildWindowOptions(preloadPath: string, options: { devTools: boolean } = { devTools: false }): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Phối hợp Dân vận',
    show: false,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Only in development: the installed app gives a clerk no console into the data.
      devTools: options.devTools,
      safeDialogs: true,
    },
  };
}
