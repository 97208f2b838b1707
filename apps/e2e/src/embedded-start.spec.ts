import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startApiProcess } from './support/api-process';

/** The README's start path: no DATABASE_URL, so the binary starts its own PostgreSQL, migrates and seeds. */
describe('starting with the embedded PostgreSQL', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'emporium-e2e-embedded-'));
  // mkdtemp makes a 0700 folder; as root, PostgreSQL's own OS user could not enter it and the data would move. Shared
  // and sticky like /tmp, which a data folder's parent may well be (EMBEDDED_PG_DIR=/tmp/shop).
  chmodSync(dataRoot, 0o1777);
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('starts, migrates, seeds, serves, and on restart keeps its data', async () => {
    // What `npm start` does on a fresh machine: the generated demo catalog of a few hundred products.
    const env = { EMBEDDED_PG_DIR: join(dataRoot, 'pg'), EMBEDDED_PG_PORT: String(await freePort()), NODE_ENV: 'production', DEMO_CATALOG: 'generated' };
    const first = await startApiProcess(env, { timeoutMs: 60_000 });
    try {
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
      const response = await fetch(`${first.url}/trpc/catalog.products.search?input=${encodeURIComponent(JSON.stringify({ limit: 100 }))}`);
      const { result } = (await response.json()) as { result: { data: { items: Array<{ image: { url: string } | null }>; total: number } } };
      expect(result.data.items).toHaveLength(100);
      expect(result.data.total).toBeGreaterThan(250);
      const image = result.data.items.find((item) => item.image)?.image?.url ?? '';
      expect((await fetch(`${first.url}${image}`)).headers.get('content-type')).toContain('image/svg+xml');
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startApiProcess({ ...env, LOG_LEVEL: 'info' }, { timeoutMs: 60_000 });
    try {
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      // Same data folder: nothing left to migrate, and no error on the way up. The JSON log is written
      // asynchronously, so it may trail the URL banner by a moment.
      await expect.poll(() => second.output(), { timeout: 5000 }).toContain('Emporium is up');
      expect(second.output()).not.toContain('migrations applied');
      expect(second.output()).not.toMatch(/"level":(50|60)/);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    // Starting took no permission away from the folder above the data (it once set /tmp to 0755).
    expect(statSync(dataRoot).mode & 0o7777).toBe(0o1777);
    // The embedded server stopped with the API: its port is free again.
    const probe = await fetch(`http://127.0.0.1:${env.EMBEDDED_PG_PORT}`).catch((error: Error) => error);
    expect(probe).toBeInstanceOf(Error);
  });

  it('recovers the database an API killed with SIGKILL left running, and refuses to share it with a live one', async () => {
    const env = { EMBEDDED_PG_DIR: join(dataRoot, 'pg-killed'), EMBEDDED_PG_PORT: String(await freePort()) };
    const killed = await startApiProcess(env, { timeoutMs: 60_000 });
    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.once('exit', resolve));

    const next = await startApiProcess(env, { timeoutMs: 60_000 });
    try {
      expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
      const rival = startApiProcess(env, { timeoutMs: 20_000 });
      await expect(rival).rejects.toThrow(/Another running Emporium \(pid \d+\) is using the embedded database/);
      expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
    } finally {
      expect(await next.stop()).toBe(0);
    }
  });

  it('stays up when its database dies: 503 with a reason, readiness fails, liveness holds', async () => {
    const env = { EMBEDDED_PG_DIR: join(dataRoot, 'pg-crash'), EMBEDDED_PG_PORT: String(await freePort()) };
    const api = await startApiProcess(env, { timeoutMs: 60_000 });
    try {
      const postmasterPid = Number(readFileSync(join(env.EMBEDDED_PG_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(postmasterPid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));

      const response = await fetch(`${api.url}/trpc/storefront.home`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { data: { reason: string } } }).error.data.reason).toBe('DATABASE_UNAVAILABLE');
      expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect(api.child.exitCode).toBeNull();
    } finally {
      await api.stop();
    }
  });

  it('starts even when PostgreSQL\'s own OS user cannot reach the data folder (run as root under a private home)', async () => {
    const privateHome = join(dataRoot, 'private-home');
    mkdirSync(privateHome, { mode: 0o700 });
    chmodSync(privateHome, 0o700);
    const env = { EMBEDDED_PG_DIR: join(privateHome, 'pg'), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'debug' };
    const api = await startApiProcess(env, { timeoutMs: 60_000 });
    try {
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      const asRoot = process.getuid?.() === 0;
      await expect.poll(() => api.output().includes('is not reachable by the postgres user'), { timeout: 5000 }).toBe(asRoot);
    } finally {
      expect(await api.stop()).toBe(0);
      const moved = /using (\S+emporium-pg-[0-9a-f]+)\/data/.exec(api.output())?.[1];
      if (moved) rmSync(moved, { recursive: true, force: true });
    }
  });
});
