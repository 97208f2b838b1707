import { startSandboxCarrier, type SandboxCarrier } from '@emporium/sandbox-carrier';
import { TEST_TOKENS } from '@emporium/test-gateway';
import { BrowserClient } from '../testing/browser-client';
import { usePaymentShop } from '../testing/payment-shop';

const SERVICE_TOKEN = 'order-e2e-service-token-0123456789abcdef';
const CARRIER_KEY = 'sk_test_orders';
const CARRIER_SECRET = 'whsec_test_orders';
const ACCESS_TOKEN = 'order-e2e-guest-token-0123456789abcdef0123';
const address = { name: 'Grace Hopper', line1: '1 Navy Way', city: 'Arlington', region: 'VA', postalCode: '22202', country: 'US' };
const usd = (amount: number) => ({ amount, currency: 'USD' });
/** 3 × 9.99 with 3.00 off (a 10% coupon), 10% tax on top (2.70), 5.00 shipping: 34.67. */
const snapshot = {
  currency: 'USD',
  taxMode: 'exclusive',
  lines: [
    {
      lineId: 'line-1',
      productId: 'mug',
      sku: 'MUG-BLUE',
      title: 'Blue mug',
      options: [],
      quantity: 3,
      unitPrice: usd(999),
      subtotal: usd(2997),
      discounts: [{ code: 'TENOFF', kind: 'percentage', amount: usd(300) }],
      discount: usd(300),
      total: usd(2697),
      taxes: [{ basisPoints: 1000, taxableBase: usd(2697), tax: usd(270) }],
      tax: usd(270),
    },
  ],
  shipping: { method: { id: 'ground', name: 'Ground' }, charge: usd(500), discount: usd(0), tax: usd(0) },
  discounts: [{ code: 'TENOFF', kind: 'percentage', amount: usd(300), shipping: usd(0) }],
  taxes: [{ basisPoints: 1000, taxableBase: usd(2697), tax: usd(270) }],
  totals: { subtotal: usd(2997), discountTotal: usd(300), shipping: usd(500), taxTotal: usd(270), total: usd(3467) },
};

interface OrderView {
  number: string;
  status: string;
  paymentStatus: string | null;
  shipments: Array<{ status: string; trackingNumber: string | null }>;
  returns: Array<{ id: string; status: string }>;
}

describe('an order through the real payment, shipping and worker, over HTTP', () => {
  let sandbox: SandboxCarrier;
  const env: Record<string, string> = { SERVICE_TOKEN };
  beforeAll(async () => {
    sandbox = await startSandboxCarrier({ apiKey: CARRIER_KEY, port: 0, timeline: { stepMs: 0 }, webhook: { url: 'http://127.0.0.1:9/unused', secret: CARRIER_SECRET } });
    Object.assign(env, { SANDBOX_CARRIER_URL: sandbox.url, SANDBOX_CARRIER_API_KEY: CARRIER_KEY, SANDBOX_CARRIER_WEBHOOK_SECRET: CARRIER_SECRET });
  });
  // Registered after the carrier's start, so the API starts with its settings.
  const shop = usePaymentShop(env);
  afterAll(() => sandbox?.stop());

  /** What the checkout does: an internal call carrying the service token. */
  async function internal<T>(path: string, input: unknown): Promise<T> {
    const url = shop.api().url;
    const response = await fetch(`${url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, 'x-emporium-service-token': SERVICE_TOKEN },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
    return body.result.data;
  }
  const guest = () => new BrowserClient(shop.api().url);
  const view = (orderId: string) => guest().ok(guest().query<OrderView>('order.guest.get', { orderId, accessToken: ACCESS_TOKEN }));

  it('captures at fulfilment, follows the carrier to delivered, and refunds a returned unit exactly at the gateway', async () => {
    sandbox.control.setWebhook({ url: `${shop.api().url}/webhooks/shipping/sandbox`, secret: CARRIER_SECRET });
    const payment = await shop.link(3467);
    expect((await shop.authorize(payment, TEST_TOKENS.success)).status).toBe('authorized');
    const checkout = {
      checkoutAttempt: `checkout:e2e:${payment.paymentId}:1`,
      customerId: null,
      email: 'grace@example.com',
      shippingAddress: address,
      billingAddress: address,
      snapshot,
      paymentId: payment.paymentId,
      reservationId: null,
      accessToken: ACCESS_TOKEN,
    };
    const created = await internal<{ orderId: string; number: string; replayed: boolean }>('order.create', checkout);
    expect((await internal<{ replayed: boolean }>('order.create', checkout)).replayed).toBe(true);
    expect(await internal('order.confirm', { orderId: created.orderId })).toEqual({ queued: true });
    expect(await view(created.orderId)).toMatchObject({ number: created.number, status: 'placed', paymentStatus: 'authorized' });
    // A browser cannot place an order: create is for services only.
    expect((await guest().mutate('order.create', checkout)).ok).toBe(false);

    const staff = shop.staff();
    const locations = await staff.ok(staff.query<Array<{ id: string; code: string }>>('inventory.admin.locations.list'));
    const fulfilled = await staff.ok(
      staff.mutate<{ shipmentId: string; trackingNumber: string; captured: number; documents: { label: { procedure: string; input: { id: string } } } }>('order.admin.fulfil', {
        orderId: created.orderId,
        shipFromLocationId: locations.find((location) => location.code === 'MAIN')?.id,
      }),
    );
    expect(fulfilled.captured).toBe(3467);
    const label = await staff.ok(staff.query<{ base64: string }>(fulfilled.documents.label.procedure, fulfilled.documents.label.input));
    expect(Buffer.from(label.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    await sandbox.control.deliver(fulfilled.trackingNumber);
    await sandbox.control.webhooksSettled();
    await vi.waitFor(async () => expect((await view(created.orderId)).status).toBe('delivered'), { timeout: 15_000, interval: 200 });
    expect((await view(created.orderId)).shipments).toEqual([expect.objectContaining({ status: 'delivered', trackingNumber: fulfilled.trackingNumber })]);

    const requested = await guest().ok(
      guest().mutate<OrderView>('order.guest.requestReturn', { orderId: created.orderId, accessToken: ACCESS_TOKEN, lines: [{ lineId: 'line-1', quantity: 1, reason: 'damaged' }] }),
    );
    const received = await staff.ok(staff.mutate<{ refund: { total: number } }>('order.admin.receiveReturn', { returnRequestId: requested.returns[0]?.id, restock: false }));
    // One unit of three: 9.99 less its 1.00 share of the coupon, plus its 0.90 share of the tax.
    expect(received.refund.total).toBe(989);
    expect((await shop.view(payment.paymentId)).amounts).toMatchObject({ captured: 3467, refunded: 989 });
  }, 60_000);
});
