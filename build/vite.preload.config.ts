import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

/** A sandboxed preload can require only 'electron': everything else is bundled into one CommonJS file. */
export default defineConfig({
  root,
  build: {
    outDir: path.join(root, 'dist', 'preload'),
    emptyOutDir: true,
    target: 'chrome120',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { preload: path.join(root, 'electron', 'shell', 'preload.ts') },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true },
});
