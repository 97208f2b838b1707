import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type SandboxCarrier, startSandboxCarrier } from '@emporium/sandbox-carrier';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser } from './support/browser';
import { collectPageErrors, isRefusalLog } from './support/shop-in-browser';
import { trpcCall } from './support/trpc-over-http';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const API_KEY = 'sk_test_e2e_tracking';
const SECRET = 'whsec_test_e2e_tracking';
const customer = { name: 'Grace Hopper', line1: '1 Navy Way', city: 'Arlington', region: 'VA', postalCode: '22202', country: 'US' };

interface ShipmentView {
  readonly id: string;
  readonly status: string;
  readonly parcels: ReadonlyArray<{ readonly trackingNumber: string | null }>;
}

describe('tracking a parcel the sandbox carrier delivered, in the shop and in the admin, in a real browser', () => {
  let database: TestDatabase;
  let carrier: SandboxCarrier;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    // The API's address is known only once it runs: the carrier starts without a webhook and is pointed at it after.
    carrier = await startSandboxCarrier({ apiKey: API_KEY, port: 0, timeline: { stepMs: 0 }, latencyMs: 0 });
    api = await startApiProcess({
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      SANDBOX_CARRIER_URL: carrier.url,
      SANDBOX_CARRIER_API_KEY: API_KEY,
      SANDBOX_CARRIER_WEBHOOK_SECRET: SECRET,
    });
    carrier.control.setWebhook({ url: `${api.url}/webhooks/shipping/sandbox`, secret: SECRET });
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
    await carrier?.stop();
    await database?.destroy();
  });

  const call = <T>(request: APIRequestContext, kind: 'query' | 'mutation', path: string, input: unknown) => trpcCall<T>(request, api.url, kind, path, input);

  /** Staff create a sandbox shipment and buy its label over HTTP (as the order service will); the carrier delivers it. */
  async function deliveredShipment(request: APIRequestContext, orderRef: string): Promise<{ id: string; trackingNumber: string }> {
    await call(request, 'mutation', 'user.auth.login', ADMIN);
    const locations = await call<Array<{ id: string; code: string }>>(request, 'query', 'inventory.admin.locations.list', {});
    const created = await call<ShipmentView>(request, 'mutation', 'shipping.admin.shipments.create', {
      orderRef,
      carrier: 'sandbox',
      service: 'ground',
      shipFromLocationId: locations.find((location) => location.code === 'MAIN')?.id,
      shipTo: customer,
      lines: [
        { lineId: 'l1', sku: 'MUG-STONE', title: 'Stoneware mug', quantity: 2, unitWeightGrams: 400 },
        { lineId: 'l2', sku: 'TEE-CLASSIC', title: 'Classic tee', quantity: 1, unitWeightGrams: 200 },
      ],
    });
    const bought = await call<ShipmentView>(request, 'mutation', 'shipping.admin.shipments.buyLabel', { shipmentId: created.id });
    const trackingNumber = bought.parcels[0]?.trackingNumber ?? '';
    expect(trackingNumber).toMatch(/^SBX\d{12}$/);
    const pushed = await carrier.control.deliver(trackingNumber);
    expect(pushed.map((result) => result.delivery?.statusCode)).toEqual([200, 200, 200]);
    await expect.poll(async () => (await call<ShipmentView>(request, 'query', 'shipping.admin.shipments.get', { id: created.id })).status).toBe('delivered');
    return { id: created.id, trackingNumber };
  }

  it('a shopper opens the link from the shipping e-mail and sees the parcel delivered with its journey, newest first', async () => {
    const { trackingNumber } = await deliveredShipment(page.context().request, 'ORD-E2E-TRACK-1');
    // The shopper has no session: a fresh context, as from an e-mail client.
    const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const shop = await shopper.newPage();
    shop.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    try {
      await shop.goto(`${api.url}/track?number=${trackingNumber}&postcode=${encodeURIComponent('22202')}`);
      await shop.getByRole('heading', { level: 1, name: 'Track a parcel' }).waitFor();
      expect(await shop.getByLabel('Tracking number').inputValue()).toBe(trackingNumber);
      expect(await shop.getByLabel('Postcode').inputValue()).toBe('22202');
      const status = shop.locator('.track-page__live');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await status.getByTestId('tracking-status').getByText('Delivered', { exact: true }).waitFor();
      const events = shop.getByRole('list', { name: 'Tracking events, newest first' }).getByRole('listitem');
      expect(await events.count()).toBe(4);
      expect(await events.locator('.tracking-timeline__status').allTextContents()).toEqual(['Delivered', 'Out for delivery', 'In transit', 'Ready to ship']);
      expect(await events.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      await shop.screenshot({ path: '/tmp/tracking-delivered.png', fullPage: true });

      // A wrong postcode answers like an unknown number: nothing says which of the two is wrong.
      await shop.getByLabel('Postcode').fill('94158');
      await shop.getByRole('button', { name: 'Track' }).click();
      await status.getByText('We couldn’t find a parcel with that tracking number and postcode', { exact: false }).waitFor();
      expect(shop.url()).toContain('postcode=94158');
      await shop.screenshot({ path: '/tmp/tracking-not-found.png', fullPage: true });

      // Both fields are required, each with its own message, before anything is asked.
      await shop.getByLabel('Tracking number').fill('');
      await shop.getByLabel('Postcode').fill('');
      await shop.getByRole('button', { name: 'Track' }).click();
      await shop.getByText('Enter the tracking number from your shipping e-mail', { exact: true }).waitFor();
      await shop.getByText('Enter the postcode the parcel is going to', { exact: true }).waitFor();
      expect(await shop.getByLabel('Tracking number').getAttribute('aria-invalid')).toBe('true');
      await shop.screenshot({ path: '/tmp/tracking-required.png', fullPage: true });

      // The footer links to the page.
      await shop.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Track a parcel' }).waitFor();
    } finally {
      await shopper.close();
    }
    expect(consoleErrors.filter((message) => !isRefusalLog(message, 404))).toEqual([]);
  });

  it('staff find the shipment in the admin list and see it delivered with its label, documents and timeline', async () => {
    const { id, trackingNumber } = await deliveredShipment(page.context().request, 'ORD-E2E-TRACK-2');
    await page.goto(`${api.url}/admin/shipments`);
    await page.getByRole('heading', { level: 1, name: 'Shipments' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Shipments' }).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('Status').selectOption('delivered');
    await page.getByLabel('Order reference').fill('ORD-E2E-TRACK-2');
    const list = page.getByRole('table', { name: /Shipments for order “ORD-E2E-TRACK-2”/ });
    await list.getByRole('link', { name: 'ORD-E2E-TRACK-2' }).waitFor();
    // The rows of the status-only filter stay (dimmed) until the search's arrive: only then is the other order gone.
    await expect.poll(() => list.getByRole('row').count()).toBe(2);
    await page.screenshot({ path: '/tmp/admin-shipments-list.png', fullPage: true });

    await list.getByRole('link', { name: 'ORD-E2E-TRACK-2' }).click();
    expect(page.url()).toBe(`${api.url}/admin/shipments/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Shipment ORD-E2E-TRACK-2' }).waitFor();
    await page.getByTestId('shipment-status').getByText('Delivered', { exact: true }).waitFor();
    await page.getByText(trackingNumber).waitFor();
    // Delivered: nothing more to do.
    for (const name of ['Buy label', 'Mark shipped', 'Cancel shipment']) expect(await page.getByRole('button', { name }).isDisabled()).toBe(true);
    expect(await page.getByRole('list', { name: 'Tracking events, newest first' }).getByRole('listitem').count()).toBe(4);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download label PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('label-ORD-E2E-TRACK-2.pdf');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'Print packing slip' }).waitFor();
    await page.screenshot({ path: '/tmp/admin-shipments-detail.png', fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('staff send part of a delivered shipment back: a return of its own, from the customer to the warehouse, with a RETURN label', async () => {
    const { id } = await deliveredShipment(page.context().request, 'ORD-E2E-RETURN');
    await page.goto(`${api.url}/admin/shipments/${id}`);
    await page.getByTestId('shipment-status').getByText('Delivered', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create return' }).click();
    const dialog = page.getByRole('dialog', { name: 'Return goods of ORD-E2E-RETURN' });
    // More than was shipped is refused in place, before anything is sent.
    await dialog.getByLabel('Stoneware mug (MUG-STONE)').fill('3');
    await dialog.getByRole('button', { name: 'Create return' }).click();
    await dialog.getByText('At most 2 can still be returned').waitFor();
    await dialog.getByLabel('Stoneware mug (MUG-STONE)').fill('1');
    await dialog.getByLabel('Reason (optional)').fill('Chipped rim');
    await dialog.getByRole('button', { name: 'Create return' }).click();

    await page.waitForURL((url) => url.pathname.startsWith('/admin/shipments/') && !url.pathname.endsWith(id));
    await page.getByText('Chipped rim').waitFor();
    const from = page.getByRole('region', { name: 'From the customer' });
    await from.getByText('Grace Hopper').waitFor();
    await page.getByRole('region', { name: 'Back to' }).getByText('Main warehouse').waitFor();
    await page.getByRole('button', { name: 'Buy label' }).click();
    await page.getByTestId('shipment-status').getByText('Label bought', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Create return' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/admin-shipment-return.png', fullPage: true });

    // The outbound shipment lists it, and only one mug is left to send back.
    await page.getByRole('link', { name: 'the outbound shipment' }).click();
    await page.getByRole('region', { name: 'Returns (1)' }).getByText('Label bought').waitFor();
    await page.getByRole('button', { name: 'Create return' }).click();
    await dialog.getByText('2 shipped · 1 can still be returned').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
