import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './api-process';
import { launchBrowser } from './browser';

/** The shop a browser spec drives; its fields are set by `beforeAll` and are undefined outside tests. */
export interface ShopInBrowser {
  database: TestDatabase;
  api: ApiProcess;
  browser: Browser;
}

/**
 * Registers beforeAll/afterAll hooks: a fresh, migrated database, the built API on it (production mode, so it serves
 * the built SPA and seeds the demo shop), and Chromium — stopped in reverse order.
 */
export function useShopInBrowser(env: Record<string, string> = {}): ShopInBrowser {
  const shop = {} as ShopInBrowser;
  beforeAll(async () => {
    shop.database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    shop.api = await startApiProcess({ DATABASE_URL: shop.database.url, NODE_ENV: 'production', ...env });
    shop.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shop.browser?.close();
    await shop.api?.stop();
    await shop.database?.destroy();
  });
  return shop;
}

/** Keeps the page's console errors and uncaught exceptions in `errors` (a spec then expects none it did not cause). */
export function collectPageErrors(page: Page, errors: string[], options: { withUrl?: boolean } = {}): void {
  const at = (text: string) => (options.withUrl ? `${page.url()}: ${text}` : text);
  page.on('console', (message) => message.type() === 'error' && errors.push(at(message.text())));
  page.on('pageerror', (error) => errors.push(at(error.message)));
}

/** Chromium logs every 4xx response as a console error; a refusal a spec provokes on purpose is expected. */
export function isRefusalLog(message: string, status: number): boolean {
  return message.startsWith(`Failed to load resource: the server responded with a status of ${status} `);
}
