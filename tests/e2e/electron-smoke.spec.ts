import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { REPO_ROOT } from '../../electron/node-paths';
import type { Api } from '../../shared/contract';

declare global {
  interface Window {
    phdv?: Api;
  }
}

/**
 * Launches the real desktop app. The electron npm package (≥ 42) downloads its binary on first
 * use; machines without internet (like the CI machines of this project) have none, so the test
 * is skipped there with that reason rather than failing or trying to download.
 */
function electronBinary(): string | null {
  const dir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

test('the Electron app starts, shows the Vietnamese shell and exposes only the contract', async () => {
  const bin = electronBinary();
  test.skip(!bin, 'Không có tệp chạy Electron trên máy này (gói electron chưa tải được bản chạy vì không có Internet); chạy lại trên máy có Electron.');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: [REPO_ROOT, `--user-data-dir=${userData}`], env: { ...process.env, PHDV_NO_DEVTOOLS: '1' } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'Danh mục' })).toBeVisible();
    const exposed = await page.evaluate(() => ({ keys: Object.keys(window.phdv ?? {}).sort(), require: typeof (window as unknown as { require?: unknown }).require, process: typeof (window as unknown as { process?: unknown }).process }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.keys).toContain('plan.get');
    const plan = await page.evaluate(() => window.phdv!['plan.get']({ year: 2021 }));
    expect(plan.ok && plan.value.indicators).toHaveLength(46);
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
