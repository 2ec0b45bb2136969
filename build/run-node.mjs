/* global process, console */
// `npm run -s cli -- …` and `npm run web`: run the bundled entry (dist/node/<entry>.mjs), building
// it first when it is missing or older than the sources, so a fresh clone and an edited tree both
// run what the sources say. Plain JavaScript: it must start without a compiler.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist', 'node');
const stamp = path.join(outDir, '.built');
const lock = path.join(root, 'dist', '.node-build.lock');
const SOURCES = ['electron', 'shared', 'migrations', 'package.json', 'build/vite.node.config.ts', 'build/node-bundle.ts'];
const LOCK_WAIT_MS = 180_000;

function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return newest;
}

const builtAt = () => fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const stale = () => builtAt() < newestSource();
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** One build at a time: a second caller waits for the first and then finds the bundle fresh. */
function build(force = false) {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() > until) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    if (!force && !stale()) return;
    const started = Date.now();
    // stdout stays the command's own (--json output is read by scripts): build messages go to stderr.
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'build', 'vite.node.config.ts')], { cwd: root, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) {
      console.error('Không dựng được bản chạy của chương trình (dist/node). Xem lỗi ở trên.');
      process.exit(r.status ?? 1);
    }
    fs.writeFileSync(stamp, new Date(started).toISOString());
    // The stamp says when the sources were read: a file saved during the build makes it stale again.
    fs.utimesSync(stamp, new Date(started), new Date(started));
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const [entry, ...args] = process.argv.slice(2);
if (entry === '--build') {
  build(true);
} else {
  if (!['cli', 'web'].includes(entry)) {
    console.error('Cách dùng: node build/run-node.mjs cli|web [tham số…]');
    process.exit(2);
  }
  if (stale()) build();
  // V8's compiled code kept on disk between calls: start-up is mostly compiling the modules.
  module.enableCompileCache?.();
  // The entry reads its own arguments from process.argv, as when run directly.
  process.argv = [process.argv[0], path.join(outDir, `${entry}.mjs`), ...args];
  await import(pathToFileURL(path.join(outDir, `${entry}.mjs`)).href);
}
