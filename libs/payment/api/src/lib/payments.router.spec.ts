import { inject } from 'vitest';
import { paymentMigrationSet } from '@emporium/payment-data-access';
import { parseConfig } from '@emporium/platform-config';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { JobContext } from '@emporium/platform-events';
import { createCallerFactory, type Role } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { startTestGateway, type TestGateway, TEST_TOKENS } from '@emporium/test-gateway';
import { pino } from 'pino';
import { paymentJobs } from './payment.jobs';
import { paymentRouter } from './payments.router';

const SECRET = 'sk_test_router';
const PUBLISHABLE = 'pk_test_router';

describe('payment events for the order service, and authorisations about to lapse', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let published: Array<{ type: string; payload: Record<string, unknown> }>;

  beforeAll(async () => {
    gateway = await startTestGateway({ secretKey: SECRET, publishableKey: PUBLISHABLE, port: 0 });
  });
  afterAll(() => gateway.close());
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [paymentMigrationSet]);
    published = [];
  });
  afterEach(() => database.destroy());

  const config = () =>
    parseConfig({
      NODE_ENV: 'test',
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: SECRET,
      TEST_GATEWAY_PUBLISHABLE_KEY: PUBLISHABLE,
      TEST_GATEWAY_WEBHOOK_SECRET: 'whsec_router',
      PAYMENT_GATEWAY_TIMEOUT_MS: '500',
    });
  const events = {
    publish: async (_trx: unknown, type: string, payload: unknown) => {
      published.push({ type, payload: payload as Record<string, unknown> });
      return undefined;
    },
  };
  const as = (role: Role | null) => createCallerFactory(paymentRouter)(testContext({ db: database.db, role, config: config(), events: events as never }));

  async function authorised(amount: number) {
    const { paymentId, url } = await as('staff').admin.createLink({ amount, currency: 'USD', reference: `ORD-${amount}` });
    const clientSecret = url.split('#')[1] ?? '';
    expect(await as(null).authorize({ paymentId, clientSecret, paymentMethod: TEST_TOKENS.success })).toMatchObject({ status: 'authorized' });
    return paymentId;
  }

  it('announces authorisation, each capture and each refund with the amounts so far, and declines apart', async () => {
    const paymentId = await authorised(3000);
    await as('staff').admin.capture({ id: paymentId, amount: 3000 });
    await as('staff').admin.refund({ id: paymentId, amount: 1000, reason: 'Scratched' });
    await as('staff').admin.refund({ id: paymentId, reason: 'Returned' });
    expect(published.map((event) => [event.type, event.payload['status'], event.payload['captured'], event.payload['refunded']])).toEqual([
      ['payment.authorized', 'authorized', 0, 0],
      ['payment.captured', 'captured', 3000, 0],
      ['payment.refunded', 'partially_refunded', 3000, 1000],
      ['payment.refunded', 'refunded', 3000, 3000],
    ]);
    expect(published[0]?.payload).toMatchObject({ paymentId, reference: 'ORD-3000', currency: 'USD', amount: 3000 });

    const { paymentId: declinedId, url } = await as('staff').admin.createLink({ amount: 500, currency: 'USD', reference: 'ORD-500' });
    published = [];
    await as(null).authorize({ paymentId: declinedId, clientSecret: url.split('#')[1] ?? '', paymentMethod: TEST_TOKENS.declined });
    expect(published.map((event) => event.type)).toEqual(['payment.declined']);
  });

  it('cancels an authorisation twelve hours before it lapses (the default policy) and tells the order service', async () => {
    const paymentId = await authorised(4500);
    published = [];
    const [, expire] = paymentJobs(config());
    const context = { db: database.db, logger: pino({ level: 'silent' }), events } as unknown as JobContext;
    // Six days later nothing is due yet.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 86_400_000 });
    try {
      await expire?.handle({}, context);
      expect(published).toEqual([]);
      // Six and a half days in: inside the margin.
      vi.setSystemTime(Date.now() + 13 * 3_600_000);
      await expire?.handle({}, context);
    } finally {
      vi.useRealTimers();
    }
    expect(published.map((event) => [event.type, event.payload['status']])).toEqual([['payment.voided', 'cancelled']]);
    const view = await as('staff').admin.get({ id: paymentId });
    expect(view.attempts.at(-1)).toMatchObject({ operation: 'void', outcome: 'succeeded', actor: 'job:expire-authorizations' });
  });
});
