import { startStripeStandIn, type StripeStandIn } from '@emporium/stripe-stand-in';
import { BrowserClient } from '../testing/browser-client';
import type { ShopperPayment, StaffPayment } from '../testing/payment-shop';
import { startTestApi, type TestApi } from '../testing/test-api';

const SECRET = 'sk_test_stand_in';
const WEBHOOK_SECRET = 'whsec_stripe_stand_in';

/** The payment service with Stripe as its gateway: the official SDK, pointed at a local stand-in of Stripe's API. */
describe('payments through Stripe (a local stand-in of its API)', () => {
  let stripe: StripeStandIn;
  let api: TestApi;
  let staff: BrowserClient;

  beforeAll(async () => {
    stripe = await startStripeStandIn({ secretKey: SECRET, port: 0, hangMs: 1_500 });
    api = await startTestApi({ STRIPE_SECRET_KEY: SECRET, STRIPE_PUBLISHABLE_KEY: 'pk_test_stand_in', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: stripe.url, PAYMENT_GATEWAY_TIMEOUT_MS: '400' });
    stripe.control.setWebhook({ url: `${api.url}/webhooks/payment/stripe`, secret: WEBHOOK_SECRET });
    staff = new BrowserClient(api.url);
    await staff.ok(staff.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    await stripe?.close();
  });

  async function link(amount: number) {
    const made = await staff.ok(staff.mutate<{ paymentId: string; url: string }>('payment.admin.createLink', { amount, currency: 'EUR', reference: `STRIPE-${amount}` }));
    return { paymentId: made.paymentId, clientSecret: made.url.split('#')[1] ?? '' };
  }
  const authorize = (payment: { paymentId: string; clientSecret: string }, paymentMethod: string) => {
    const shopper = new BrowserClient(api.url);
    return shopper.ok(shopper.mutate<ShopperPayment>('payment.authorize', { ...payment, paymentMethod }));
  };
  const view = (id: string) => staff.ok(staff.query<StaffPayment>('payment.admin.get', { id }));

  it('tells the storefront to use Stripe with its publishable key only', async () => {
    expect(await new BrowserClient(api.url).ok(new BrowserClient(api.url).query('payment.clientConfig'))).toEqual({ provider: 'stripe', publishableKey: 'pk_test_stand_in' });
  });

  it('authorises, captures part, refunds with a reason — the same flow as the test gateway', async () => {
    const payment = await link(4999);
    expect(await authorize(payment, 'pm_card_chargeDeclined')).toMatchObject({ status: 'requires_payment_method', decline: { code: 'card_declined' } });
    expect(await authorize(payment, 'pm_card_visa')).toMatchObject({ status: 'authorized', card: { brand: 'visa', last4: '4242' } });
    expect(await staff.ok(staff.mutate<StaffPayment>('payment.admin.capture', { id: payment.paymentId, amount: 3000 }))).toMatchObject({ status: 'captured', amounts: { captured: 3000, capturable: 0 } });
    expect(await staff.ok(staff.mutate<StaffPayment>('payment.admin.refund', { id: payment.paymentId, amount: 1000, reason: 'Late delivery' }))).toMatchObject({
      status: 'partially_refunded',
      amounts: { refunded: 1000, refundable: 2000 },
    });
    const voided = await staff.mutate('payment.admin.void', { id: payment.paymentId });
    expect(voided.ok ? 'voided' : voided.error.reason).toBe('VOID_AFTER_CAPTURE');
  });

  it('a capture whose answer is lost captures once at Stripe', async () => {
    const payment = await link(2500);
    await authorize(payment, 'pm_card_visa');
    stripe.control.failNext({ next: 1, mode: 'succeed_then_timeout', path: '/v1/payment_intents/*/capture' });
    stripe.control.failNext({ next: 2, mode: 'timeout', path: '/v1/payment_intents/*/capture' });
    expect(await staff.ok(staff.mutate<StaffPayment>('payment.admin.capture', { id: payment.paymentId }))).toMatchObject({ status: 'captured', amounts: { captured: 2500 } });
    const intentId = (await view(payment.paymentId)).intentId ?? '';
    expect(stripe.control.captureCounts()[intentId]).toBe(1);
  });

  it('authorises after a challenge, confirmed when the shopper comes back', async () => {
    const payment = await link(1800);
    const challenged = await authorize(payment, 'pm_card_authenticationRequired');
    expect(challenged).toMatchObject({ status: 'requires_action', nextAction: { type: 'redirect' } });
    const page = await fetch(challenged.nextAction?.url ?? '', { redirect: 'manual' });
    expect(page.status).toBeLessThan(400);
    const form = (await page.text()).match(/action="([^"]+)"/)?.[1];
    const completed = await fetch(new URL(form?.replace(/&amp;/g, '&') ?? '', challenged.nextAction?.url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=complete',
      redirect: 'manual',
    });
    expect(completed.status).toBeLessThan(400);
    const shopper = new BrowserClient(api.url);
    expect((await shopper.ok(shopper.mutate<ShopperPayment>('payment.confirm', payment))).status).toBe('authorized');
  });
});
