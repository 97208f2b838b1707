import { defineConfig } from 'vitest/config';
import { nodeTests } from '../../../vitest.shared.mjs';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/platform/tracing',
  test: { ...nodeTests('platform-tracing') },
});
