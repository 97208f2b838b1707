import { join } from 'node:path';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';

describe('the storefront in a real browser', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    api = await startApiProcess({ DATABASE_URL: database.url, NODE_ENV: 'production' });
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.destroy();
  });

  it('shows the seeded products on the home page, with images, titles and prices', async () => {
    await page.goto(api.url);
    await page.getByText('Classic White Tee').first().waitFor({ timeout: 15_000 });
    const productLinks = page.locator('main a[href^="/products/"]');
    expect(await productLinks.count()).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.locator('main img[src^="/media/demo/"]').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('main').innerText()).toMatch(/\$\d{1,3}(,\d{3})*\.\d{2}/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'home.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('opens a product page from the home page and survives a reload there', async () => {
    await page.goto(api.url);
    await page.locator('main a[href="/products/cast-iron-skillet"]').first().click();
    await page.waitForURL('**/products/cast-iron-skillet');
    await page.getByRole('heading', { level: 1, name: 'Cast Iron Skillet' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('$59.00');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cast Iron Skillet' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'product.png') });
  });

  it('pages through every product with "Show more"', async () => {
    await page.goto(`${api.url}/products`);
    await page.getByText('Bamboo Cutting Board').first().waitFor();
    const more = page.getByRole('button', { name: 'Show more' });
    while (await more.isVisible()) {
      const before = await page.locator('main a[href^="/products/"]').count();
      await more.click();
      await expect.poll(() => page.locator('main a[href^="/products/"]').count()).toBeGreaterThan(before);
    }
    const slugs = await page.locator('main a[href^="/products/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(slugs).size).toBe(24);
  });

  it('searches from the header box and says so when nothing matches', async () => {
    await page.goto(api.url);
    const box = page.getByRole('searchbox', { name: /search/i });
    await box.fill('linen');
    await box.press('Enter');
    await page.waitForURL('**/search?q=linen');
    await page.getByText('Linen Duvet Cover').first().waitFor();
    expect(await page.locator('main a[href^="/products/"]').count()).toBeGreaterThanOrEqual(2);
    await box.fill('zzzz-nothing');
    await box.press('Enter');
    await page.getByText(/Nothing matches/).waitFor();
  });

  it('shows a not-found page for an unknown product', async () => {
    await page.goto(`${api.url}/products/no-such-product`);
    await page.getByText(/not found|doesn.t exist|couldn.t find/i).first().waitFor();
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(api.url);
    await page.getByText('Classic White Tee').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'home-360.png'), fullPage: true });
  });

  it('can be used from the keyboard: the first Tab reaches a skip link to the content', async () => {
    await page.goto(api.url);
    await page.getByText('Classic White Tee').first().waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', href: document.activeElement?.getAttribute('href') }));
    expect(focused.text).toMatch(/skip/i);
    expect(focused.href).toMatch(/^#/);
  });
});
