import path from 'node:path';
import { defineConfig } from 'vite';
import { nodeBundle, root } from './node-bundle.ts';

/** Main process: CommonJS for Electron; runtime dependencies stay in node_modules (unpacked native code). */
export default defineConfig({
  root,
  build: nodeBundle({
    outDir: 'main',
    input: { main: path.join(root, 'electron', 'shell', 'main.ts'), 'parse-worker': path.join(root, 'electron', 'import', 'parse-worker.ts') },
    external: ['electron'],
    output: { format: 'cjs', entryFileNames: '[name].cjs' },
  }),
});
