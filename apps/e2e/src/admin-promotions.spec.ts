import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './support/browser';
import { collectPageErrors, isRefusalLog, useShopInBrowser } from './support/shop-in-browser';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const SHOPPER = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };
const PROMOTION = 'Spring e2e';
/** One of the demo shop's own coupon codes, so taken. */
const DEMO_CODE = 'WELCOME10';

describe('promotions, coupon codes and tax in the admin, in a real browser', () => {
  const shop = useShopInBrowser();
  let page: Page;
  let consoleErrors: string[];
  let downloads: string;

  beforeAll(() => {
    downloads = mkdtempSync(join(tmpdir(), 'emporium-coupons-'));
  });
  beforeEach(async () => {
    consoleErrors = [];
    page = await shop.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    collectPageErrors(page, consoleErrors);
  });
  afterEach(() => page.close());
  afterAll(() => {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function signInOverHttp(account: { email: string; password: string }) {
    const response = await page.context().request.post(`${shop.api.url}/trpc/user.auth.login`, { data: account, headers: { origin: shop.api.url } });
    expect(response.status()).toBe(200);
  }

  /** A staff query over HTTP with the page's cookies, for what the API stored. */
  async function query<T>(path: string): Promise<T> {
    const response = await page.context().request.get(`${shop.api.url}/trpc/${path}`, { headers: { origin: shop.api.url } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { result: { data: T } }).result.data;
  }

  async function toast(text: string | RegExp) {
    await page.getByRole('region', { name: 'Notifications' }).getByText(text).first().waitFor();
  }

  const codesTable = () => page.getByRole('table', { name: new RegExp(`^Coupon codes of ${PROMOTION}`) });

  it('creates a percentage promotion with a code, generates a batch of 5 codes, lists and exports them', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${shop.api.url}/admin/promotions`);
    await page.getByRole('heading', { level: 1, name: 'Promotions' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Promotions' }).getAttribute('aria-current')).toBe('page');
    // The demo promotions, with their discounts in words.
    const list = page.getByRole('table', { name: /^Promotions/ });
    await list.getByRole('row').filter({ hasText: 'Welcome: 10 % off' }).getByText('10 % off', { exact: true }).waitFor();
    await list.getByRole('row').filter({ hasText: '5 off orders from 25' }).getByText(/USD 5\.00 off per order/).waitFor();

    await page.getByRole('link', { name: 'New promotion' }).click();
    await page.getByRole('heading', { level: 1, name: 'New promotion' }).waitFor();
    const form = page.getByRole('form', { name: 'New promotion' });
    // The API's schema in the browser: nothing is sent.
    await form.getByRole('textbox', { name: 'Percentage off' }).fill('12.555');
    await form.getByRole('button', { name: 'Create promotion' }).click();
    await form.getByText('Enter a name').waitFor();
    await form.getByText('Use at most 2 decimal places, like 7.25').waitFor();

    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(PROMOTION);
    await form.getByRole('textbox', { name: 'Percentage off' }).fill('12.5');
    await form.getByRole('textbox', { name: 'Total uses' }).fill('100');
    await form.getByRole('textbox', { name: 'Minimum subtotal in USD' }).fill('20');
    await form.getByRole('button', { name: 'Create promotion' }).click();
    await toast(`Promotion “${PROMOTION}” created.`);
    await page.getByRole('heading', { level: 1, name: PROMOTION }).waitFor();
    const meta = page.locator('.admin-page__meta');
    await meta.getByText('12.5 % off').waitFor();
    await meta.getByText('Used 0 / 100').waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const stored = await query<{ discount: unknown; minimumSubtotal: unknown; usageLimit: number }>(
      `cart.admin.promotions.get?input=${encodeURIComponent(JSON.stringify({ id }))}`,
    );
    expect(stored).toMatchObject({ discount: { kind: 'percentage', basisPoints: 1250 }, minimumSubtotal: { USD: 2000 }, usageLimit: 100 });

    // A code of its own; one the shop already uses is refused at the Code field, in the server's words.
    const addCode = page.getByRole('form', { name: 'Add a code' });
    await addCode.getByRole('textbox', { name: 'Code' }).fill(DEMO_CODE.toLowerCase());
    await addCode.getByRole('button', { name: 'Add code' }).click();
    await addCode.getByText(`The code ${DEMO_CODE} is already in use`).waitFor();
    await addCode.getByRole('textbox', { name: 'Code' }).fill('spring-e2e');
    await addCode.getByRole('button', { name: 'Add code' }).click();
    await toast('Code SPRING-E2E added.');
    await codesTable().getByRole('rowheader', { name: 'SPRING-E2E', exact: true }).waitFor();

    // A batch of 5 single-use codes, listed with the prefix, then downloaded as CSV.
    const batch = page.getByRole('form', { name: 'Generate a batch' });
    await batch.getByRole('textbox', { name: 'How many codes' }).fill('5');
    await batch.getByRole('textbox', { name: 'Prefix' }).fill('e2e');
    await batch.getByRole('button', { name: 'Generate' }).click();
    await batch.getByText('5 codes generated with the prefix E2E.').waitFor();
    await expect.poll(() => codesTable().locator('tbody tr').count()).toBe(6);
    const batchCodes = (await codesTable().getByRole('rowheader').allInnerTexts()).filter((code) => code.startsWith('E2E-'));
    expect(batchCodes).toHaveLength(5);
    for (const code of batchCodes) expect(code).toMatch(/^E2E-[A-HJ-NP-Z2-9]{8}$/);
    expect(await codesTable().getByRole('row').filter({ hasText: batchCodes[0] }).innerText()).toMatch(/0 \/ 1\s+Active\s+E2E/);
    await page.getByRole('navigation', { name: 'Coupon code pages' }).getByText('1–6 of 6').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), batch.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^coupons-E2E-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const [header, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(header).toBe('code,used,active');
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual([...batchCodes].sort());
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-promotion.png'), fullPage: true });

    // Searching the codes, and switching one off.
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('spring');
    await expect.poll(() => codesTable().locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Deactivate SPRING-E2E' }).click();
    await toast('Code SPRING-E2E deactivated.');
    await codesTable().getByRole('row').filter({ hasText: 'SPRING-E2E' }).getByText('Inactive').waitFor();

    // The list shows it with its discount, limits and codes.
    await page.getByRole('link', { name: 'Promotions', exact: true }).first().click();
    const row = page.getByRole('table', { name: /^Promotions/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: PROMOTION }) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Coupon code\s+12\.5 % off\s+No end date\s+Active\s+0 \/ 100\s+6/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-promotions.png'), fullPage: true });

    expect(consoleErrors.filter((error) => !isRefusalLog(error, 400))).toEqual([]);
  });

  it('edits a tax rate typed as a percent, stored in basis points', async () => {
    await signInOverHttp(ADMIN);
    await page.goto(`${shop.api.url}/admin/tax`);
    await page.getByRole('heading', { level: 1, name: 'Tax' }).waitFor();
    const regions = page.getByRole('table', { name: 'Tax rates by region and tax class' });
    const california = regions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^California/ }) });
    await california.waitFor();
    expect(await california.innerText()).toContain('7.25 %');

    await page.getByRole('button', { name: 'Edit California' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit California' });
    await dialog.getByRole('textbox', { name: 'Standard rate (%)' }).fill('8.255');
    await dialog.getByRole('button', { name: 'Save region' }).click();
    await dialog.getByText('Use at most 2 decimal places, like 7.25').waitFor();
    await dialog.getByRole('textbox', { name: 'Standard rate (%)' }).fill('8.25');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-tax-region.png') });
    await dialog.getByRole('button', { name: 'Save region' }).click();
    await toast('Tax rates of California saved.');
    await dialog.waitFor({ state: 'hidden' });
    await california.getByText('8.25 %').waitFor();

    const stored = await query<Array<{ region: string | null; rates: Array<{ taxClass: string; basisPoints: number }> }>>('cart.admin.tax.regions');
    const rates = stored.find((region) => region.region === 'CA')?.rates ?? [];
    expect(rates.find((rate) => rate.taxClass === 'standard')?.basisPoints).toBe(825);
    expect(rates.find((rate) => rate.taxClass === 'reduced')?.basisPoints).toBe(725);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'admin-tax.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('shows staff who are not administrators the tax set-up read-only', async () => {
    await signInOverHttp(ADMIN);
    const found = await query<{ items: Array<{ id: string; email: string }> }>(`user.admin.customers.list?input=${encodeURIComponent(JSON.stringify({ query: SHOPPER.email, limit: 5 }))}`);
    const shopper = found.items.find((item) => item.email === SHOPPER.email);
    if (!shopper) throw new Error('the demo shopper is missing');
    const promoted = await page.context().request.post(`${shop.api.url}/trpc/user.admin.customers.setRole`, { data: { userId: shopper.id, role: 'staff' }, headers: { origin: shop.api.url } });
    expect(promoted.status()).toBe(200);

    await signInOverHttp(SHOPPER);
    await page.goto(`${shop.api.url}/admin/tax`);
    await page.getByRole('table', { name: 'Tax rates by region and tax class' }).getByRole('rowheader', { name: /^California/ }).waitFor();
    await page.getByText('Only an administrator can change tax classes, rates and currency settings.').waitFor();
    for (const name of ['New region', 'New tax class', /^Edit /, /^Delete /]) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
