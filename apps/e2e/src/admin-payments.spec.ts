import { TEST_TOKENS } from '@emporium/test-gateway';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import type { ApiProcess } from './support/api-process';
import { launchBrowser } from './support/browser';
import { ADMIN, type PaymentShop, startPaymentShop } from './support/payment-shop';
import { collectPageErrors, isRefusalLog } from './support/shop-in-browser';
import { trpcCall } from './support/trpc-over-http';

interface StaffPayment {
  readonly id: string;
  readonly status: string;
  readonly amounts: { readonly captured: number; readonly refunded: number };
}

describe('staff take a payment through a payment link and capture, refund and try to void it in the admin, in a real browser', () => {
  let shop: PaymentShop;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    shop = await startPaymentShop('payments');
    api = shop.api;
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
    await shop?.stop();
  });

  const call = <T>(request: APIRequestContext, kind: 'query' | 'mutation', path: string, input: unknown) => trpcCall<T>(request, api.url, kind, path, input);

  /** The customer pays at the link with the test card, without a session of their own (as from an e-mail). */
  async function authorizeAtLink(url: string): Promise<string> {
    const { pathname, hash } = new URL(url);
    const paymentId = pathname.split('/').pop() ?? '';
    const customer = await browser.newContext();
    try {
      const paid = await call<{ status: string }>(customer.request, 'mutation', 'payment.authorize', { paymentId, clientSecret: hash.slice(1), paymentMethod: TEST_TOKENS.success });
      expect(paid.status).toBe('authorized');
    } finally {
      await customer.close();
    }
    return paymentId;
  }

  it('creates a link, captures part, refunds part with a reason, and is refused more than is refundable and a void after capture', async () => {
    const request = page.context().request;
    await call(request, 'mutation', 'user.auth.login', ADMIN);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });

    // A payment link, made in the admin.
    await page.goto(`${api.url}/admin/payments`);
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Payments' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Create payment link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Create payment link' });
    await linkDialog.getByRole('button', { name: 'Create link' }).click();
    await linkDialog.getByText('Enter an amount like 12.50').waitFor();
    await linkDialog.getByText('Enter a reference, like the order or invoice number').waitFor();
    await linkDialog.getByLabel('Amount').fill('50');
    await linkDialog.getByLabel('Currency').selectOption('USD');
    await linkDialog.getByLabel('Reference').fill('PHONE-E2E-1');
    await linkDialog.getByRole('button', { name: 'Create link' }).click();
    const linkField = linkDialog.getByLabel('Payment link');
    await linkField.waitFor();
    const url = await linkField.inputValue();
    // The shop's public address (PUBLIC_URL), the payment's id, and its secret in the fragment.
    expect(url).toMatch(/^http:\/\/\S+\/pay\/[0-9a-f-]{36}#.{16,}$/);
    await linkDialog.getByRole('button', { name: 'Copy link' }).click();
    await linkDialog.getByRole('status').getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.screenshot({ path: '/tmp/admin-payments-link.png', fullPage: true });
    await linkDialog.getByRole('button', { name: 'Done' }).click();

    const paymentId = await authorizeAtLink(url);

    // Found by its whole reference; the customer's card is on the row.
    await page.getByLabel('Reference').fill('PHONE-E2E-1');
    const list = page.getByRole('table', { name: 'Payments for “PHONE-E2E-1”, newest first' });
    const row = list.getByRole('row').filter({ hasText: 'PHONE-E2E-1' });
    await row.getByText('Visa ·· 4242').waitFor();
    await row.getByText('Authorised', { exact: true }).waitFor();
    expect(await row.getByText('$50.00').count()).toBe(1);
    expect(page.url()).toContain('reference=PHONE-E2E-1');
    await page.screenshot({ path: '/tmp/admin-payments-list.png', fullPage: true });
    // Nothing of it needs review; the filter is in the URL with the others.
    // (Clicked, not check(): the box follows the URL, which the router updates in a transition, a moment later.)
    await page.getByLabel('Needs review').click();
    await page.getByRole('heading', { name: 'No payments match' }).waitFor();
    expect(new URL(page.url()).searchParams.get('review')).toBe('1');
    expect(await page.getByLabel('Needs review').isChecked()).toBe(true);
    await page.getByLabel('Needs review').click();
    await row.getByRole('link', { name: 'PHONE-E2E-1' }).waitFor();
    expect(new URL(page.url()).searchParams.get('review')).toBeNull();

    await row.getByRole('link', { name: 'PHONE-E2E-1' }).click();
    expect(page.url()).toBe(`${api.url}/admin/payments/${paymentId}`);
    await page.getByRole('heading', { level: 1, name: 'Payment PHONE-E2E-1' }).waitFor();
    const status = page.getByTestId('payment-status');
    await status.getByText('Authorised', { exact: true }).waitFor();
    const actions = page.getByRole('group', { name: 'Payment actions' });
    expect(await actions.getByRole('button', { name: 'Capture' }).isEnabled()).toBe(true);
    expect(await actions.getByRole('button', { name: 'Void' }).isEnabled()).toBe(true);
    expect(await actions.getByRole('button', { name: 'Refund' }).isDisabled()).toBe(true);

    // Part of it captured: the test gateway, like Stripe, releases the rest with a partial capture.
    await actions.getByRole('button', { name: 'Capture' }).click();
    const captureDialog = page.getByRole('dialog', { name: 'Capture PHONE-E2E-1' });
    await captureDialog.getByLabel('Part of it').check();
    expect(await captureDialog.getByLabel('Amount to capture (USD)').inputValue()).toBe('50.00');
    await captureDialog.getByLabel('Amount to capture (USD)').fill('20');
    await captureDialog.getByRole('button', { name: 'Capture', exact: true }).click();
    await status.getByText('Captured', { exact: true }).waitFor();
    const timeline = page.getByRole('list', { name: 'Payment timeline, newest first' });
    await timeline.getByText('Captured $20.00, the rest released').waitFor();
    await timeline.getByText(/^Capture attempt 1 — succeeded \(staff:/).waitFor();
    await timeline.locator('code', { hasText: `${paymentId}:capture:1` }).waitFor();
    const amounts = page.getByRole('region', { name: 'Amounts' });
    expect(await amounts.locator('dd').allTextContents()).toEqual(['$50.00', '$20.00', '$0.00', '$0.00', '$20.00']);
    expect(await actions.getByRole('button', { name: 'Void' }).isDisabled()).toBe(true);
    // The gateway's own events arrive by webhook; "Check with gateway" reads the payment back meanwhile.
    await expect
      .poll(async () => {
        await actions.getByRole('button', { name: 'Check with gateway' }).click();
        await actions.getByRole('button', { name: 'Check with gateway' }).isEnabled();
        return timeline.getByText('Gateway event payment_intent.succeeded').count();
      })
      .toBe(1);
    await page.screenshot({ path: '/tmp/admin-payments-captured.png', fullPage: true });

    // More than is left to refund is refused by the server under the amount; a reason is required first.
    await actions.getByRole('button', { name: 'Refund' }).click();
    const refundDialog = page.getByRole('dialog', { name: 'Refund PHONE-E2E-1' });
    const refundAmount = refundDialog.getByLabel('Amount to refund (USD)');
    expect(await refundAmount.inputValue()).toBe('20.00');
    await refundAmount.fill('25');
    await refundDialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await refundDialog.getByText('Give a reason for the refund').waitFor();
    await refundDialog.getByLabel('Reason').fill('Damaged in transit');
    await refundDialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await refundDialog.getByText('Only 20.00 USD can still be refunded on this payment (asked for 25.00 USD)').waitFor();
    expect(await refundAmount.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/admin-payments-refund-refused.png', fullPage: true });
    await refundAmount.fill('5');
    await refundDialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await status.getByText('Partly refunded', { exact: true }).waitFor();
    await timeline.getByText('Refunded $5.00').waitFor();
    await timeline.getByText(/Reason: Damaged in transit/).first().waitFor();
    expect(await amounts.locator('dd').allTextContents()).toEqual(['$50.00', '$20.00', '$5.00', '$0.00', '$15.00']);
    const titles = await timeline.locator('li > strong').allTextContents();
    expect(titles.indexOf('Refunded $5.00')).toBeLessThan(titles.indexOf('Captured $20.00, the rest released'));
    await page.screenshot({ path: '/tmp/admin-payments-refunded.png', fullPage: true });

    // A void staff started while someone else captured: the server refuses it, and the dialog says why.
    const other = await call<{ url: string }>(request, 'mutation', 'payment.admin.createLink', { amount: 3000, currency: 'USD', reference: 'PHONE-E2E-2' });
    const otherId = await authorizeAtLink(other.url);
    await page.goto(`${api.url}/admin/payments/${otherId}`);
    await status.getByText('Authorised', { exact: true }).waitFor();
    await actions.getByRole('button', { name: 'Void' }).click();
    const voidDialog = page.getByRole('alertdialog', { name: 'Void the payment for PHONE-E2E-2?' });
    await voidDialog.getByText('The authorisation of $30.00 is cancelled').waitFor();
    expect((await call<StaffPayment>(request, 'mutation', 'payment.admin.capture', { id: otherId })).status).toBe('captured');
    await voidDialog.getByRole('button', { name: 'Void payment' }).click();
    const refusal = voidDialog.getByRole('alert');
    await refusal.getByText('The payment was not voided').waitFor();
    await refusal.getByText('30.00 USD has already been captured on this payment, so it cannot be cancelled; refund it instead').waitFor();
    await page.screenshot({ path: '/tmp/admin-payments-void-refused.png', fullPage: true });
    await voidDialog.getByRole('button', { name: 'Keep it' }).click();
    await status.getByText('Captured', { exact: true }).waitFor();
    expect(await actions.getByRole('button', { name: 'Void' }).isDisabled()).toBe(true);

    expect(consoleErrors.filter((message) => !isRefusalLog(message, 400) && !isRefusalLog(message, 409))).toEqual([]);
  });
});
