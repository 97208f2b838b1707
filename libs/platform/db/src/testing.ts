/**
 * Test support: a PostgreSQL server for the test run and a fresh database per test file, cloned from a template
 * that is migrated once. Import from `@emporium/platform-db/testing`; never from production code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import { createDatabase, type DatabaseHandle } from './lib/database';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { migrateToLatest, type MigrationSet } from './lib/migrations';
import { PgErrorCode, pgErrorCode } from './lib/pg-errors';

export interface TestPostgres {
  /** A URL to a maintenance database on the server; tests create their own databases through it. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Uses the server at TEST_DATABASE_URL or DATABASE_URL when set (CI points it at the machine's PostgreSQL);
 * otherwise starts a throwaway embedded PostgreSQL in a temporary folder, so `npm test` needs no set-up.
 */
export async function startTestPostgres(env: Readonly<Record<string, string | undefined>> = process.env): Promise<TestPostgres> {
  const external = env['TEST_DATABASE_URL'] || env['DATABASE_URL'];
  if (external) return { adminUrl: external, stop: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'emporium-test-pg-'));
  // mkdtemp makes it 0700; PostgreSQL's own OS user (when tests run as root) must be able to enter it.
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'data'),
    port: await freePort(),
    database: 'postgres',
    serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  return {
    adminUrl: server.connectionString,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function templateName(sets: readonly MigrationSet[]): string {
  const hash = createHash('sha256');
  for (const set of sets) {
    hash.update(set.schema);
    for (const [name, migration] of Object.entries(set.migrations)) hash.update(name).update(String(migration.up));
  }
  return `emporium_tpl_${hash.digest('hex').slice(0, 16)}`;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once per migration content; concurrent callers wait on an advisory lock. */
async function ensureTemplate(adminUrl: string, sets: readonly MigrationSet[]): Promise<string> {
  const template = templateName(sets);
  await withAdmin(adminUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      // Build under another name and rename when complete, so a crash never leaves a half-migrated template.
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${quote(building)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quote(building)}`);
      const handle = createDatabase({ connectionString: databaseUrl(adminUrl, building), poolMax: 2 });
      try {
        await migrateToLatest(handle.db, sets);
      } finally {
        await handle.close();
      }
      await admin.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(template)}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

export interface TestDatabase extends DatabaseHandle {
  readonly name: string;
  readonly url: string;
  /** Closes the pool and drops the database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (or one test). */
export async function createTestDatabase(adminUrl: string, sets: readonly MigrationSet[], options: { poolMax?: number } = {}): Promise<TestDatabase> {
  const template = await ensureTemplate(adminUrl, sets);
  const name = `emporium_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, async (admin) => {
    // Two clones of one template at the same instant can collide ("source database is being accessed"): retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`);
        return;
      } catch (error) {
        if (pgErrorCode(error) !== PgErrorCode.objectInUse || attempt >= 50) throw error;
        await sleep(20 + Math.random() * 80);
      }
    }
  });
  const url = databaseUrl(adminUrl, name);
  const handle = createDatabase({ connectionString: url, poolMax: options.poolMax ?? 5 });
  return {
    ...handle,
    name,
    url,
    async destroy() {
      await handle.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test run's PostgreSQL server (see `setupTestPostgres`). */
    pgAdminUrl: string;
  }
}

/**
 * A Vitest global setup: starts (or finds) the test server once per run and hands its URL to test files,
 * which read it with `inject('pgAdminUrl')`. Re-export it from a project's `src/testing/global-setup.ts`.
 */
export async function setupTestPostgres(project: { provide(key: 'pgAdminUrl', value: string): void }): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  project.provide('pgAdminUrl', server.adminUrl);
  return () => server.stop();
}
