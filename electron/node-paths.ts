import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Locations for the Node entry points (CLI, web server, tests), run from the source tree or its
 * bundle in dist/node. The
 * Electron shell has its own (app.getPath, process.resourcesPath).
 */
export const REPO_ROOT = findRepoRoot(import.meta.dirname);
export const SEED_DIR = path.join(REPO_ROOT, 'electron', 'plan', 'seed-2021');
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
export const PRODUCT_NAME = 'Phối hợp Dân vận';
export const DB_FILE_NAME = 'phoi-hop-dan-van.db';

export const packageVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The same folder Electron's app.getPath('userData') gives, so the CLI and the app share data. */
export function defaultDataDir(): string {
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, PRODUCT_NAME);
}

/** The folder holding package.json: electron/ from the sources, dist/node/ from the bundle. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}
