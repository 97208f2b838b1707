/**
 * Shared by the checkout HTTP specs: a shop with the curated demo catalog, stock, pricing and delivery rates, the
 * test gateway taking payments, and shoppers as browsers walking the checkout. Test support only.
 */
import { sql } from 'kysely';
import { startTestGateway, type TestGateway } from '@emporium/test-gateway';
import { BrowserClient, type TrpcResult } from './browser-client';
import { add } from './cart-shop';
import { GATEWAY_PUBLISHABLE, GATEWAY_SECRET, WEBHOOK_SECRET } from './payment-shop';
import { startTestApi, type TestApi } from './test-api';

export const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
export const ADDRESS = { firstName: 'Ada', lastName: 'Lovelace', line1: '12 Analytical Row', city: 'New York', region: 'NY', postalCode: '10001', countryCode: 'US' };
export const DESTINATION = { country: 'US', region: 'NY', postalCode: '10001' };

export interface CheckoutView {
  attemptToken: string;
  accessToken: string;
  status: 'awaiting_payment' | 'processing' | 'placed' | 'failed';
  total: { amount: number; currency: string };
  payment: { id: string; clientSecret: string | null } | null;
  order: { id: string; number: string } | null;
  error: { reason: string; message: string } | null;
}

export interface Review {
  totals: { total: { amount: number; currency: string }; subtotal: { amount: number }; shipping: { amount: number }; discountTotal: { amount: number } };
  shipping: { optionId: string };
  lines: Array<{ sku: string; quantity: number }>;
}

export interface CheckoutShop {
  readonly api: () => TestApi;
  readonly gateway: () => TestGateway;
  readonly staff: () => BrowserClient;
  browser(): BrowserClient;
  /** Sets the SKU's stock to `quantity` at the main location and 0 everywhere else. */
  stock(sku: string, quantity: number): Promise<void>;
  /** One row of numbers from the shop's database (counts for the hard zeros). */
  count(query: ReturnType<typeof sql<{ n: number }>>): Promise<number>;
}

export async function waitForDemoStock(client: BrowserClient): Promise<void> {
  for (let waited = 0; ; waited += 100) {
    const answer = await client.ok(client.query<{ unknown: string[] }>('inventory.availability', { skus: ['CLASSIC-WHITE-TEE-XS', 'STONEWARE-MUG'] }));
    if (answer.unknown.length === 0) return;
    if (waited > 20_000) throw new Error('The demo stock never arrived');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Registers beforeAll/afterAll: the test gateway and a real API over a fresh database. */
export function useCheckoutShop(env: Record<string, string> = {}): CheckoutShop {
  let api: TestApi | undefined;
  let gateway: TestGateway | undefined;
  let staff: BrowserClient | undefined;
  beforeAll(async () => {
    gateway = await startTestGateway({ secretKey: GATEWAY_SECRET, publishableKey: GATEWAY_PUBLISHABLE, port: 0, hangMs: 1_500, slowCardDelayMs: 200 });
    api = await startTestApi({
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: GATEWAY_SECRET,
      TEST_GATEWAY_PUBLISHABLE_KEY: GATEWAY_PUBLISHABLE,
      TEST_GATEWAY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      DATABASE_POOL_MAX: '20',
      SERVICE_TOKEN: 'checkout-tests-service-token-0123456789abcdef',
      ...env,
    });
    gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: WEBHOOK_SECRET });
    staff = new BrowserClient(api.url);
    await staff.ok(staff.mutate('user.auth.login', ADMIN));
    await waitForDemoStock(staff);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await gateway?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the checkout shop is not started');
    return value;
  };
  return {
    api: () => need(api),
    gateway: () => need(gateway),
    staff: () => need(staff),
    browser: () => new BrowserClient(need(api).url),
    async stock(sku, quantity) {
      const admin = need(staff);
      const locations = await admin.ok(admin.query<Array<{ id: string; code: string }>>('inventory.admin.locations.list'));
      for (const location of locations) {
        const wanted = location.code === 'MAIN' ? quantity : 0;
        await admin.ok(admin.mutate('inventory.admin.stock.adjust', { sku, locationId: location.id, mode: 'set', quantity: wanted, reason: 'stock_count' }));
      }
    },
    async count(query) {
      const { rows } = await query.execute(need(api).database.db);
      return Number(rows[0]?.n ?? 0);
    },
  };
}

/** The cheapest delivery option for the shopper's cart and the review the shopper would confirm. */
export async function review(client: BrowserClient): Promise<Review> {
  const { options } = await client.ok(client.query<{ options: Array<{ id: string }> }>('storefront.checkout.options', { destination: DESTINATION }));
  const option = options[0];
  if (!option) throw new Error('no delivery option for the test address');
  return client.ok(client.query<Review>('storefront.checkout.review', { destination: DESTINATION, shippingOptionId: option.id }));
}

/** Places the shopper's cart as reviewed, paying with `paymentMethod` (a test-gateway token) at once when given. */
export function place(client: BrowserClient, reviewed: Review, extra: Record<string, unknown> = {}): Promise<TrpcResult<CheckoutView>> {
  return client.mutate<CheckoutView>('storefront.checkout.place', {
    email: 'ada@example.com',
    shippingAddress: ADDRESS,
    shippingOptionId: reviewed.shipping.optionId,
    reviewedTotal: reviewed.totals.total,
    ...extra,
  });
}

/** A new shopper with `quantity` of `sku` in their cart. */
export async function shopperWith(shop: CheckoutShop, sku: string, quantity = 1): Promise<BrowserClient> {
  const client = shop.browser();
  await add(client, sku, quantity);
  return client;
}

export { sql };
