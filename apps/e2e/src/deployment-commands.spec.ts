import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import pg from 'pg';
import { inject } from 'vitest';
import { API_BINARY, freePort, WORKSPACE_ROOT } from './support/api-process';

/** `node dist/apps/api/main.js <command>` with exactly this environment (plus PATH and HOME); output collected. */
function command(name: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [API_BINARY, name], { cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

/** The commands Kubernetes and the distributed run use besides `serve`. */
describe('deployment commands of the API binary', () => {
  let empty: TestDatabase;

  beforeAll(async () => {
    // No migration applied: what a migration Job finds on a new cluster.
    empty = await createTestDatabase(inject('pgAdminUrl'), []);
  });
  afterAll(async () => {
    await empty?.destroy();
  });

  it('wait-for-migrations: gives up naming what is pending, and exits 0 once the migration Job has run', async () => {
    const impatient = command('wait-for-migrations', { DATABASE_URL: empty.url, WAIT_FOR_MIGRATIONS_MS: '1000', LOG_LEVEL: 'warn' });
    expect(await impatient.exited).toBe(1);
    expect(impatient.output()).toMatch(/Emporium cannot start: migrations still pending after 1 s \(is the migration Job running\?\): .*catalog\//);

    // The init container waits while the Job migrates, then lets the API start.
    const waiting = command('wait-for-migrations', { DATABASE_URL: empty.url, LOG_LEVEL: 'info' });
    await expect.poll(() => waiting.output(), { timeout: 20_000 }).toContain('waiting for migrations');
    const migrate = command('migrate', { DATABASE_URL: empty.url, LOG_LEVEL: 'warn' });
    expect(await migrate.exited).toBe(0);
    expect(await waiting.exited).toBe(0);
    expect(waiting.output()).toContain('migrations are current');
  }, 60_000);

  it('database: starts the embedded PostgreSQL alone, prints its DATABASE_URL, and stops it on SIGTERM', async () => {
    const dataRoot = mkdtempSync(join(tmpdir(), 'emporium-e2e-database-command-'));
    chmodSync(dataRoot, 0o755);
    const port = await freePort();
    const database = command('database', { EMBEDDED_PG_DIR: join(dataRoot, 'pg'), EMBEDDED_PG_PORT: String(port), LOG_LEVEL: 'warn' });
    try {
      await expect.poll(() => database.output(), { timeout: 30_000 }).toMatch(/DATABASE_URL=postgres/);
      const url = /DATABASE_URL=(\S+)/.exec(database.output())?.[1] ?? '';
      expect(new URL(url).port).toBe(String(port));
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      database.child.kill('SIGTERM');
      expect(await database.exited).toBe(0);
      const after = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      await expect(after.connect()).rejects.toThrow();
    } finally {
      database.child.kill('SIGKILL');
      rmSync(dataRoot, { recursive: true, force: true });
    }
  }, 60_000);
});
