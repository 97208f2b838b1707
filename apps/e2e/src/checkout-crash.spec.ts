import { SAGA_STEPS } from '@emporium/checkout-domain';
import { TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { Shopper } from './support/checkout-shopper';
import { halfDoneCounts, NOTHING_HALF_DONE } from './support/checkout-zeros';
import { type PaymentShop, startPaymentShop } from './support/payment-shop';

/**
 * The API process is SIGKILLed right after each saga step took effect, before it was saved (the test hook
 * CHECKOUT_TEST_CRASH_AFTER), and a new process over the same database recovers: every attempt ends as a complete
 * paid order or as nothing — never an order without its payment, a payment without its order, or stock left held.
 */
const FAST_RECOVERY = { CHECKOUT_STALE_AFTER_MS: '1000', CHECKOUT_SWEEP_INTERVAL_MS: '300', NODE_ENV: 'test', LOG_LEVEL: 'warn' };

describe('a checkout killed at any step is finished or undone by the next process', () => {
  let shop: PaymentShop;
  const processes: ApiProcess[] = [];
  const db = () => shop.database.db;

  beforeAll(async () => {
    shop = await startPaymentShop('checkout-crash', { env: FAST_RECOVERY });
    const shopper = new Shopper(shop.api.url);
    for (let waited = 0; ; waited += 100) {
      const answer = await shopper.ok<{ unknown: string[] }>('query', 'inventory.availability', { skus: ['STONEWARE-MUG'] });
      if (answer.unknown.length === 0) break;
      if (waited > 20_000) throw new Error('The demo stock never arrived');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await sql`UPDATE inventory.stock_level SET on_hand = 1000 WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'STONEWARE-MUG')`.execute(db());
    await shop.api.stop();
  });
  afterAll(async () => {
    for (const api of processes) if (api.child.exitCode === null && api.child.signalCode === null) await api.stop();
    await shop?.stop();
  });

  async function start(env: Record<string, string> = {}): Promise<ApiProcess> {
    const api = await startApiProcess({ ...shop.env, ...FAST_RECOVERY, ...env });
    processes.push(api);
    shop.gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: shop.env['TEST_GATEWAY_WEBHOOK_SECRET'] ?? '' });
    return api;
  }

  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db())).rows[0] as T;

  async function expectNothingHalfDone(): Promise<void> {
    expect(await halfDoneCounts(db())).toEqual(NOTHING_HALF_DONE);
  }

  for (const step of SAGA_STEPS) {
    it(`killed right after ${step}: recovery leaves a complete paid order or nothing`, async () => {
      const doomed = await start({ CHECKOUT_TEST_CRASH_AFTER: step });
      const shopper = new Shopper(doomed.url);
      const ready = await shopper.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 2 }], 'WELCOME10');
      const exited = new Promise((resolve) => doomed.child.once('exit', resolve));
      // A shopper of their own per step: a coupon's per-customer limit must not refuse the checkout before the step.
      const placed = await shopper.call<{ status: string }>('mutation', 'storefront.checkout.place', { ...ready, email: `ada+${step}@example.com`, paymentMethod: TEST_TOKENS.success }).catch(() => null);
      // Either the request dies with the process, or (a slow call left the step to the sweep) it answers "processing"
      // and the process dies when its sweep runs the step.
      if (placed) expect(placed.data?.status).toBe('processing');
      await exited;
      expect(doomed.child.signalCode).toBe('SIGKILL');

      const attempt = () => one(sql<{ status: string; token: string }>`SELECT status, token FROM storefront.checkout_attempt ORDER BY created_at DESC LIMIT 1`);
      const next = await start();
      await expect.poll(async () => (await attempt()).status, { timeout: 30_000, interval: 200 }).toMatch(/^(completed|failed)$/);
      const { status, token } = await attempt();
      // Before the order exists the attempt is undone; from its creation on it is finished.
      expect(status).toBe(SAGA_STEPS.indexOf(step) >= SAGA_STEPS.indexOf('create_order') ? 'completed' : 'failed');
      const orders = await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM "order".orders WHERE checkout_attempt = ${token} AND cancelled_at IS NULL`);
      const redemptions = await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM cart.coupon_redemption WHERE order_ref = ${token} AND released_at IS NULL`);
      expect([orders.n, redemptions.n]).toEqual(status === 'completed' ? [1, 1] : [0, 0]);
      await expectNothingHalfDone();
      await next.stop();
    }, 90_000);
  }
});
