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

  it('pages through every product with "Load more"', async () => {
    await page.goto(`${api.url}/products`);
    await page.locator('main a[href^="/products/"]').first().waitFor();
    const more = page.getByRole('button', { name: 'Load more' });
    while (await more.isVisible()) {
      const before = await page.locator('main a[href^="/products/"]').count();
      await more.click();
      await expect.poll(() => page.locator('main a[href^="/products/"]').count()).toBeGreaterThan(before);
    }
    const slugs = await page.locator('main a[href^="/products/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(slugs).size).toBe(24);
    // How far the shopper loaded is in the URL, so a reload shows the same products.
    expect(page.url()).toMatch(/[?&]page=2/);
    await page.reload();
    await expect.poll(() => page.locator('main a[href^="/products/"]').count()).toBe(24);
  });

  it('searches from the header box and says so when nothing matches', async () => {
    await page.goto(api.url);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('linen');
    await box.press('Enter');
    await page.waitForURL('**/search?q=linen');
    await page.getByText('Linen Duvet Cover').first().waitFor();
    expect(await page.locator('main a[href^="/products/"]').count()).toBeGreaterThanOrEqual(2);
    await box.fill('zzzz-nothing');
    await box.press('Enter');
    await page.getByText(/Nothing matches/).waitFor();
  });

  it('finds a product despite a typo, narrows it by facets, picks a variant, and the filtered listing survives Back and reload', async () => {
    await page.goto(api.url);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('sheos');
    await box.press('Enter');
    await page.waitForURL('**/search?q=sheos');
    await page.getByText('Showing results for “shoes” — no matches for “sheos”').waitFor();
    await page.locator('main mark', { hasText: /^Shoes$/ }).first().waitFor();

    // Narrow by two facets; each lands in the URL.
    await page.getByRole('checkbox', { name: /^Stride\b/ }).check();
    await page.waitForURL(/[?&]brand=stride\b/);
    await page.getByRole('checkbox', { name: /^42\b/ }).check();
    await page.waitForURL(/[?&]opt\.Size=42\b/);
    await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    const listingUrl = page.url();
    const listed = () => page.locator('main a[href^="/products/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort());
    const filteredProducts = await listed();
    expect(filteredProducts).toEqual(['/products/everyday-sneakers', '/products/trail-running-shoes']);
    expect(await page.getByRole('status').filter({ hasText: /^\d+ products?$/ }).innerText()).toBe('2 products');

    // Open one and pick a size: the choice is in the URL and survives a reload.
    await page.getByRole('link', { name: 'Trail Running Shoes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trail Running Shoes' }).waitFor();
    expect(await page.getByRole('radio', { name: /^45/ }).getAttribute('disabled')).toBeNull();
    expect(await page.getByRole('radio', { name: /^45 \(sold out\)/ }).count()).toBe(1);
    await page.getByRole('radio', { name: /^43\b/ }).check();
    await page.waitForURL('**/products/trail-running-shoes?variant=TRAIL-RUNNING-SHOES-43');
    await page.getByText('TRAIL-RUNNING-SHOES-43').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Trail Running Shoes' }).waitFor();
    expect(await page.getByRole('radio', { name: /^43\b/ }).isChecked()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('In stock');

    // Back returns to the filtered listing, and reloading that URL reproduces it.
    await page.goBack();
    await page.waitForURL(listingUrl);
    await page.reload();
    await page.getByText('Showing results for “shoes” — no matches for “sheos”').waitFor();
    await expect.poll(listed).toEqual(filteredProducts);
    expect(await page.getByRole('checkbox', { name: /^Stride\b/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^42\b/ }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-filtered.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('suggests products and categories under the search box, usable with the keyboard', async () => {
    await page.goto(api.url);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.click();
    await page.keyboard.type('line');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[role="option"][aria-selected="true"]');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    const chosen = (await active.innerText()).split('\n')[0] ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(products|c)\//);
    await page.getByRole('heading', { level: 1, name: chosen }).waitFor();
  });

  it('filters a category from a phone, in a dialog', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${api.url}/c/clothing`);
    await page.getByRole('heading', { level: 1, name: 'Clothing' }).waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await dialog.getByRole('checkbox', { name: /^Northfield\b/ }).check();
    await page.waitForURL(/[?&]brand=northfield\b/);
    await dialog.getByRole('button', { name: /^Show \d+ products?$/ }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Filters (1)' }).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'category-360.png'), fullPage: true });
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
