import { join } from 'node:path';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors, isRefusalLog } from './support/shop-in-browser';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const SHOPPER = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };
/** A curated demo SKU that gets demo stock at the main warehouse, and one the demo marks sold out. */
const SKU = 'STONEWARE-MUG';
const SOLD_OUT_SKU = 'CLASSIC-WHITE-TEE-XS';
/** The first of the demo SKUs in SKU order. */
const FIRST_SKU = 'BAMBOO-CUTTING-BOARD';

/** The whole number a cell shows first ("182 / 0" → 182). */
async function firstNumber(cell: Locator): Promise<number> {
  const match = /-?\d+/.exec(await cell.innerText());
  if (!match) throw new Error(`no number in "${await cell.innerText()}"`);
  return Number(match[0]);
}

describe('the inventory admin in a real browser', () => {
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
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await database?.destroy();
  });

  async function signInOverHttp(account: { email: string; password: string }) {
    const response = await page.context().request.post(`${api.url}/trpc/user.auth.login`, { data: account, headers: { origin: api.url } });
    expect(response.status()).toBe(200);
  }

  async function toast(text: string | RegExp) {
    await page.getByRole('region', { name: 'Notifications' }).getByText(text).first().waitFor();
  }

  /** The stock table's row of a SKU. */
  const stockRow = (sku: string) => page.getByRole('table', { name: /^Stock by SKU/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: sku, exact: true }) });

  /** On hand of the SKU page's levels table at a location ("Main warehouse"). */
  const onHandAt = (name: string) =>
    firstNumber(page.getByRole('table', { name: `Stock of ${SKU} by location` }).getByRole('row').filter({ hasText: name }).getByRole('cell').first());

  /** The SKU page's ledger rows, newest first. */
  const ledgerRows = () => page.getByRole('table', { name: `Movements of ${SKU}, newest first` }).locator('tbody tr');

  it('keeps stock per SKU and location: adjust, refusal, transfer, threshold and the alerts list', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/inventory`);
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Inventory' }).getAttribute('aria-current')).toBe('page');

    // The demo stock arrives with the catalog's `catalog.skus-registered` event, a moment after the API starts:
    // look again until the SKUs are there (each load is a fresh question to the API).
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
          await page.locator('main table, main .ui-empty-state').first().waitFor();
          return page.getByRole('rowheader', { name: FIRST_SKU, exact: true }).count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    const table = page.getByRole('table', { name: /^Stock by SKU/ });
    expect(await table.getByRole('columnheader', { name: /^MAIN/ }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: /^EAST/ }).count()).toBe(1);
    // The closed pop-up store has no column of its own.
    expect(await table.getByRole('columnheader', { name: /^POPUP/ }).count()).toBe(0);
    expect(await firstNumber(stockRow(FIRST_SKU).getByRole('cell').first())).toBeGreaterThan(0);
    await stockRow(SOLD_OUT_SKU).getByText('Out of stock').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory.png'), fullPage: true });
    // The demo catalog has more SKUs than a page holds: the mug is on the next one, with stock too.
    await page.getByRole('navigation', { name: 'Stock pages' }).getByRole('button', { name: 'Next' }).click();
    await stockRow(SKU).waitFor();
    expect(await firstNumber(stockRow(SKU).getByRole('cell').first())).toBeGreaterThan(0);

    // Search, then a quick adjustment from the table.
    await page.getByRole('searchbox', { name: 'Search SKUs' }).fill('stoneware');
    await page.waitForURL(/[?&]q=stoneware\b/);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const mainBefore = await firstNumber(stockRow(SKU).getByRole('cell').first());
    await page.getByRole('button', { name: `Adjust ${SKU}` }).click();
    const dialog = page.getByRole('dialog', { name: `Adjust ${SKU}` });
    await dialog.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Main warehouse (MAIN)' });
    await dialog.getByRole('combobox', { name: 'Change' }).selectOption('add');
    await dialog.getByRole('textbox', { name: 'Quantity' }).fill('5');
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption('received');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-adjust-dialog.png') });
    await dialog.getByRole('button', { name: 'Adjust stock' }).click();
    await toast(`${SKU}: ${mainBefore + 5} on hand at MAIN.`);
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => firstNumber(stockRow(SKU).getByRole('cell').first())).toBe(mainBefore + 5);

    // The SKU's own page: levels at every location, and the ledger.
    await page.getByRole('link', { name: SKU, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SKU }).waitFor();
    expect(await onHandAt('Main warehouse')).toBe(mainBefore + 5);
    // The closed store is listed too, with nothing there.
    expect(await onHandAt('Pop-up store')).toBe(0);
    await ledgerRows().first().waitFor();
    expect(await ledgerRows().first().innerText()).toMatch(/Adjustment\s+MAIN\s+\+5\s+0\s+/);

    // Adjust on the page: add 5, received.
    const adjust = page.getByRole('form', { name: `Adjust stock of ${SKU}` });
    await adjust.getByRole('combobox', { name: 'Location' }).selectOption({ label: 'Main warehouse (MAIN)' });
    await adjust.getByRole('combobox', { name: 'Change' }).selectOption('add');
    await adjust.getByRole('textbox', { name: 'Quantity' }).fill('5');
    await adjust.getByRole('combobox', { name: 'Reason' }).selectOption('received');
    await adjust.getByRole('textbox', { name: 'Note' }).fill('Pallet 12');
    await adjust.getByRole('button', { name: 'Adjust stock' }).click();
    await toast(`${SKU}: ${mainBefore + 10} on hand at MAIN.`);
    await expect.poll(() => onHandAt('Main warehouse')).toBe(mainBefore + 10);
    await expect.poll(() => ledgerRows().first().innerText()).toMatch(new RegExp(`Adjustment\\s+MAIN\\s+\\+5\\s+0\\s+${mainBefore + 10}\\s+0 reserved\\s+Received\\s+Pallet 12\\s+${ADMIN.email}`));

    // The browser checks the form with the API's schema before sending anything.
    await adjust.getByRole('textbox', { name: 'Quantity' }).fill('0');
    await adjust.getByRole('combobox', { name: 'Change' }).selectOption('remove');
    await adjust.getByRole('button', { name: 'Adjust stock' }).click();
    await adjust.getByText('Enter at least 1').waitFor();

    // Removing more than is on hand is refused, in the API's words, naming the level.
    await adjust.getByRole('textbox', { name: 'Quantity' }).fill('100000');
    await adjust.getByRole('combobox', { name: 'Reason' }).selectOption('damaged');
    await adjust.getByRole('button', { name: 'Adjust stock' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The stock at MAIN was not changed' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`On hand at this location is ${mainBefore + 10}; removing 100000 would make it negative`);
    expect(await onHandAt('Main warehouse')).toBe(mainBefore + 10);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-sku-refusal.png'), fullPage: true });

    // Transfer 20 to the east coast depot.
    const eastBefore = await onHandAt('East Coast depot');
    const transfer = page.getByRole('form', { name: `Transfer stock of ${SKU}` });
    await transfer.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Main warehouse (MAIN)' });
    await transfer.getByRole('combobox', { name: 'To' }).selectOption({ label: 'East Coast depot (EAST)' });
    await transfer.getByRole('textbox', { name: 'Units to move' }).fill('20');
    await transfer.getByRole('button', { name: 'Transfer stock' }).click();
    await toast(`Moved 20 of ${SKU} from MAIN to EAST.`);
    await expect.poll(() => onHandAt('East Coast depot')).toBe(eastBefore + 20);
    expect(await onHandAt('Main warehouse')).toBe(mainBefore - 10);
    const [newest, previous] = await ledgerRows().allInnerTexts();
    expect([newest, previous].join('\n')).toMatch(/Transfer in\s+EAST\s+\+20/);
    expect([newest, previous].join('\n')).toMatch(/Transfer out\s+MAIN\s+−20/);

    // A high low-stock threshold makes the SKU low on stock; it shows among the alerts.
    const policy = page.getByRole('form', { name: `Stock policy of ${SKU}` });
    await policy.getByRole('textbox', { name: 'Low-stock threshold' }).fill('1000');
    await policy.getByRole('button', { name: 'Save stock policy' }).click();
    await toast(`Stock policy of ${SKU} saved.`);
    await page.locator('.admin-page__meta').getByText('Low stock').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-sku.png'), fullPage: true });

    await page.getByRole('link', { name: 'Inventory', exact: true }).first().click();
    await page.getByRole('link', { name: 'Low-stock alerts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Low-stock alerts' }).waitFor();
    const alerts = page.getByRole('table', { name: /^Stock alerts/ });
    // The alert follows the policy change through the inventory's own event; the page looks again on its own.
    await alerts.getByRole('rowheader', { name: SKU, exact: true }).waitFor({ timeout: 30_000 });
    const statuses = await alerts.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    expect(statuses).toContain('Out of stock');
    expect(statuses.indexOf('Low stock')).toBeGreaterThan(statuses.lastIndexOf('Out of stock'));
    expect(await alerts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: SKU, exact: true }) }).innerText()).toMatch(/Low stock\s+\d+\s+1000/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-alerts.png'), fullPage: true });
    await alerts.getByRole('link', { name: SKU, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SKU }).waitFor();

    expect(consoleErrors.filter((error) => !isRefusalLog(error, 409))).toEqual([]);
  });

  it('lets an administrator add a location, with the form’s and the server’s checks at their fields', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${api.url}/admin/inventory/locations`);
    await page.getByRole('heading', { level: 1, name: 'Stock locations' }).waitFor();
    const locations = page.getByRole('table', { name: /^Stock locations/ });
    await locations.getByRole('rowheader', { name: /Main warehouse/ }).waitFor();

    await page.getByRole('button', { name: 'New location' }).click();
    const form = page.getByRole('form', { name: 'New location' });
    await form.getByRole('textbox', { name: 'Code', exact: true }).fill('main');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('North depot');
    await form.getByRole('textbox', { name: 'City' }).fill('Boston');
    await form.getByRole('textbox', { name: 'Country code' }).fill('USA');
    await form.getByRole('button', { name: 'Create location' }).click();
    // The schema the API uses, in the browser: nothing was sent.
    await form.getByText('Use a two-letter country code, like US').waitFor();

    await form.getByRole('textbox', { name: 'Country code' }).fill('us');
    await form.getByRole('button', { name: 'Create location' }).click();
    // A code in use comes back from the server at the Code field.
    await form.getByText('Another location already uses the code MAIN').waitFor();
    expect(await form.getByRole('textbox', { name: 'Code', exact: true }).getAttribute('aria-invalid')).toBe('true');

    await form.getByRole('textbox', { name: 'Code', exact: true }).fill('north');
    await form.getByRole('button', { name: 'Create location' }).click();
    await toast('Location NORTH created.');
    const north = locations.getByRole('row').filter({ hasText: 'North depot' });
    await north.waitFor();
    expect(await north.innerText()).toMatch(/North depot\s+NORTH\s+100\s+Active\s+0\s+0\s+0\s+Boston, US/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-locations.png'), fullPage: true });

    // The new active location gets a column in the stock table.
    await page.getByRole('link', { name: 'Inventory', exact: true }).first().click();
    await page.getByRole('table', { name: /^Stock by SKU/ }).getByRole('columnheader', { name: /^NORTH/ }).waitFor();
    expect(consoleErrors.filter((error) => !isRefusalLog(error, 400))).toEqual([]);
  });

  it('fits a phone: the stock table and the ledger scroll inside their boxes, not the page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInOverHttp(ADMIN);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(`${api.url}/admin/inventory?q=stoneware`);
    await page.getByRole('rowheader', { name: SKU, exact: true }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: `Adjust ${SKU}` }).click();
    await page.getByRole('dialog', { name: `Adjust ${SKU}` }).getByRole('textbox', { name: 'Quantity' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.goto(`${api.url}/admin/inventory/sku/${SKU}`);
    await page.getByRole('heading', { level: 1, name: SKU }).waitFor();
    await ledgerRows().first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-inventory-360-sku.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('shows staff who are not administrators the locations read-only', async () => {
    await signInOverHttp(ADMIN);
    const request = page.context().request;
    const found = await request.get(`${api.url}/trpc/user.admin.customers.list?input=${encodeURIComponent(JSON.stringify({ query: SHOPPER.email, limit: 5 }))}`, {
      headers: { origin: api.url },
    });
    expect(found.status()).toBe(200);
    const body = (await found.json()) as { result: { data: { items: Array<{ id: string; email: string }> } } };
    const shopper = body.result.data.items.find((item) => item.email === SHOPPER.email);
    if (!shopper) throw new Error('the demo shopper is missing');
    const promoted = await request.post(`${api.url}/trpc/user.admin.customers.setRole`, { data: { userId: shopper.id, role: 'staff' }, headers: { origin: api.url } });
    expect(promoted.status()).toBe(200);

    await signInOverHttp(SHOPPER);
    await page.goto(`${api.url}/admin/inventory/locations`);
    await page.getByRole('heading', { level: 1, name: 'Stock locations' }).waitFor();
    await page.getByRole('table', { name: /^Stock locations/ }).getByRole('rowheader', { name: /Main warehouse/ }).waitFor();
    await page.getByText('Only an administrator can add or change locations.').waitFor();
    expect(await page.getByRole('button', { name: 'New location' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
