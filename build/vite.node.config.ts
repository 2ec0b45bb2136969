import path from 'node:path';
import { defineConfig } from 'vite';
import { BUNDLED_DEPENDENCIES, nodeBundle, root } from './node-bundle.ts';

/**
 * CLI, local web server and the parser worker they fork, as ES modules for the project's Node:
 * compiled once here instead of by tsx at every call. The pure-JavaScript dependencies that cost
 * start-up are compiled in (BUNDLED_DEPENDENCIES); the others stay in node_modules (native
 * better-sqlite3, exceljs whose files the parser requires by path). build/run-node.mjs rebuilds
 * this when the sources are newer.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  ssr: { noExternal: BUNDLED_DEPENDENCIES },
  build: nodeBundle({
    outDir: 'node',
    input: {
      cli: path.join(root, 'electron', 'cli', 'bin.ts'),
      web: path.join(root, 'electron', 'web', 'main.ts'),
      'parse-worker': path.join(root, 'electron', 'import', 'parse-worker.ts'),
    },
    // Chunks beside the entries: the worker is found next to whichever file forks it.
    output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
  }),
});
