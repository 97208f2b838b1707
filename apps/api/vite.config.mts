/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { nodeTests } from '../../vitest.shared.mjs';

/**
 * The API is bundled into one ES module: workspace libs are compiled in, npm packages stay external and come from
 * the production node_modules. `ssr: true` gives Node semantics (no browser shims).
 */
/** Marks the output folder as ES modules, so Node loads main.js without guessing (and without a warning). */
const esmPackageJson = {
  name: 'emporium-esm-package-json',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): void }) {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "module" }\n' });
  },
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [esmPackageJson],
  cacheDir: '../../node_modules/.vite/apps/api',
  ssr: { noExternal: [/^@emporium\//] },
  build: {
    ssr: true,
    target: 'node20',
    outDir: '../../dist/apps/api',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'src/main.ts' },
      // main.js is a small launcher that imports the commands (and, when tracing, the tracing setup) dynamically:
      // those chunks sit beside it, so `import.meta.url`-relative paths (the SPA in ../storefront) stay the same.
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/libs/platform/tracing/') ? 'tracing-[hash].js' : '[name]-[hash].js'),
        format: 'es',
      },
    },
  },
  test: nodeTests('api', { database: true }),
});
