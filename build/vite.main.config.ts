import path from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');

/** Main process: CommonJS for Electron; runtime dependencies stay in node_modules (unpacked native code). */
export default defineConfig({
  root,
  build: {
    outDir: path.join(root, 'dist', 'main'),
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { main: path.join(root, 'electron', 'shell', 'main.ts'), 'parse-worker': path.join(root, 'electron', 'import', 'parse-worker.ts') },
      external: ['electron', ...Object.keys(pkg.dependencies), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
