import { defineConfig } from 'vitest/config';
import { nodeTests } from '../../../vitest.shared.mjs';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/user/data-access',
  test: { ...nodeTests('user-data-access', { database: true }) },
});
