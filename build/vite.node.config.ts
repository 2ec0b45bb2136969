import path from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');

/**
 * CLI, local web server and the parser worker they fork, as ES modules for the project's Node:
 * compiled once here instead of by tsx at every call. Runtime dependencies stay in node_modules
 * (native better-sqlite3). build/run-node.mjs rebuilds this when the sources are newer.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'dist', 'node'),
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        cli: path.join(root, 'electron', 'cli', 'bin.ts'),
        web: path.join(root, 'electron', 'web', 'main.ts'),
        'parse-worker': path.join(root, 'electron', 'import', 'parse-worker.ts'),
      },
      external: [...Object.keys(pkg.dependencies), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      // Chunks beside the entries: the worker is found next to whichever file forks it.
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
});
