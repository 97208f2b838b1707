import { defineConfig } from 'vitest/config';
import { nodeTests } from '../../vitest.shared.mjs';

/** Black-box tests of the built artefacts (dist/apps/api, dist/apps/storefront): real processes, real browser. */
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/e2e',
  test: {
    ...nodeTests('e2e', { database: true }),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts API processes (and a browser); two at a time is what this machine's two cores bear.
    maxWorkers: 2,
    // A browser under load can take seconds to show what a poll waits for; vitest's default gives up after one.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
