import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { TEST_CARDS } from './cards';
import { startTestGateway, type TestGateway } from './test-gateway';

/** Debian's Chromium, as the browser specs of apps/e2e use it. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

interface Posted {
  type: string;
  token?: string;
  card?: Record<string, unknown>;
  message?: string;
}

describe.skipIf(!existsSync(CHROMIUM_PATH))('the hosted card form in a browser', () => {
  let gateway: TestGateway;
  let shop: Server;
  let shopOrigin: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    gateway = await startTestGateway({ publishableKey: 'pk_test' });
    // The shop's checkout page, on another origin, framing the form and collecting what it posts.
    shop = createServer((_req, res) => {
      const form = `${gateway.url}/hosted/card-form?publishableKey=pk_test&origin=${encodeURIComponent(shopOrigin)}`;
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Checkout</title>
<iframe title="Card details" src="${form}" width="400" height="300"></iframe>
<script>window.posted = []; addEventListener('message', (event) => { if (event.origin === '${gateway.url}') window.posted.push(event.data); });</script>`);
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 30_000);

  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(shopOrigin);
  });
  afterEach(() => page.close());

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => shop.close(resolve));
    await gateway.close();
  });

  const posted = async (count: number) => {
    // Runs in the page, where `globalThis` is its window.
    await page.waitForFunction((n) => (globalThis as unknown as { posted: unknown[] }).posted.length >= n, count);
    return page.evaluate(() => (globalThis as unknown as { posted: Posted[] }).posted);
  };

  it('tokenises the card and posts the token to the embedding page', async () => {
    const form = page.frameLocator('iframe');
    await form.getByLabel('Card number').fill(TEST_CARDS.success);
    await form.getByLabel('Expiry date (MM/YY)').fill('12/40');
    await form.getByLabel('Security code').fill('123');
    await form.getByRole('button', { name: 'Use this card' }).click();

    const [message] = await posted(1);
    expect(message).toEqual({ type: 'test-gateway:token', token: expect.stringMatching(/^tok_/), card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2040 } });
  }, 20_000);

  it('shows a refused card in its alert region, marks the field, and posts the error', async () => {
    const form = page.frameLocator('iframe');
    await form.getByLabel('Card number').fill('4242424242424241');
    await form.getByLabel('Expiry date (MM/YY)').fill('12/40');
    await form.getByLabel('Security code').fill('123');
    await form.getByRole('button', { name: 'Use this card' }).click();

    const [message] = await posted(1);
    expect(message).toEqual({ type: 'test-gateway:error', message: 'Your card number is invalid.' });
    expect(await form.getByRole('alert').textContent()).toBe('Your card number is invalid.');
    expect(await form.getByLabel('Card number').getAttribute('aria-invalid')).toBe('true');
  }, 20_000);
});
