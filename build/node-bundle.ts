import path from 'node:path';
import { builtinModules } from 'node:module';
import type { BuildOptions, Rollup } from 'vite';
import pkg from '../package.json' with { type: 'json' };

export const root = path.resolve(import.meta.dirname, '..');

/**
 * What the Electron main process and the Node entry points (CLI, web server) build alike: Node 22
 * code with source maps, unminified, and the runtime dependencies left in node_modules, where the
 * native better-sqlite3 must stay. Each config names its entries, output format and extra externals.
 */
/**
 * Pure-JavaScript dependencies compiled into the bundle rather than loaded from node_modules:
 * kysely alone is 300 ES modules, which Node resolves and compiles one by one at every start
 * (≈110 ms of the CLI's ≈300 ms), zod, docx and jszip another ≈100 ms.
 */
export const BUNDLED_DEPENDENCIES = ['kysely', 'zod', 'docx', 'jszip'];

export function nodeBundle(b: { outDir: string; input: Record<string, string>; output: Rollup.OutputOptions; external?: string[] }): BuildOptions {
  return {
    outDir: path.join(root, 'dist', b.outDir),
    emptyOutDir: true,
    target: 'node22',
    ssr: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: b.input,
      external: [...(b.external ?? []), ...Object.keys(pkg.dependencies).filter((d) => !BUNDLED_DEPENDENCIES.includes(d)), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: b.output,
    },
  };
}
