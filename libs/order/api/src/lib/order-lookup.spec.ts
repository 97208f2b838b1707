import { randomUUID } from 'node:crypto';
import { formatOrderNumber } from '@emporium/order-domain';
import { outcome } from '@emporium/platform-trpc/testing';
import { createInput, orderHarness, TOKEN } from './order.harness.test';
import { LOOKUP_NOT_FOUND_MESSAGE } from './order-lookup';
import { shipmentDeliveredHandler, shipmentShippedHandler } from './shipment-handlers';

const WAREHOUSE = '11111111-1111-4111-8111-111111111111';

describe('a guest order found by its number and e-mail address', () => {
  const h = orderHarness();
  const placed = async (customerId: string | null = null) => h.service().create(createInput({ customerId, paymentId: h.state.fakes.authorise(3467) }));
  const notFound = { code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND', message: LOOKUP_NOT_FOUND_MESSAGE };
  const shippingEvent = (shipmentId: string, number: string, status: 'in_transit' | 'delivered') => ({
    shipmentId,
    orderRef: number,
    kind: 'outbound',
    returnOf: null,
    carrier: 'sandbox-carrier',
    status,
    trackingNumber: null,
    occurredAt: new Date().toISOString(),
    source: 'carrier',
  });

  it('answers the same view as the token does, whatever the case and spacing of the e-mail and with or without the dash', async () => {
    const { orderId, number } = await placed();
    const byToken = await h.anonymous().guest.get({ orderId, accessToken: TOKEN });
    for (const [typed, email] of [
      [number, 'ada@example.com'],
      [number.replace('-', ''), '  ADA@Example.COM '],
      [` #${number} `, 'Ada@example.com'],
    ] as const) {
      expect(await h.anonymous().guest.lookup({ number: typed, email })).toEqual({ order: byToken });
    }
  });

  it("answers one identical NOT_FOUND for a wrong e-mail, a wrong or malformed number and a customer's order", async () => {
    const { number } = await placed();
    const customers = await placed(randomUUID());
    const sequence = Number(number.split('-')[0]);
    const answers = await Promise.all(
      [
        { number, email: 'eve@example.com' },
        { number: formatOrderNumber(sequence + 1000), email: 'ada@example.com' },
        { number: `${number.slice(0, -1)}${(Number(number.at(-1)) + 1) % 10}`, email: 'ada@example.com' },
        { number: 'not-a-number', email: 'ada@example.com' },
        { number: customers.number, email: 'ada@example.com' },
      ].map((input) => outcome(h.anonymous().guest.lookup(input))),
    );
    for (const answer of answers) expect({ code: answer.code, reason: answer.reason, message: answer.message }).toEqual(notFound);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
  });

  it('refuses the 11th miss from one address with TOO_MANY_REQUESTS and Retry-After, even for the right pair; another address still looks up', async () => {
    const { number } = await placed();
    const headers = new Headers();
    const guesser = h.anonymousFrom('203.0.113.7', headers);
    for (let miss = 0; miss < 10; miss++) expect((await outcome(guesser.guest.lookup({ number, email: `guess${miss}@example.com` }))).code).toBe('NOT_FOUND');
    const limited = await outcome(guesser.guest.lookup({ number, email: 'guess10@example.com' }));
    expect([limited.code, limited.reason]).toEqual(['TOO_MANY_REQUESTS', 'ORDER_LOOKUP_GUESSES_LIMITED']);
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await outcome(guesser.guest.lookup({ number, email: 'ada@example.com' }))).code).toBe('TOO_MANY_REQUESTS');
    expect((await outcome(guesser.guest.cancel({ number, email: 'ada@example.com' }))).code).toBe('TOO_MANY_REQUESTS');
    expect((await h.anonymousFrom('198.51.100.2').guest.lookup({ number, email: 'ada@example.com' })).order.number).toBe(number);
  });

  it('lets the guest cancel with the number and e-mail instead of the token; a wrong e-mail changes nothing', async () => {
    const { orderId, number } = await placed();
    const wrong = await outcome(h.anonymous().guest.cancel({ number, email: 'eve@example.com' }));
    expect({ code: wrong.code, reason: wrong.reason, message: wrong.message }).toEqual(notFound);
    expect(h.state.fakes.calls).toEqual([]);
    const view = await h.anonymous().guest.cancel({ number: number.replace('-', ''), email: ' ADA@example.com' });
    expect(view).toMatchObject({ id: orderId, status: 'cancelled' });
    expect(h.state.fakes.calls.map((call) => `${call.service}.${call.op}`)).toEqual(['payment.void', 'inventory.restock']);
  });

  it("lets the guest ask for a return with the number and e-mail, never a customer's order; a change needs one whole credential", async () => {
    const { orderId, number } = await placed();
    const fulfilment = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    await h.deliver(shipmentShippedHandler, shippingEvent(fulfilment.shipmentId, number, 'in_transit'));
    await h.deliver(shipmentDeliveredHandler, shippingEvent(fulfilment.shipmentId, number, 'delivered'));
    const lines = [{ lineId: 'line-1', quantity: 1, reason: 'damaged' as const }];
    const view = await h.anonymous().guest.requestReturn({ number, email: 'ada@example.com', lines });
    expect(view).toMatchObject({ id: orderId, status: 'return_requested', returns: [{ status: 'requested' }] });

    const owner = randomUUID();
    const customers = await placed(owner);
    const refused = await outcome(h.anonymous().guest.cancel({ number: customers.number, email: 'ada@example.com' }));
    expect({ code: refused.code, reason: refused.reason, message: refused.message }).toEqual(notFound);
    expect((await h.customer(owner).mine.get({ orderId: customers.orderId })).status).toBe('placed');

    const incomplete = await outcome(h.anonymous().guest.cancel({ number } as never));
    expect([incomplete.code, incomplete.fields]).toEqual(['BAD_REQUEST', ['accessToken']]);
  });
});
