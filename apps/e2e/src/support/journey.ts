import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@emporium/platform-db';
import { type SandboxCarrier, startSandboxCarrier } from '@emporium/sandbox-carrier';
import { startTestGateway, type TestGateway } from '@emporium/test-gateway';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser';
import { collectPageErrors } from './shop-in-browser';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
/** The test gateway's card that asks for the bank's check (3-D Secure-like). */
const CHALLENGE_CARD = '4000 0000 0000 3220';

/** The outside providers a journey needs — the test gateway and the sandbox carrier — and the shop's settings for them. */
export interface JourneyProviders {
  readonly gateway: TestGateway;
  readonly carrier: SandboxCarrier;
  /** TEST_GATEWAY_* and SANDBOX_CARRIER_* for the shop's processes. */
  readonly env: Record<string, string>;
  /** Points both providers' webhooks at the shop (its payment and shipping routes under `baseUrl`). */
  webhooksTo(baseUrl: string): void;
  close(): Promise<void>;
}

export async function startJourneyProviders(name: string): Promise<JourneyProviders> {
  const keys = { secretKey: `sk_test_e2e_${name}`, publishableKey: `pk_test_e2e_${name}`, webhookSecret: `whsec_test_e2e_${name}` };
  const carrierKeys = { apiKey: `sk_test_e2e_${name}_carrier`, webhookSecret: `whsec_test_e2e_${name}_carrier` };
  const gateway = await startTestGateway({ secretKey: keys.secretKey, publishableKey: keys.publishableKey, port: 0 });
  const carrier = await startSandboxCarrier({ apiKey: carrierKeys.apiKey, port: 0, timeline: { stepMs: 0 }, latencyMs: 0 });
  return {
    gateway,
    carrier,
    env: {
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: keys.secretKey,
      TEST_GATEWAY_PUBLISHABLE_KEY: keys.publishableKey,
      TEST_GATEWAY_WEBHOOK_SECRET: keys.webhookSecret,
      SANDBOX_CARRIER_URL: carrier.url,
      SANDBOX_CARRIER_API_KEY: carrierKeys.apiKey,
      SANDBOX_CARRIER_WEBHOOK_SECRET: carrierKeys.webhookSecret,
    },
    webhooksTo(baseUrl) {
      gateway.control.setWebhook({ url: `${baseUrl}/webhooks/payment/test-gateway`, secret: keys.webhookSecret });
      carrier.control.setWebhook({ url: `${baseUrl}/webhooks/shipping/sandbox`, secret: carrierKeys.webhookSecret });
    },
    async close() {
      await carrier.stop();
      await gateway.close();
    },
  };
}

export interface JourneyShop {
  /** Names the screenshots (`journey-<label>-1-cart.png`). */
  readonly label: string;
  readonly browser: Browser;
  /** The address the shop prints (the bank's check returns there). */
  readonly url: string;
  readonly db: Database;
  readonly providers: JourneyProviders;
  /** Console errors and failed requests of every page, collected. */
  readonly errors: string[];
}

/**
 * The whole journey in a real browser against a running shop, whatever its topology: a guest searches, adds to the
 * cart and checks out paying with a card that needs the bank's check; staff fulfil the order and download its label;
 * the sandbox carrier delivers; the shopper sees "Delivered" on their order page.
 */
export async function buyShipAndDeliver(shop: JourneyShop): Promise<void> {
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `journey-${shop.label}-${name}.png`), fullPage: true });
  const shopper = await shop.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await shopper.newPage();
  collectPageErrors(page, shop.errors, { withUrl: true });

  // Search and add to the cart, at the address the shop prints (the bank's check returns there: its cookies and
  // this tab's storage belong to that origin).
  await page.goto(shop.url);
  const search = page.getByRole('combobox', { name: 'Search products' });
  await search.fill('stoneware mug');
  await search.press('Enter');
  await page.waitForURL(/\/search\?/);
  await page.getByRole('link', { name: /stoneware mug/i }).first().click();
  await page.getByRole('button', { name: /add to cart/i }).click();
  await page.getByRole('link', { name: /cart/i }).first().click();
  await page.waitForURL(/\/cart$/);
  await shot(page, '1-cart');
  await page.getByRole('link', { name: /checkout/i }).first().click();
  await page.waitForURL(/\/checkout/);

  // Contact and address as a guest.
  await page.getByLabel('E-mail address').fill('grace@example.com');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByLabel('Address', { exact: true }).fill('1 Navy Way');
  await page.getByLabel('Town or city').fill('Arlington');
  const region = page.getByLabel(/^State/);
  if ((await region.evaluate((element) => element.tagName)) === 'SELECT') await region.selectOption('VA');
  else await region.fill('VA');
  await page.getByLabel(/ZIP|Postcode/).fill('22202');
  await shot(page, '2-address');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Delivery: the cheapest option, then the review with the server's totals.
  await page.getByRole('radio').first().check();
  await shot(page, '3-delivery');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
  await shot(page, '4-review');
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  // Pay with the card that needs the bank's check, and come back.
  const form = page.frameLocator('iframe[title="Card details"]');
  await form.getByLabel('Card number').fill(CHALLENGE_CARD);
  await form.getByLabel('Expiry date (MM/YY)').fill('12/34');
  await form.getByLabel('Security code').fill('123');
  await shot(page, '5-payment');
  await form.getByRole('button', { name: 'Use this card' }).click();
  await page.waitForURL((url) => url.href.startsWith(`${shop.providers.gateway.url}/challenge/`));
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await page.waitForURL(/\/checkout\/confirmation\//, { timeout: 30_000 });
  const confirmation = page.getByRole('main');
  await confirmation.getByText(/\d+-\d/).first().waitFor();
  await shot(page, '6-confirmation');
  const orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const order = (await sql<{ number: string; grand_total: string; payment_id: string }>`SELECT number, grand_total, payment_id FROM "order".orders WHERE id = ${orderId}::uuid`.execute(shop.db)).rows[0];
  expect(order?.number).toMatch(/^\d+-\d$/);
  expect(await confirmation.innerText()).toContain(order?.number ?? '?');
  const payment = (await sql<{ status: string; amount: string }>`SELECT status, amount FROM payment.payment WHERE id = ${order?.payment_id ?? ''}::uuid`.execute(shop.db)).rows[0];
  expect(payment).toEqual({ status: 'authorized', amount: order?.grand_total });

  // Staff fulfil it and download the label.
  const staff = await shop.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const admin = await staff.newPage();
  collectPageErrors(admin, shop.errors, { withUrl: true });
  const login = await staff.request.post(`${shop.url}/trpc/user.auth.login`, { data: ADMIN, headers: { origin: shop.url } });
  expect(login.status()).toBe(200);
  await admin.goto(`${shop.url}/admin/orders`);
  await admin.getByRole('link', { name: order?.number ?? '?' }).click();
  await admin.getByRole('button', { name: 'Fulfil' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('Ship from').selectOption({ index: 1 });
  await shot(admin, '7-fulfil');
  await dialog.getByRole('button', { name: 'Fulfil', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Download label' }).first().click();
  const label = await download;
  const labelPath = join(SCREENSHOT_DIR, `journey-${shop.label}-label.pdf`);
  await label.saveAs(labelPath);
  expect(readFileSync(labelPath).subarray(0, 5).toString()).toBe('%PDF-');
  await shot(admin, '8-fulfilled');

  // The carrier delivers; the guest's order page says so.
  const tracking = (await sql<{ tracking_number: string }>`SELECT tracking_number FROM "order".fulfilment WHERE order_id = ${orderId}::uuid`.execute(shop.db)).rows[0]?.tracking_number ?? '';
  expect(tracking).toMatch(/^SBX\d{12}$/);
  await shop.providers.carrier.control.deliver(tracking);
  // The confirmation's link carries the guest's key in the fragment (never sent to a server log).
  const orderLink = await page.getByRole('link', { name: 'View your order' }).getAttribute('href');
  expect(orderLink).toMatch(new RegExp(`^/orders/${orderId}#.+`));
  // A worker in another process may handle the carrier's events a moment later: reload (a second goto to the same
  // URL with a fragment would not even fetch again) until the page says so.
  await page.goto(`${shop.url}${orderLink}`);
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: /Order 1\d+-\d/ }).waitFor();
        return page.getByText('Delivered', { exact: true }).count();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBeGreaterThan(0);
  await shot(page, '9-delivered');
}
