import { join } from 'node:path';

/**
 * Test settings shared by the projects' vitest configs. `database: true` starts (or finds) the test run's
 * PostgreSQL once and hands its URL to the tests (`inject('pgAdminUrl')`); each test file then creates its own
 * database from a migrated template (`createTestDatabase`). Types: vitest.shared.d.mts.
 */
export function nodeTests(name, options = {}) {
  return {
    name,
    watch: false,
    globals: true,
    environment: 'node',
    include: options.include ?? ['src/**/*.spec.ts'],
    ...(options.database
      ? { globalSetup: [join(import.meta.dirname, 'tools/testing/postgres-global-setup.ts')], testTimeout: 20_000, hookTimeout: 60_000 }
      : {}),
  };
}
