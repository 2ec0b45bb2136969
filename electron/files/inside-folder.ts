import fs from 'node:fs';
import path from 'node:path';

/**
 * The real path of `candidate` when it is `root` or lies inside it, else null. The page hands the
 * main process a path to open: a path with `..`, a relative one, one that does not exist, or one
 * that leaves the folder through a symbolic link (or a Windows junction) must never reach the shell.
 */
export function resolveInside(root: string, candidate: string): string | null {
  if (!path.isAbsolute(candidate) || candidate.split(/[\\/]/).includes('..')) return null;
  let realRoot: string;
  let real: string;
  try {
    realRoot = fs.realpathSync.native(root);
    real = fs.realpathSync.native(path.resolve(candidate));
  } catch {
    return null;
  }
  const same = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  if (same(real, realRoot)) return real;
  const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
  return same(real.slice(0, prefix.length), prefix) ? real : null;
}
