import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { RENDERER_DIR, SEED_DIR } from '../../electron/node-paths';
import { startServices, type Services } from '../../electron/runtime';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { folderSink } from '../../electron/files/sink';
import { createNodeParser } from '../../electron/import/node-parser';

/**
 * The test bridge: the built renderer in Chromium, the real handlers in this Node process behind
 * the loopback server, on a database file the test owns (so it can restart the bridge on it).
 */
export interface Bridge {
  services: Services;
  server: WebServer;
  dbPath: string;
  close(): Promise<void>;
}

export async function startBridge(dbPath: string): Promise<Bridge> {
  const services = await startServices({ dbPath, seedDir: SEED_DIR, shell: 'web', version: 'e2e', parser: createNodeParser(), files: folderSink(path.join(path.dirname(dbPath), 'xuat-ra')) });
  const server = await startWebServer({ dispatch: services.dispatch, staticDir: RENDERER_DIR, outputDir: services.outputDir });
  return {
    services,
    server,
    dbPath,
    close: async () => {
      await server.close();
      await services.close();
    },
  };
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Collects CSP violations and page errors so a test can assert there were none. */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`lỗi trang: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

export const test = base.extend<{ dataDir: string; bridge: Bridge }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  bridge: async ({ dataDir }, use) => {
    const bridge = await startBridge(path.join(dataDir, 'e2e.db'));
    await use(bridge);
    await bridge.close();
  },
});

export { expect };
