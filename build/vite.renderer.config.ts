import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP } from '../shared/csp';

const root = path.resolve(import.meta.dirname, '..');

/** The CSP meta tag comes from shared/csp.ts, the same string the web server sends as a header. */
const cspMeta = (): Plugin => ({
  name: 'phdv-csp',
  transformIndexHtml: (html) => html.replace('%CSP%', CSP.replace("frame-ancestors 'none'; ", '')),
});

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // Inlined assets would be data: URLs; keep fonts as files so font-src 'self' is enough.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
});
