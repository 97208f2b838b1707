import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { startTestGateway, type TestGateway, TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { type ApiProcess, freePort, startApiProcess } from './support/api-process';
import { Shopper } from './support/checkout-shopper';
import { halfDoneCounts, NOTHING_HALF_DONE } from './support/checkout-zeros';

const SERVICE_TOKEN = 'checkout-split-e2e-service-token-0123456789';
const KEYS = { secretKey: 'sk_test_e2e_split', publishableKey: 'pk_test_e2e_split', webhookSecret: 'whsec_test_e2e_split' };

/**
 * The checkout with its services split over three processes (`SERVICES=`): the storefront (which hosts the
 * checkout), the payment service, and the rest with the worker. Killing one of them mid-checkout still ends every
 * attempt as a complete paid order or as nothing, once the process is back.
 */
describe('a checkout over separate service processes survives one of them dying', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  const processes: ApiProcess[] = [];
  const ports = { core: 0, payment: 0, storefront: 0 };
  const url = (name: keyof typeof ports) => `http://127.0.0.1:${ports[name]}`;
  const db = () => database.db;

  function env(): Record<string, string> {
    return {
      DATABASE_URL: database.url,
      SERVICE_TOKEN,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      CHECKOUT_STALE_AFTER_MS: '1000',
      CHECKOUT_SWEEP_INTERVAL_MS: '300',
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: KEYS.secretKey,
      TEST_GATEWAY_PUBLISHABLE_KEY: KEYS.publishableKey,
      TEST_GATEWAY_WEBHOOK_SECRET: KEYS.webhookSecret,
    };
  }

  async function start(name: keyof typeof ports, extra: Record<string, string> = {}): Promise<ApiProcess> {
    const core = { USER_URL: url('core'), CATALOG_URL: url('core'), CART_URL: url('core'), INVENTORY_URL: url('core'), ORDER_URL: url('core'), SHIPPING_URL: url('core') };
    const topology: Record<keyof typeof ports, Record<string, string>> = {
      core: { SERVICES: 'catalog,cart,inventory,order,shipping,user,worker', PAYMENT_URL: url('payment') },
      payment: { SERVICES: 'payment', USER_URL: url('core') },
      storefront: { SERVICES: 'storefront', ...core, PAYMENT_URL: url('payment') },
    };
    const api = await startApiProcess({ ...env(), ...topology[name], ...extra, PORT: String(ports[name]) });
    processes.push(api);
    if (name === 'payment') gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: KEYS.webhookSecret });
    return api;
  }

  const kill = async (api: ApiProcess) => {
    if (api.child.exitCode !== null || api.child.signalCode !== null) return;
    const exited = new Promise((resolve) => api.child.once('exit', resolve));
    api.child.kill('SIGKILL');
    await exited;
  };

  /** Checkout calls go to the storefront's process, payments to the payment's, the rest to the core. */
  const shopper = () => new Shopper((path) => (path.startsWith('storefront.') ? url('storefront') : path.startsWith('payment.') ? url('payment') : url('core')));

  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db())).rows[0] as T;
  const latestAttempt = () => one(sql<{ status: string; token: string }>`SELECT status, token FROM storefront.checkout_attempt ORDER BY created_at DESC LIMIT 1`);

  async function expectNothingHalfDone(): Promise<void> {
    expect(await halfDoneCounts(db())).toEqual(NOTHING_HALF_DONE);
  }

  let payment: ApiProcess;

  // A test that failed half-way must not leave its storefront process holding the port for the next one.
  afterEach(async () => {
    for (const api of processes) if (api.url === url('storefront')) await kill(api);
  });

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    gateway = await startTestGateway({ secretKey: KEYS.secretKey, publishableKey: KEYS.publishableKey, port: 0 });
    ports.core = await freePort();
    ports.payment = await freePort();
    ports.storefront = await freePort();
    await start('core');
    payment = await start('payment');
    const seeder = new Shopper(url('core'));
    for (let waited = 0; ; waited += 100) {
      const answer = await seeder.ok<{ unknown: string[] }>('query', 'inventory.availability', { skus: ['STONEWARE-MUG'] });
      if (answer.unknown.length === 0) break;
      if (waited > 20_000) throw new Error('The demo stock never arrived');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await sql`UPDATE inventory.stock_level SET on_hand = 1000 WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'STONEWARE-MUG')`.execute(db());
  });
  afterAll(async () => {
    for (const api of processes) if (api.child.exitCode === null && api.child.signalCode === null) await api.stop();
    await gateway?.close();
    await database?.destroy();
  });

  it('places an order with every call going over HTTP between the processes', async () => {
    const storefront = await start('storefront');
    const client = shopper();
    const ready = await client.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 1 }]);
    const placed = await client.ok<{ status: string; order: { number: string } }>('mutation', 'storefront.checkout.place', { ...ready, paymentMethod: TEST_TOKENS.success });
    expect(placed.status).toBe('placed');
    expect(placed.order.number).toMatch(/^\d+-\d$/);
    await storefront.stop();
  });

  for (const step of ['authorize_payment', 'create_order'] as const) {
    it(`kills the checkout's process right after ${step}; the restarted one ${step === 'create_order' ? 'finishes the order' : 'undoes it all'}`, async () => {
      const doomed = await start('storefront', { CHECKOUT_TEST_CRASH_AFTER: step });
      const client = shopper();
      const ready = await client.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 1 }], 'WELCOME10');
      const exited = new Promise((resolve) => doomed.child.once('exit', resolve));
      await client.call('mutation', 'storefront.checkout.place', { ...ready, email: `split+${step}@example.com`, paymentMethod: TEST_TOKENS.success }).catch(() => null);
      await exited;
      const again = await start('storefront');
      await expect.poll(async () => (await latestAttempt()).status, { timeout: 30_000, interval: 200 }).toBe(step === 'create_order' ? 'completed' : 'failed');
      await expectNothingHalfDone();
      await again.stop();
    }, 90_000);
  }

  it('kills the payment process: the checkout cannot pay, holds nothing once payment is back, and then sells again', async () => {
    const storefront = await start('storefront');
    await kill(payment);
    const client = shopper();
    const ready = await client.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 1 }]);
    const placed = await client.call<{ status: string }>('mutation', 'storefront.checkout.place', { ...ready, email: 'split+down@example.com', paymentMethod: TEST_TOKENS.success });
    // Never placed while the payment service is gone: the shopper is told it is still being worked on.
    expect(placed.data?.status ?? placed.error?.data?.code).toMatch(/^(processing|SERVICE_UNAVAILABLE)$/);
    expect((await latestAttempt()).status).not.toBe('completed');

    payment = await start('payment');
    await expect.poll(async () => (await latestAttempt()).status, { timeout: 30_000, interval: 200 }).toBe('failed');
    await expectNothingHalfDone();

    const next = shopper();
    const readyAgain = await next.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 1 }]);
    const after = await next.ok<{ status: string }>('mutation', 'storefront.checkout.place', { ...readyAgain, email: 'split+back@example.com', paymentMethod: TEST_TOKENS.success });
    expect(after.status).toBe('placed');
    await expectNothingHalfDone();
    await storefront.stop();
  }, 120_000);
});
