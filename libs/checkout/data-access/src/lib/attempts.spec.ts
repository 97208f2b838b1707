import { sql } from 'kysely';
import { inject } from 'vitest';
import { start, stepSucceeded, type SagaState } from '@emporium/checkout-domain';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { claimIdleAttempts, findAttempt, insertAttempt, latestAttempt, type NewAttempt, rememberPayment, saveAttempt } from './attempts';
import { checkoutMigrationSet } from './checkout.migrations';

const CART = '00000000-0000-4000-8000-000000000001';
const T0 = 1_700_000_000_000;

function begun(token: string): SagaState {
  const started = start(token, { cartId: CART }, T0);
  if (!started.ok) throw new Error('start refused');
  return started.value;
}

const attempt = (sequence = 1, leaseMs = 60_000): NewAttempt<{ email: string }> => ({
  token: `checkout:${CART}:abc:${sequence}`,
  cartId: CART,
  fingerprint: 'abc',
  sequence,
  accessToken: 'a'.repeat(43),
  customerId: null,
  state: begun(`checkout:${CART}:abc:${sequence}`),
  request: { email: 'ada@example.com' },
  leaseMs,
});

describe('checkout attempts', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [checkoutMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('stores one attempt per token: of 8 parallel inserts exactly one wins', async () => {
    const wins = await Promise.all(Array.from({ length: 8 }, () => insertAttempt(database.db, attempt())));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const stored = await findAttempt<{ email: string }>(database.db, attempt().token);
    expect(stored).toMatchObject({ sequence: 1, version: 1, request: { email: 'ada@example.com' }, state: { status: 'running', current: 'validate' } });
  });

  it('finds the latest attempt at the same contents', async () => {
    await insertAttempt(database.db, attempt(1));
    await insertAttempt(database.db, attempt(2));
    expect((await latestAttempt(database.db, CART, 'abc'))?.sequence).toBe(2);
    expect(await latestAttempt(database.db, CART, 'other')).toBeNull();
  });

  it('saves only from the version read: the second of two actors loses and changes nothing', async () => {
    await insertAttempt(database.db, attempt());
    const stored = (await findAttempt(database.db, attempt().token))!;
    const next = stepSucceeded(stored.state, 'validate', { total: { amount: 100, currency: 'EUR' as never } }, T0 + 1);
    if (!next.ok) throw new Error('refused');
    await rememberPayment(database.db, stored.token, '00000000-0000-4000-8000-0000000000aa', 'secret');
    await rememberPayment(database.db, stored.token, '00000000-0000-4000-8000-0000000000aa', null);
    expect(await saveAttempt(database.db, stored.token, stored.version, next.value)).toBe(2);
    expect(await saveAttempt(database.db, stored.token, stored.version, stored.state)).toBeNull();
    expect(await findAttempt(database.db, stored.token)).toMatchObject({ version: 2, paymentSecret: 'secret', state: { current: 'reserve_stock' } });
  });

  it('lets the sweep claim only idle attempts without a lease, once across parallel sweeps', async () => {
    await insertAttempt(database.db, attempt(1, 0));
    await insertAttempt(database.db, attempt(2, 60_000));
    await sql`UPDATE storefront.checkout_attempt SET updated_at = now() - interval '5 minutes', lease_until = CASE WHEN sequence = 1 THEN now() - interval '1 second' ELSE lease_until END`.execute(database.db);
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimIdleAttempts(database.db, { updatedBefore: new Date(Date.now() - 60_000), limit: 10, leaseMs: 30_000 })),
    );
    expect(claims.flat().map((claimed) => claimed.sequence)).toEqual([1]);
  });
});
