import { defineConfig } from 'vitest/config';
import { nodeTests } from '../../vitest.shared.mjs';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/k8s-checks',
  test: { ...nodeTests('k8s-checks'), testTimeout: 60_000 },
});
