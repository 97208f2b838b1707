import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
// The script under test is one of the repository's npm scripts (tools/scripts), not a library with a project of its own.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type DistributedShop, startDistributed } from '../../../tools/scripts/distributed.mjs';
import { launchBrowser } from './support/browser';
import { buyShipAndDeliver, type JourneyProviders, startJourneyProviders } from './support/journey';

/** A dead process on loopback refuses at once; anything near the 10 s call timeout would mean a hang. */
const FAST_MS = 1_000;

/**
 * The shop as `npm run start:distributed` runs it — every service and the worker in its own process, the storefront's
 * process the edge the browser talks to — through the whole shopper journey, and with one process killed and back.
 */
describe('every service in its own process', () => {
  let database: TestDatabase;
  let providers: JourneyProviders;
  let shop: DistributedShop;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    providers = await startJourneyProviders('distributed');
    const base = { PATH: process.env['PATH'], HOME: process.env['HOME'], PORT: '0', NODE_ENV: 'production', DEMO_CATALOG: 'curated', LOG_LEVEL: 'warn' };
    shop = await startDistributed({ env: { ...base, DATABASE_URL: database.url, ...providers.env } });
    // Providers post to the shop's one address; the edge passes each webhook on to the payment or shipping process.
    providers.webhooksTo(shop.edgeUrl);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await shop?.stop();
    await providers?.close();
    await database?.destroy();
  });

  /** A tRPC call through the edge, timed. */
  const call = async (path: string, init?: RequestInit) => {
    const started = performance.now();
    const response = await fetch(`${shop.edgeUrl}/trpc/${path}`, init);
    return { status: response.status, ms: performance.now() - started, body: (await response.json()) as { error?: { message: string; data: { code: string; reason?: string } } } };
  };

  it('runs each service in a process of its own', async () => {
    const mounted = await Promise.all(
      Object.values(shop.processes).map(async (entry) => {
        const metrics = await (await fetch(`${entry.url}/metrics`)).text();
        return [entry.name, /services="([^"]+)"/.exec(metrics)?.[1]];
      }),
    );
    expect(Object.fromEntries(mounted)).toEqual(Object.fromEntries(Object.keys(shop.processes).map((name) => [name, name])));
  });

  it('a guest buys with the bank check, staff ship it, and the guest sees it delivered', async () => {
    const errors: string[] = [];
    await buyShipAndDeliver({ label: 'distributed', browser, url: shop.url, db: database.db, providers, errors });
    expect(errors).toEqual([]);
  }, 240_000);

  it('with the catalog process dead, what needs it fails fast with a clear 503, the rest works, and all recovers when it is back', async () => {
    const catalog = shop.processes['catalog'];
    if (!catalog) throw new Error('no catalog process');
    await catalog.kill('SIGKILL');
    try {
      // Called directly (the edge cannot reach the owner) and through another service (the storefront's own call).
      for (const path of ['catalog.products.list?input=%7B%7D', 'storefront.home?input=%7B%7D']) {
        const answer = await call(path);
        expect(answer.status, path).toBe(503);
        expect(answer.ms, path).toBeLessThan(FAST_MS);
        expect(answer.body.error?.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DEPENDENCY_UNAVAILABLE' });
        expect(answer.body.error?.message).toMatch(/unavailable; please try again shortly/);
      }
      expect((await call('user.me')).status).toBe(200);

      // The shopper is told, in words, and offered another try.
      const page = await browser.newPage();
      await page.goto(`${shop.url}/search?q=mug`);
      await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 20_000 }).toMatch(/briefly unavailable/);
      await page.close();
    } finally {
      await catalog.start();
    }
    const recovered = await call('catalog.products.list?input=%7B%7D');
    expect(recovered.status).toBe(200);
    expect((await call('storefront.home?input=%7B%7D')).status).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${shop.url}/search?q=mug`);
    await page.getByRole('link', { name: /stoneware mug/i }).first().waitFor();
    await page.close();
  }, 120_000);

  it('with the user process dead, anonymous shoppers still browse, and signing in fails fast with 503 until it is back', async () => {
    const user = shop.processes['user'];
    if (!user) throw new Error('no user process');
    const login = () =>
      call('user.auth.login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: shop.url },
        body: JSON.stringify({ email: 'shopper@example.com', password: 'emporium-shopper-demo' }),
      });
    await user.kill('SIGKILL');
    try {
      // Services ask the user service about a caller only when the caller presents a session.
      expect((await call('catalog.products.list?input=%7B%7D')).status).toBe(200);
      expect((await call('storefront.home?input=%7B%7D')).status).toBe(200);
      const refused = await login();
      expect(refused.status).toBe(503);
      expect(refused.ms).toBeLessThan(FAST_MS);
      expect(refused.body.error?.message).toBe('The user service is unavailable; please try again shortly');
    } finally {
      await user.start();
    }
    expect((await login()).status).toBe(200);
  }, 60_000);
});
