import type { TestDatabase } from '@emporium/platform-db/testing';
import type { TestGateway } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { type APIRequestContext, type Browser, type BrowserContext, type Page, request as playwrightRequest } from 'playwright-core';
import type { ApiProcess } from './support/api-process';
import { launchBrowser } from './support/browser';
import { ADMIN, type PaymentShop, startPaymentShop } from './support/payment-shop';
import { collectPageErrors, isRefusalLog } from './support/shop-in-browser';
const CARDS = { success: '4242 4242 4242 4242', declined: '4000 0000 0000 0002', threeDSecure: '4000 0000 0000 3220' };
const CARD_DIGITS = Object.values(CARDS).map((number) => number.replace(/\s/g, ''));

interface Link {
  readonly paymentId: string;
  readonly url: string;
}

describe('paying a payment link in a real browser, the card typed only into the test gateway’s hosted form', () => {
  let shop: PaymentShop;
  let database: TestDatabase;
  let gateway: TestGateway;
  let api: ApiProcess;
  let staff: APIRequestContext;
  let browser: Browser;
  let shopper: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    // A lost answer is held for 3 s, longer than the API waits (PAYMENT_GATEWAY_TIMEOUT_MS), then dropped. Everything
    // the API logs is searched for card numbers at the end, so it logs every request.
    shop = await startPaymentShop('payment_link', { gateway: { hangMs: 3_000 }, env: { LOG_LEVEL: 'info', PAYMENT_GATEWAY_TIMEOUT_MS: '1500' } });
    ({ database, gateway, api } = shop);
    staff = await playwrightRequest.newContext({ baseURL: api.url, extraHTTPHeaders: { origin: api.url } });
    const login = await staff.post('/trpc/user.auth.login', { data: ADMIN });
    expect(login.status()).toBe(200);
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    consoleErrors = [];
    // A shopper has no session: a fresh context, as from an e-mail client.
    shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await shopper.newPage();
    collectPageErrors(page, consoleErrors, { withUrl: true });
  });
  afterEach(() => shopper.close());
  afterAll(async () => {
    await browser?.close();
    await staff?.dispose();
    await shop?.stop();
  });

  /** Staff create the link over HTTP, as the admin does: the client secret travels in its fragment. */
  async function createLink(reference: string, amount: number): Promise<Link> {
    const response = await staff.post('/trpc/payment.admin.createLink', { data: { amount, currency: 'USD', reference } });
    const body = (await response.json()) as { result?: { data: Link } };
    if (response.status() !== 200 || !body.result) throw new Error(`createLink answered ${response.status()}: ${JSON.stringify(body)}`);
    expect(body.result.data.url).toMatch(new RegExp(`/pay/${body.result.data.paymentId}#pay_secret_[A-Za-z0-9_-]+$`));
    return body.result.data;
  }

  /** Types a card into the gateway's form inside the iframe: our page's own script never sees the number. */
  async function payWithCard(shop: Page, number: string): Promise<void> {
    const form = shop.frameLocator('iframe[title="Card details"]');
    await form.getByLabel('Card number').fill(number);
    await form.getByLabel('Expiry date (MM/YY)').fill('12/34');
    await form.getByLabel('Security code').fill('123');
    await form.getByRole('button', { name: 'Use this card' }).click();
  }

  async function statusOf(paymentId: string): Promise<string | undefined> {
    const rows = await sql<{ status: string }>`SELECT status FROM payment.payment WHERE id = ${paymentId}::uuid`.execute(database.db);
    return rows.rows[0]?.status;
  }

  it('a declined card says why and lets the shopper try another, which pays', async () => {
    const link = await createLink('PHONE-ORDER-1001', 2400);
    await page.goto(link.url);
    await page.getByRole('heading', { level: 1, name: 'Pay PHONE-ORDER-1001' }).waitFor();
    // The secret is taken out of the address bar as soon as the page has it.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe(`/pay/${link.paymentId}`);
    const step = page.getByRole('region', { name: 'Payment' });
    await step.getByText('$24.00').waitFor();
    const frame = page.locator('iframe[title="Card details"]');
    expect(new URL((await frame.getAttribute('src')) ?? '').origin).toBe(gateway.url);
    // The form fits its frame: no inner scrollbar hides the button.
    await page.frameLocator('iframe[title="Card details"]').getByRole('button', { name: 'Use this card' }).waitFor();
    const cardForm = await (await frame.elementHandle())?.contentFrame();
    expect(await cardForm?.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight)).toBe(true);
    await page.screenshot({ path: '/tmp/payment-link-form.png', fullPage: true });

    await payWithCard(page, CARDS.declined);
    const alert = step.getByRole('alert');
    await alert.getByText('Your card was declined. Try another card, or ask your bank why.').waitFor();
    // Focus moves to the decline, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await statusOf(link.paymentId)).toBe('requires_payment_method');
    await page.screenshot({ path: '/tmp/payment-link-declined.png', fullPage: true });

    await payWithCard(page, CARDS.success);
    const received = page.getByRole('heading', { name: 'Payment received — $24.00, Visa ·· 4242' });
    await received.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Payment received — $24.00, Visa ·· 4242');
    expect(await statusOf(link.paymentId)).toBe('authorized');
    // The payment records the card that paid, not the one declined before it.
    const card = await sql<{ last4: string }>`SELECT card->>'last4' AS last4 FROM payment.payment WHERE id = ${link.paymentId}::uuid`.execute(database.db);
    expect(card.rows[0]?.last4).toBe('4242');
    await page.screenshot({ path: '/tmp/payment-link-paid.png', fullPage: true });

    // Opened again later in the same tab session (the secret is kept for it), the link shows the payment made.
    await page.goto(`${new URL(link.url).origin}/pay/${link.paymentId}`);
    await received.waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('a card that needs the bank’s check goes to the challenge page and comes back paid', async () => {
    const link = await createLink('DEPOSIT-2002', 15_000);
    await page.goto(link.url);
    await page.getByRole('heading', { level: 1, name: 'Pay DEPOSIT-2002' }).waitFor();
    await payWithCard(page, CARDS.threeDSecure);

    await page.waitForURL((url) => url.href.startsWith(`${gateway.url}/challenge/`));
    await page.getByRole('heading', { name: 'Confirm your payment' }).waitFor();
    expect(await statusOf(link.paymentId)).toBe('requires_action');
    await page.screenshot({ path: '/tmp/payment-link-challenge.png', fullPage: true });
    await page.getByRole('button', { name: 'Complete authentication' }).click();

    // Back at the return URL, which carries no secret: the page finds it in this tab's session and confirms.
    await page.waitForURL((url) => url.pathname === `/pay/${link.paymentId}`);
    await page.getByRole('heading', { name: 'Payment received — $150.00, Visa ·· 3220' }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await statusOf(link.paymentId)).toBe('authorized');
    await page.screenshot({ path: '/tmp/payment-link-after-challenge.png', fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('when the gateway’s answer is lost the page shows “Processing…” and polls until the webhook settles it as paid', { timeout: 90_000 }, async () => {
    const link = await createLink('PHONE-ORDER-4004', 3100);
    await page.goto(link.url);
    await page.getByRole('heading', { level: 1, name: 'Pay PHONE-ORDER-4004' }).waitFor();
    // The gateway authorises but its answer never arrives, reading the intent back times out too, and the webhook
    // that would tell the API is held: the API answers PAYMENT_PENDING and the outcome stays open.
    gateway.control.pauseWebhooks();
    gateway.control.failNext({ next: 1, mode: 'succeed_then_timeout', path: '/v1/payment_intents/*/confirm' });
    gateway.control.failNext({ next: 50, mode: 'timeout', path: '/v1/payment_intents/*/confirm' });
    gateway.control.failNext({ next: 50, mode: 'timeout', path: '/v1/payment_intents/*' });
    await payWithCard(page, CARDS.success);
    const live = page.getByRole('region', { name: 'Payment' }).getByRole('status');
    await live.getByText('Processing…').waitFor();
    // The API retries the call and reads the intent back before it gives up with PAYMENT_PENDING (503).
    await expect.poll(() => consoleErrors.some((message) => message.includes('status of 503')), { timeout: 40_000 }).toBe(true);
    // Still processing a moment later: the page keeps asking rather than showing a failure, and says not to pay again.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
    await live.getByText('Processing…').waitFor();
    await live.getByText('Please don’t pay again').waitFor();
    expect(await page.locator('iframe[title="Card details"]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/payment-link-processing.png', fullPage: true });

    gateway.control.clearFailures();
    gateway.control.releaseWebhooks();
    await page.getByRole('heading', { name: 'Payment received — $31.00, Visa ·· 4242' }).waitFor({ timeout: 20_000 });
    expect(await statusOf(link.paymentId)).toBe('authorized');
    expect(consoleErrors.filter((message) => !isRefusalLog(message.replace(/^\S+: /, ''), 503))).toEqual([]);
  });

  it('a link for no payment, with a wrong secret or with none shows that it is not valid', async () => {
    const link = await createLink('INVOICE-3003', 990);
    const origin = new URL(link.url).origin;
    const addresses = [
      `${origin}/pay/00000000-0000-4000-8000-000000000000#pay_secret_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      `${origin}/pay/${link.paymentId}#pay_secret_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`,
      `${origin}/pay/${link.paymentId}`,
      `${origin}/pay/not-a-payment`,
    ];
    for (const address of addresses) {
      await page.goto(address);
      await page.getByRole('heading', { level: 1, name: 'This payment link is not valid' }).waitFor();
      expect(await page.locator('iframe').count()).toBe(0);
    }
    await page.screenshot({ path: '/tmp/payment-link-invalid.png', fullPage: true });
    expect(await statusOf(link.paymentId)).toBe('requires_payment_method');
    expect(consoleErrors.filter((message) => !isRefusalLog(message.replace(/^\S+: /, ''), 404))).toEqual([]);
  });

  it('our API never received a card number: not in the payment tables, not in its output', async () => {
    // The browser tokenised every card at the gateway: the gateway saw the numbers, our API only tokens.
    expect(gateway.control.requests().filter((request) => request.path === '/v1/tokens').length).toBeGreaterThanOrEqual(3);
    const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'payment' AND table_type = 'BASE TABLE'`.execute(database.db);
    expect(tables.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['payment', 'attempt', 'ledger_entry']));
    for (const { table_name: table } of tables.rows) {
      for (const digits of CARD_DIGITS) {
        const found = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${sql.table(`payment.${table}`)} AS row WHERE row::text LIKE ${`%${digits}%`}`.execute(database.db);
        expect({ table, digits, count: found.rows[0]?.count }).toEqual({ table, digits, count: 0 });
      }
    }
    const output = api.output();
    expect(output).toContain('payment.authorize');
    for (const digits of CARD_DIGITS) expect(output).not.toContain(digits);
    expect(output).not.toMatch(/\b\d{16}\b/);
    expect(output).not.toMatch(/\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b/);
  });
});
