import { sql } from 'kysely';
import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { listAttempts, openAttempt, paymentsWithUnsettledAttempts, settleAttempt } from './attempts';
import { appendLedger, loadLedger } from './ledger';
import { paymentMigrationSet } from './payment.migrations';
import { clientSecretMatches, createPayment, getPayment, listPayments, lockPaymentByIntent, type NewPayment, updatePayment } from './payments';
import { recordWebhookEvent } from './webhook-events';

const newPayment = (creationKey = 'checkout-1:attempt-1'): NewPayment => ({
  reference: 'CHK-1',
  creationKey,
  gateway: 'test-gateway',
  amount: 2599,
  currency: 'USD',
  customerId: null,
  clientSecret: `secret-${creationKey}`,
  returnUrl: 'http://localhost:3000/checkout/payment',
});
const at = new Date('2026-11-26T10:00:00Z');

describe('payments, attempts, the ledger and webhook events', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [paymentMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('creates a payment once per creation key and checks the client secret by its hash only', async () => {
    const first = await createPayment(database.db, newPayment());
    const again = await createPayment(database.db, { ...newPayment(), amount: 1 });
    expect([first.created, again.created, again.payment.id, again.payment.amount]).toEqual([true, false, first.payment.id, 2599]);
    expect(first.payment).toMatchObject({ status: 'requires_payment_method', amount: 2599, currency: 'USD', intentId: null });
    expect(await clientSecretMatches(database.db, first.payment.id, 'secret-checkout-1:attempt-1')).toBe(true);
    expect(await clientSecretMatches(database.db, first.payment.id, 'guess')).toBe(false);
    const stored = await sql<{ hash: Buffer }>`SELECT client_secret_hash AS hash FROM payment.payment`.execute(database.db);
    expect(stored.rows[0]?.hash.toString('utf8')).not.toContain('secret');
  });

  it('refuses amounts that are not positive and currencies that are not ISO codes', async () => {
    await expect(createPayment(database.db, { ...newPayment('zero'), amount: 0 })).rejects.toThrow(/check constraint/);
    await expect(createPayment(database.db, { ...newPayment('cur'), currency: 'usd' })).rejects.toThrow(/check constraint/);
  });

  it('keeps the ledger append-only and records one effect once', async () => {
    const { payment } = await createPayment(database.db, newPayment());
    await inTransaction(database.db, async (trx) => {
      await appendLedger(trx, payment.id, [{ kind: 'authorization', amount: 2599, at, reference: `${payment.id}:authorize:1` }]);
      await appendLedger(trx, payment.id, [
        { kind: 'authorization', amount: 2599, at, reference: `${payment.id}:authorize:1` },
        { kind: 'capture', amount: 1000, at, reference: 'evt_1', final: true },
      ]);
    });
    expect((await loadLedger(database.db, payment.id)).map((entry) => [entry.kind, entry.amount, entry.final ?? false])).toEqual([
      ['authorization', 2599, false],
      ['capture', 1000, true],
    ]);
    await expect(sql`UPDATE payment.ledger_entry SET amount = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM payment.ledger_entry`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('writes attempts before the call, settles them once, and lists the unsettled ones for reconciliation', async () => {
    const { payment } = await createPayment(database.db, newPayment());
    const attempt = await inTransaction(database.db, (trx) =>
      openAttempt(trx, { paymentId: payment.id, operation: 'capture', sequence: 1, idempotencyKey: `${payment.id}:capture:1`, amount: 1000, actor: 'staff:1' }),
    );
    expect(attempt).toMatchObject({ outcome: 'pending', amount: 1000 });
    await expect(
      inTransaction(database.db, (trx) => openAttempt(trx, { paymentId: payment.id, operation: 'capture', sequence: 1, idempotencyKey: 'other', actor: 'staff:1' })),
    ).rejects.toThrow(/duplicate key/);
    expect(await paymentsWithUnsettledAttempts(database.db, new Date(Date.now() + 1000), 10)).toEqual([payment.id]);
    await settleAttempt(database.db, attempt.id, 'unknown', 'timeout');
    await settleAttempt(database.db, attempt.id, 'succeeded');
    await settleAttempt(database.db, attempt.id, 'failed');
    expect((await listAttempts(database.db, payment.id)).map((entry) => [entry.outcome, entry.settledAt !== null])).toEqual([['succeeded', true]]);
    expect(await paymentsWithUnsettledAttempts(database.db, new Date(Date.now() + 1000), 10)).toEqual([]);
  });

  it('finds a payment by its gateway intent, deduplicates webhook events and filters the list', async () => {
    const { payment } = await createPayment(database.db, newPayment());
    await inTransaction(database.db, async (trx) => {
      await updatePayment(trx, payment.id, { intentId: 'pi_1', status: 'authorized', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 } });
      expect((await lockPaymentByIntent(trx, 'test-gateway', 'pi_1'))?.id).toBe(payment.id);
      expect(await lockPaymentByIntent(trx, 'stripe', 'pi_1')).toBeNull();
      expect(await recordWebhookEvent(trx, { gateway: 'test-gateway', eventId: 'evt_1', type: 'payment_intent.succeeded', paymentId: payment.id })).toBe(true);
      expect(await recordWebhookEvent(trx, { gateway: 'test-gateway', eventId: 'evt_1', type: 'payment_intent.succeeded', paymentId: payment.id })).toBe(false);
    });
    expect((await getPayment(database.db, payment.id))?.card?.last4).toBe('4242');
    await createPayment(database.db, newPayment('second'));
    expect((await listPayments(database.db, { status: 'authorized', page: 1, pageSize: 20 })).items.map((item) => item.id)).toEqual([payment.id]);
    expect((await listPayments(database.db, { page: 1, pageSize: 20 })).total).toBe(2);
  });
});
