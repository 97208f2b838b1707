import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser } from './support/browser';
import { buyShipAndDeliver, type JourneyProviders, startJourneyProviders } from './support/journey';

/** The shopper's journey (support/journey.ts) against the built shop with every service in one process. */
describe('from search to "Delivered" in a real browser, every service in one process', () => {
  let database: TestDatabase;
  let providers: JourneyProviders;
  let api: ApiProcess;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    providers = await startJourneyProviders('journey');
    api = await startApiProcess({ DATABASE_URL: database.url, NODE_ENV: 'production', ...providers.env });
    providers.webhooksTo(api.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await providers?.close();
    await database?.destroy();
  });

  it('a guest buys with the bank check, staff ship it, and the guest sees it delivered', async () => {
    const errors: string[] = [];
    // The address the shop prints: the bank's check returns there, to this origin's cookies and tab storage.
    await buyShipAndDeliver({ label: 'one-process', browser, url: api.url.replace('127.0.0.1', 'localhost'), db: database.db, providers, errors });
    expect(errors).toEqual([]);
  }, 180_000);
});
