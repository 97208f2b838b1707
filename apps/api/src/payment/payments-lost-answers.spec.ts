import { TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { usePaymentShop } from '../testing/payment-shop';

const CAPTURE_PATH = '/v1/payment_intents/*/capture';

describe('payments when the gateway times out or loses its answer', () => {
  const shop = usePaymentShop();
  const intentOf = async (paymentId: string) => (await shop.view(paymentId)).intentId ?? '';

  it('a capture whose answer is lost, every retry too, captures once: the payment is read back, not captured again', async () => {
    const link = await shop.link(4200);
    await shop.authorize(link, TEST_TOKENS.success);
    const control = shop.gateway().control;
    // The gateway captures and the answer is lost; the adapter's two retries (same key) time out as well.
    control.failNext({ next: 1, mode: 'succeed_then_timeout', path: CAPTURE_PATH });
    control.failNext({ next: 2, mode: 'timeout', path: CAPTURE_PATH });
    const staff = shop.staff();
    const captured = await staff.ok(staff.mutate<{ status: string; amounts: { captured: number } }>('payment.admin.capture', { id: link.paymentId }));
    expect(captured).toMatchObject({ status: 'captured', amounts: { captured: 4200 } });
    const intentId = await intentOf(link.paymentId);
    expect(control.captureCounts()[intentId]).toBe(1);
    // Staff press again: nothing is left to capture, and nothing more is captured.
    const again = await staff.mutate('payment.admin.capture', { id: link.paymentId });
    expect(again.ok).toBe(false);
    expect(control.captureCounts()[intentId]).toBe(1);
    const view = await shop.view(link.paymentId);
    expect(view.attempts.filter((attempt) => attempt.operation === 'capture').map((attempt) => attempt.outcome)).toEqual(['succeeded']);
    expect(view.ledger.filter((entry) => entry.kind === 'capture').map((entry) => entry.amount)).toEqual([4200]);
  });

  it('a capture that never reached the gateway is settled as not done, and the next capture takes a new key and captures once', async () => {
    const link = await shop.link(1500);
    await shop.authorize(link, TEST_TOKENS.success);
    const control = shop.gateway().control;
    control.failNext({ next: 3, mode: 'timeout', path: CAPTURE_PATH });
    const staff = shop.staff();
    const first = await staff.mutate('payment.admin.capture', { id: link.paymentId });
    expect(first.ok ? 'captured' : [first.error.status, first.error.reason]).toEqual([409, 'GATEWAY_NOT_DONE']);
    expect((await shop.view(link.paymentId)).amounts.captured).toBe(0);
    await staff.ok(staff.mutate('payment.admin.capture', { id: link.paymentId }));
    const view = await shop.view(link.paymentId);
    expect(view.attempts.filter((attempt) => attempt.operation === 'capture').map((attempt) => `${attempt.sequence}:${attempt.outcome}`)).toEqual(['1:failed', '2:succeeded']);
    expect(control.captureCounts()[await intentOf(link.paymentId)]).toBe(1);
  });

  it('success-then-timeout on authorisation ends authorised exactly once', async () => {
    const link = await shop.link(2750);
    const paid = await shop.authorize(link, TEST_TOKENS.successThenTimeout);
    expect(paid.status).toBe('authorized');
    const intentId = await intentOf(link.paymentId);
    expect(shop.gateway().control.intents().find((intent) => intent.id === intentId)?.authorisations).toBe(1);
    const view = await shop.view(link.paymentId);
    expect(view.ledger.map((entry) => [entry.kind, entry.amount])).toEqual([['authorization', 2750]]);
  });

  it('while the gateway is unreachable the shopper is told it is being checked, and the payment settles once it answers', async () => {
    const link = await shop.link(990);
    const control = shop.gateway().control;
    await shop.authorize(link, TEST_TOKENS.declined); // the intent exists; the card was refused
    // Every answer, reading back included, now comes later than the adapter waits.
    control.setLatency(2_000);
    const shopper = new BrowserClient(shop.api().url);
    try {
      const pending = await shopper.mutate('payment.authorize', { ...link, paymentMethod: TEST_TOKENS.success });
      expect(pending.ok ? 'answered' : [pending.error.status, pending.error.reason]).toEqual([503, 'PAYMENT_PENDING']);
      expect((await shopper.ok(shopper.query<{ processing: boolean }>('payment.get', link))).processing).toBe(true);
      // Anything else on the payment waits for that outcome.
      const staff = shop.staff();
      const blocked = await staff.mutate('payment.admin.void', { id: link.paymentId });
      expect(blocked.ok ? 'voided' : blocked.error.status).toBe(503);
    } finally {
      control.setLatency(0);
    }
    // The waiting page's next looks settle it by reading the payment back (the job does the same every minute).
    await expect.poll(async () => (await shopper.ok(shopper.query<{ processing: boolean }>('payment.get', link))).processing, { timeout: 10_000, interval: 500 }).toBe(false);
    const settled = await shop.view(link.paymentId);
    const authorisations = control.intents().find((intent) => intent.id === settled.intentId)?.authorisations ?? 0;
    expect(settled.attempts.filter((attempt) => attempt.outcome === 'unknown' || attempt.outcome === 'pending')).toEqual([]);
    expect(authorisations).toBeLessThanOrEqual(1);
    // Whatever the gateway did, the payment says the same, and the card was charged at most once.
    expect(settled.status).toBe(authorisations === 1 ? 'authorized' : 'requires_payment_method');
    const rows = await sql<{ outcome: string }>`SELECT outcome FROM payment.attempt WHERE payment_id = ${link.paymentId}::uuid AND operation = 'authorize' ORDER BY sequence`.execute(shop.api().database.db);
    expect(rows.rows.map((row) => row.outcome)).toEqual(['failed', authorisations === 1 ? 'succeeded' : 'failed']);
  });
});
