import { SIGNATURE_HEADER, signPayload, TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { usePaymentShop, WEBHOOK_SECRET } from '../testing/payment-shop';

describe('payment webhooks from the test gateway', () => {
  const shop = usePaymentShop();
  const rows = async (paymentId: string) =>
    (await sql<{ event_id: string; type: string }>`SELECT event_id, type FROM payment.webhook_event WHERE payment_id = ${paymentId}::uuid ORDER BY received_at`.execute(shop.api().database.db)).rows;

  it('authorises from the webhook when the shopper never comes back from the challenge, and a stale event never moves it back', async () => {
    const link = await shop.link(6400);
    const control = shop.gateway().control;
    control.pauseWebhooks();
    const challenged = await shop.authorize(link, TEST_TOKENS.requiresAction);
    const completed = await fetch(challenged.nextAction?.url ?? '', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=complete', redirect: 'manual' });
    expect(completed.status).toBe(303);
    // Newest first: the authorisation arrives before the older "requires action".
    const released = await control.releaseWebhooks('reverse');
    expect(released.map((event) => event.type)).toEqual(expect.arrayContaining(['payment_intent.requires_action', 'payment_intent.amount_capturable_updated']));
    await control.webhooksSettled();
    const view = await shop.view(link.paymentId);
    expect(view.status).toBe('authorized');
    expect(view.ledger.map((entry) => [entry.kind, entry.amount])).toEqual([['authorization', 6400]]);
    expect((await rows(link.paymentId)).length).toBe(released.length);
  });

  it('applies a redelivered event once', async () => {
    const link = await shop.link(700);
    await shop.authorize(link, TEST_TOKENS.success);
    const staff = shop.staff();
    await staff.ok(staff.mutate('payment.admin.capture', { id: link.paymentId }));
    const control = shop.gateway().control;
    await control.webhooksSettled();
    const before = { events: await rows(link.paymentId), view: await shop.view(link.paymentId) };
    const intentEvents = control.events().filter((event) => (event.data.object as { id?: string }).id === before.view.intentId);
    for (const event of intentEvents) await control.replayEvent(event.id, 2);
    await control.webhooksSettled();
    expect(await rows(link.paymentId)).toEqual(before.events);
    const after = await shop.view(link.paymentId);
    expect([after.status, after.ledger]).toEqual([before.view.status, before.view.ledger]);
  });

  it('refuses a forged or stale delivery with 400 and changes nothing', async () => {
    const link = await shop.link(1100);
    await shop.authorize(link, TEST_TOKENS.success);
    await shop.gateway().control.webhooksSettled();
    const view = await shop.view(link.paymentId);
    const body = JSON.stringify({
      id: 'evt_forged_1',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: { object: { ...shop.gateway().control.intents().find((intent) => intent.id === view.intentId), status: 'succeeded', amountReceived: 1100, amountCapturable: 0 } },
    });
    const post = (signature: string | null) =>
      fetch(`${shop.api().url}/webhooks/payment/test-gateway`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
        body,
      });
    const forged = await post(signPayload('not-the-secret', body, Date.now() / 1000));
    expect([forged.status, await forged.json()]).toEqual([400, { error: 'bad_signature' }]);
    const stale = await post(signPayload(WEBHOOK_SECRET, body, Date.now() / 1000 - 301));
    expect([stale.status, await stale.json()]).toEqual([400, { error: 'stale_timestamp' }]);
    expect((await post(null)).status).toBe(400);
    expect((await fetch(`${shop.api().url}/webhooks/payment/paypal`, { method: 'POST', body })).status).toBe(404);
    const after = await shop.view(link.paymentId);
    expect([after.status, after.ledger, after.events]).toEqual([view.status, view.ledger, view.events]);
    // The very same body, genuinely signed, is taken: the refusals were about the signature and the time only.
    const genuine = await post(signPayload(WEBHOOK_SECRET, body, Date.now() / 1000));
    expect(genuine.status).toBe(200);
    expect((await shop.view(link.paymentId)).amounts.captured).toBe(1100);
  });

  it('never takes card details: a request carrying one is refused, the log shows it redacted, and the number is stored nowhere', async () => {
    const link = await shop.link(1300);
    const shopper = new BrowserClient(shop.api().url);
    const asToken = await shopper.mutate('payment.authorize', { ...link, paymentMethod: '4242424242424242' });
    expect(asToken.ok ? 'taken' : [asToken.error.status, asToken.error.reason]).toEqual([400, 'CARD_DATA_REFUSED']);
    const asCard = await shopper.mutate('payment.authorize', { ...link, paymentMethod: 'tok_visa', card: { number: '4000 0566 5566 5556', cvc: '123', expMonth: 12, expYear: 2030 } });
    expect(asCard.ok ? 'taken' : asCard.error.reason).toBe('CARD_DATA_REFUSED');
    const logs = JSON.stringify(shop.api().logs);
    expect(logs).toContain('refused a request carrying card data');
    expect(logs).toContain('[REDACTED]');
    for (const digits of ['4242424242424242', '4000056655665556', '4000 0566 5566 5556']) expect(logs).not.toContain(digits);
    const dump = await sql<{ text: string }>`
      SELECT string_agg(t::text, ' ') AS text FROM (
        SELECT p::text AS t FROM payment.payment p UNION ALL SELECT a::text FROM payment.attempt a
        UNION ALL SELECT l::text FROM payment.ledger_entry l UNION ALL SELECT w::text FROM payment.webhook_event w) rows`.execute(shop.api().database.db);
    expect(dump.rows[0]?.text).not.toMatch(/4242424242424242|4000056655665556/);
    expect((await shop.view(link.paymentId)).status).toBe('requires_payment_method');
  });
});
