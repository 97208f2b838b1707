import { TEST_TOKENS } from '@emporium/test-gateway';
import { BrowserClient } from '../testing/browser-client';
import { usePaymentShop } from '../testing/payment-shop';

describe('payments over HTTP against the test gateway', () => {
  const shop = usePaymentShop();

  it('authorises a card, captures part, refunds in two steps, and derives every amount from the ledger', async () => {
    const link = await shop.link(2599);
    const authorised = await shop.authorize(link, TEST_TOKENS.success);
    expect(authorised).toMatchObject({ status: 'authorized', card: { last4: '4242' }, decline: null, processing: false });
    const staff = shop.staff();
    const captured = await staff.ok(staff.mutate<{ status: string; amounts: Record<string, number> }>('payment.admin.capture', { id: link.paymentId, amount: 2000 }));
    // The test gateway captures once: the rest of the authorisation is released with it.
    expect(captured).toMatchObject({ status: 'captured', amounts: { authorized: 2599, captured: 2000, capturable: 0, refundable: 2000 } });
    await staff.ok(staff.mutate('payment.admin.refund', { id: link.paymentId, amount: 500, reason: 'Damaged box' }));
    const tooMuch = await staff.mutate('payment.admin.refund', { id: link.paymentId, amount: 1501, reason: 'Oops' });
    expect(tooMuch.ok ? 'refunded' : [tooMuch.error.status, tooMuch.error.fieldErrors?.map((error) => error.path)]).toEqual([400, ['amount']]);
    const rest = await staff.ok(staff.mutate<{ status: string; amounts: Record<string, number> }>('payment.admin.refund', { id: link.paymentId, reason: 'Customer changed mind' }));
    expect(rest).toMatchObject({ status: 'refunded', amounts: { captured: 2000, refunded: 2000, refundable: 0 } });
    const view = await shop.view(link.paymentId);
    expect(view.ledger.map((entry) => [entry.kind, entry.amount, entry.reason])).toEqual([
      ['authorization', 2599, null],
      ['capture', 2000, null],
      ['refund', 500, 'Damaged box'],
      ['refund', 1500, 'Customer changed mind'],
    ]);
    expect(view.attempts.map((attempt) => `${attempt.operation}:${attempt.sequence}:${attempt.outcome}`)).toEqual([
      'create:1:succeeded',
      'authorize:1:succeeded',
      'capture:1:succeeded',
      'refund:1:succeeded',
      'refund:2:succeeded',
    ]);
    expect(view.attempts.every((attempt) => attempt.idempotencyKey.startsWith(`${link.paymentId}:${attempt.operation}:`))).toBe(true);
  });

  it('leaves a declined payment payable with another card, with a message for the shopper', async () => {
    const link = await shop.link(1200);
    const declined = await shop.authorize(link, TEST_TOKENS.declined);
    expect(declined).toMatchObject({ status: 'requires_payment_method', decline: { code: 'card_declined', message: expect.stringContaining('declined') } });
    const poor = await shop.authorize(link, TEST_TOKENS.insufficientFunds);
    expect(poor.decline).toMatchObject({ code: 'insufficient_funds', message: expect.stringContaining('insufficient funds') });
    expect(await shop.authorize(link, TEST_TOKENS.success)).toMatchObject({ status: 'authorized', decline: null });
    // Asking again once authorised changes nothing.
    expect((await shop.authorize(link, TEST_TOKENS.success)).status).toBe('authorized');
  });

  it('sends the shopper through a challenge and authorises once it is completed', async () => {
    const link = await shop.link(3100);
    const challenged = await shop.authorize(link, TEST_TOKENS.requiresAction);
    expect(challenged).toMatchObject({ status: 'requires_action', nextAction: { type: 'redirect', url: expect.stringContaining('/challenge/') } });
    const completed = await fetch(challenged.nextAction?.url ?? '', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=complete', redirect: 'manual' });
    expect(completed.status).toBe(303);
    expect(completed.headers.get('location')).toContain(`/pay/${link.paymentId}`);
    const shopper = new BrowserClient(shop.api().url);
    const confirmed = await shopper.ok(shopper.mutate<{ status: string }>('payment.confirm', link));
    expect(confirmed.status).toBe('authorized');
    expect((await shop.view(link.paymentId)).amounts.authorized).toBe(3100);
  });

  it('refuses bad amounts, another currency, a void after capture and over-capture, changing nothing', async () => {
    const link = await shop.link(5000);
    await shop.authorize(link, TEST_TOKENS.success);
    const staff = shop.staff();
    for (const [input, field] of [
      [{ amount: 0 }, 'amount'],
      [{ amount: -5 }, 'amount'],
      [{ amount: 10.5 }, 'amount'],
      [{ amount: '100' }, 'amount'],
      [{ amount: 100, currency: 'EUR' }, 'currency'],
      [{ amount: 5001 }, 'amount'],
    ] as const) {
      const refused = await staff.mutate('payment.admin.capture', { id: link.paymentId, ...input });
      expect({ input, outcome: refused.ok ? 'captured' : [refused.error.status, refused.error.fieldErrors?.map((error) => error.path)] }).toEqual({ input, outcome: [400, [field]] });
    }
    expect((await shop.view(link.paymentId)).amounts.captured).toBe(0);
    await staff.ok(staff.mutate('payment.admin.capture', { id: link.paymentId }));
    const voided = await staff.mutate('payment.admin.void', { id: link.paymentId });
    expect(voided.ok ? 'voided' : [voided.error.status, voided.error.reason]).toEqual([409, 'VOID_AFTER_CAPTURE']);
    const refund = await staff.mutate('payment.admin.refund', { id: link.paymentId, amount: 5001, reason: 'x' });
    expect(refund.ok ? 'refunded' : refund.error.fieldErrors?.map((error) => error.path)).toEqual(['amount']);
    expect((await shop.view(link.paymentId)).amounts).toMatchObject({ captured: 5000, refunded: 0 });
  });

  it('voids an authorisation before capture, and then nothing can be captured', async () => {
    const link = await shop.link(800);
    await shop.authorize(link, TEST_TOKENS.success);
    const staff = shop.staff();
    expect((await staff.ok(staff.mutate<{ status: string }>('payment.admin.void', { id: link.paymentId }))).status).toBe('cancelled');
    const capture = await staff.mutate('payment.admin.capture', { id: link.paymentId });
    expect(capture.ok ? 'captured' : [capture.error.status, capture.error.reason]).toEqual([409, 'PAYMENT_STATE']);
  });

  it("answers another shopper's payment — a wrong secret, no secret, a signed-in stranger — with NOT_FOUND", async () => {
    const link = await shop.link(900);
    const stranger = new BrowserClient(shop.api().url);
    for (const input of [{ paymentId: link.paymentId }, { paymentId: link.paymentId, clientSecret: 'pay_secret_not-the-right-one-at-all' }]) {
      const seen = await stranger.query('payment.get', input);
      expect(seen.ok ? 'seen' : seen.error.code).toBe('NOT_FOUND');
      const paid = await stranger.mutate('payment.authorize', { ...input, paymentMethod: TEST_TOKENS.success });
      expect(paid.ok ? 'paid' : paid.error.code).toBe('NOT_FOUND');
    }
    const customer = new BrowserClient(shop.api().url);
    await customer.ok(customer.mutate('user.auth.login', { email: 'shopper@example.com', password: 'emporium-shopper-demo' }));
    const asCustomer = await customer.query('payment.get', { paymentId: link.paymentId });
    expect(asCustomer.ok ? 'seen' : asCustomer.error.code).toBe('NOT_FOUND');
    const staffOnly = await customer.mutate('payment.admin.capture', { id: link.paymentId });
    expect(staffOnly.ok ? 'captured' : staffOnly.error.code).toBe('FORBIDDEN');
    expect((await shop.view(link.paymentId)).status).toBe('requires_payment_method');
  });
});
