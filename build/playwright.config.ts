import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Browser tests run Debian's Chromium (no browser download here) against the built renderer,
 * served with the real handlers by the test bridge (tests/e2e/bridge.ts).
 */
export default defineConfig({
  testDir: path.join(root, 'tests', 'e2e'),
  outputDir: path.join(root, 'test-results', 'artifacts'),
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    locale: 'vi-VN',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
});
