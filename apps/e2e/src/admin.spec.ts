import { join } from 'node:path';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors, isRefusalLog } from './support/shop-in-browser';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const SHOPPER = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };

describe('the admin area in a real browser', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    api = await startApiProcess({ DATABASE_URL: database.url, NODE_ENV: 'production' });
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    consoleErrors = [];
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    collectPageErrors(page, consoleErrors);
    // Deleting asks for confirmation in a native dialog.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.destroy();
  });

  /** Signs the page's browser in the way the SPA does: a JSON POST from the shop's origin; the cookie lands in the context. */
  async function signInOverHttp(account: { email: string; password: string }, shop: ApiProcess = api) {
    const response = await page.context().request.post(`${shop.url}/trpc/user.auth.login`, { data: account, headers: { origin: shop.url } });
    expect(response.status()).toBe(200);
  }

  /** The toast region announces outcomes; waits for one containing `text`. */
  async function toast(text: string | RegExp) {
    await page.getByRole('region', { name: 'Notifications' }).getByText(text).first().waitFor();
  }

  it('sends a signed-out visitor to sign in, and tells a signed-in customer the admin is for staff', async () => {
    await page.goto(`${api.url}/admin/products?status=draft`);
    await page.waitForURL(/\/account\/sign-in\?next=%2Fadmin%2Fproducts%3Fstatus%3Ddraft$/);

    // Sign in on the sign-in page the admin sent us to; it returns to the admin page asked for.
    const email = page.getByLabel(/e-?mail/i).first();
    const hasForm = await email.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (hasForm) {
      await email.fill(SHOPPER.email);
      await page.getByLabel('Password', { exact: true }).fill(SHOPPER.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(/\/admin\/products\?status=draft$/);
    } else {
      await signInOverHttp(SHOPPER);
      await page.goto(`${api.url}/admin/products?status=draft`);
    }
    await page.getByRole('heading', { level: 1, name: 'Staff only' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(SHOPPER.email);
    expect(await page.getByRole('navigation', { name: 'Admin' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-staff-only.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('lets the admin find a product, change its title and price, and shows the change in the shop', async () => {
    await signInOverHttp(ADMIN);
    // The admin opens on the dashboard; products are one click away in the admin menu.
    await page.goto(`${api.url}/admin`);
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Products' }).click();
    await page.waitForURL('**/admin/products');
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    expect(await page.getByRole('link', { name: 'Products' }).getAttribute('aria-current')).toBe('page');

    await page.getByRole('searchbox', { name: 'Search products' }).fill('skillet');
    await page.waitForURL(/[?&]q=skillet\b/);
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-products.png'), fullPage: true });
    await page.getByRole('link', { name: 'Cast Iron Skillet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cast Iron Skillet' }).waitFor();

    // The title, in the details form.
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Cast Iron Skillet Pro');
    await page.getByRole('button', { name: 'Save details' }).click();
    await toast('Product details saved.');
    await page.getByRole('heading', { level: 1, name: 'Cast Iron Skillet Pro' }).waitFor();

    // The price, in the variant's editor.
    await page.getByRole('button', { name: /^Edit CAST-IRON-SKILLET/ }).first().click();
    const editor = page.getByRole('group', { name: /^Edit variant / });
    await editor.getByRole('textbox', { name: 'Price in USD' }).fill('64.00');
    await editor.getByRole('form', { name: 'USD price' }).getByRole('button', { name: 'Save price' }).click();
    await toast(/USD price saved\./);
    await expect.poll(() => page.locator('main table').first().innerText()).toContain('$64.00');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-product-editor.png'), fullPage: true });

    // Shoppers see both changes at once.
    await page.goto(`${api.url}/products/cast-iron-skillet`);
    await page.getByRole('heading', { level: 1, name: 'Cast Iron Skillet Pro' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('$64.00');
    expect(consoleErrors).toEqual([]);
  });

  it('builds a new product from scratch: options, a second variant, images, a category, publishing and a collection', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/products`);
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Canvas Apron');
    expect(await page.getByRole('textbox', { name: 'Slug' }).inputValue()).toBe('canvas-apron');
    await page.getByRole('textbox', { name: 'SKU' }).fill('APRON-1');
    await page.getByRole('textbox', { name: 'Price (USD)' }).fill('29.00');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Canvas Apron' }).waitFor();
    await toast('Canvas Apron created as a draft.');

    const addOption = page.getByRole('form', { name: 'Add an option' });
    await addOption.getByRole('textbox', { name: 'Name' }).fill('Size');
    await addOption.getByRole('textbox', { name: 'Values' }).fill('S, M');
    await addOption.getByRole('button', { name: 'Add option' }).click();
    await toast(/Option Size added/);

    await page.getByRole('button', { name: 'Add variant' }).click();
    const addVariant = page.getByRole('form', { name: 'Add a variant' });
    await addVariant.getByRole('textbox', { name: 'SKU' }).fill('APRON-2');
    await addVariant.getByRole('combobox', { name: 'Size' }).selectOption('M');
    await addVariant.getByRole('textbox', { name: 'Price (USD)', exact: true }).fill('31.00');
    await addVariant.getByRole('button', { name: 'Add variant' }).click();
    await toast('Variant APRON-2 added.');
    await expect.poll(() => page.getByRole('table', { name: /^Variants of/ }).innerText()).toMatch(/APRON-2\s+Size: M\s+\$31\.00/);

    const addImage = page.getByRole('form', { name: 'Add an image' });
    for (const [url, alt] of [
      ['/media/demo/linen-summer-shirt.svg', 'Apron, front'],
      ['/media/demo/stoneware-mug.svg', 'Apron, back'],
    ] as const) {
      await addImage.getByRole('textbox', { name: 'Image URL' }).fill(url);
      await addImage.getByRole('textbox', { name: 'Description (alt text)' }).fill(alt);
      await addImage.getByRole('button', { name: 'Add image' }).click();
      await toast('Image added.');
      await addImage.getByRole('textbox', { name: 'Image URL' }).and(page.locator('[value=""]')).waitFor();
    }
    await page.getByRole('button', { name: 'Move image 2 up' }).click();
    await toast('Image order saved.');
    await expect.poll(() => page.getByRole('textbox', { name: 'Description (alt text) of image 1' }).inputValue()).toBe('Apron, back');

    await page.getByRole('checkbox', { name: 'Home › Kitchen', exact: true }).check();
    await page.getByRole('button', { name: 'Save categories' }).click();
    await toast('Categories saved.');

    await page.getByRole('button', { name: 'Publish' }).click();
    await toast('The product is now active.');

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Collections' }).click();
    await page.getByRole('link', { name: 'Kitchen essentials' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kitchen essentials' }).waitFor();
    await page.getByRole('searchbox', { name: 'Find products to add' }).fill('apron');
    await page.getByRole('button', { name: 'Add Canvas Apron' }).click();
    await page.getByRole('button', { name: 'Save products' }).click();
    await toast('Collection products saved.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-collection.png'), fullPage: true });

    await page.goto(`${api.url}/products/canvas-apron`);
    await page.getByRole('heading', { level: 1, name: 'Canvas Apron' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('$29.00');
    expect(consoleErrors).toEqual([]);
  });

  it('creates a category, and shows why a category with products cannot be deleted', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/categories`);
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    await page.getByRole('button', { name: 'New category' }).click();
    const form = page.getByRole('form', { name: 'New category' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Gift ideas');
    expect(await form.getByRole('textbox', { name: 'Slug' }).inputValue()).toBe('gift-ideas');
    await form.getByRole('button', { name: 'Create category' }).click();
    await toast('Category Gift ideas created.');
    const tree = page.getByRole('list', { name: 'Category tree' });
    await tree.locator('.admin-tree__name', { hasText: /^Gift ideas$/ }).waitFor();

    await page.getByRole('button', { name: 'Delete Clothing', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Clothing was not deleted' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/subcategories .* move them elsewhere first/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-categories.png'), fullPage: true });
    expect(consoleErrors.filter((error) => !isRefusalLog(error, 409))).toEqual([]);
  });

  it('reports the bad row and field of a CSV import and imports nothing', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'CSV import/export' }).waitFor();
    const csv = ['slug,title,sku,price_USD', 'gift-card-holder,Gift Card Holder,GIFT-HOLDER-1,12.00', 'Bad Slug!,Broken Row,BROKEN-1,9.00', ''].join('\n');
    await page.getByLabel('Product CSV file').setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('products.csv: 2 rows after the header.').waitFor();
    await page.getByRole('button', { name: 'Import products' }).click();

    const report = page.getByRole('table', { name: 'Problems in products.csv' });
    await report.waitFor();
    const cells = await report.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3', 'slug']);
    expect(await page.getByRole('alert').filter({ hasText: 'The file was not imported' }).innerText()).toMatch(/1 problem in 1 row\. Nothing was imported/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-csv-report.png'), fullPage: true });

    // The good row was not imported either.
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByRole('searchbox', { name: 'Search products' }).fill('gift-card-holder');
    await page.getByRole('heading', { name: 'No products match' }).waitFor();
    expect(consoleErrors.filter((error) => !isRefusalLog(error, 400))).toEqual([]);
  });

  it('shows a kept e-mail in the mailbox: its text with a clickable link, and its HTML in a sandboxed frame', async () => {
    const reset = await page.context().request.post(`${api.url}/trpc/user.auth.requestPasswordReset`, { data: { email: SHOPPER.email }, headers: { origin: api.url } });
    expect(reset.status()).toBe(200);
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/mailbox`);
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    await page.getByRole('searchbox', { name: 'Recipient' }).fill('shopper@');
    await page.waitForURL(/[?&]to=shopper%40/);
    await page.getByRole('link', { name: 'Reset your password' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(SHOPPER.email);

    const link = page.locator('.admin-mail-text a').first();
    expect(await link.getAttribute('href')).toMatch(/\/account\/reset-password#token=[a-z0-9]+$/);
    const frame = page.locator('iframe[title^="HTML part"]');
    expect(await frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    await page.frameLocator('iframe[title^="HTML part"]').getByRole('link', { name: 'Choose a new password' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-mailbox-message.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('lets an admin change a customer’s role, but not their own', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/customers`);
    await page.getByRole('link', { name: 'Demo Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Admin' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Role' }).isDisabled()).toBe(true);
    await page.getByText('You cannot change your own role; another administrator can.').waitFor();

    const nav = page.getByRole('navigation', { name: 'Admin' });
    await nav.getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('customer');
    await page.getByRole('link', { name: 'Demo Shopper' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Shopper' }).waitFor();
    const role = page.getByRole('combobox', { name: 'Role' });
    await role.selectOption('staff');
    await page.getByRole('button', { name: 'Change role' }).click();
    await toast(`${SHOPPER.email} is now staff.`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-customer.png'), fullPage: true });
    // And back, so the shopper stays a shopper for anything that runs after.
    await role.selectOption('customer');
    await page.getByRole('button', { name: 'Change role' }).click();
    await toast(`${SHOPPER.email} is now a customer.`);
    expect(consoleErrors).toEqual([]);
  });

  it('folds the navigation behind a menu button on a phone, without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/customers`);
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page.getByRole('link', { name: /Demo Shopper/ }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Admin' }).isVisible()).toBe(false);
    await menu.click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Mailbox' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-360-menu.png'), fullPage: true });
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    // The product editor too: wide tables scroll inside their own box.
    await page.goto(`${api.url}/admin/products?q=trail`);
    await page.getByRole('link', { name: 'Trail Running Shoes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trail Running Shoes' }).waitFor();
    await page.getByRole('button', { name: /^Edit TRAIL-RUNNING-SHOES/ }).first().click();
    await page.getByRole('group', { name: /^Edit variant / }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-360-editor.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  describe('with an SMTP server configured', () => {
    let smtpDatabase: TestDatabase;
    let smtpShop: ApiProcess;

    beforeAll(async () => {
      smtpDatabase = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
      // Nothing listens there: no e-mail is sent in this test, the setting only has to be present.
      smtpShop = await startApiProcess({ DATABASE_URL: smtpDatabase.url, NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9' });
    });
    afterAll(async () => {
      await smtpShop?.stop();
      await smtpDatabase?.destroy();
    });

    it('says the dev mailbox is off because e-mail goes out over SMTP', async () => {
      await signInOverHttp(ADMIN, smtpShop);
      await page.goto(`${smtpShop.url}/admin/mailbox`);
      await page.getByRole('heading', { name: 'E-mail is sent over SMTP' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      expect(consoleErrors.filter((error) => !isRefusalLog(error, 404))).toEqual([]);
    });
  });
});
