import { randomUUID } from 'node:crypto';
import { outcome } from '@emporium/platform-trpc/testing';
import { createInput, orderHarness, TOKEN } from './order.harness.test';
import { shipmentDeliveredHandler, shipmentShippedHandler } from './shipment-handlers';

const WAREHOUSE = '11111111-1111-4111-8111-111111111111';

describe('the order service', () => {
  const h = orderHarness();
  const placed = async (customerId: string | null = null) => {
    const paymentId = h.state.fakes.authorise(3467);
    const created = await h.service().create(createInput({ customerId, paymentId }));
    return { ...created, paymentId };
  };
  const shippedEvent = (shipmentId: string, number: string, status: 'in_transit' | 'delivered') => ({
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
  /** Fulfilled whole, then the carrier's shipped and delivered events. */
  const delivered = async (orderId: string, number: string) => {
    const fulfilment = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    await h.deliver(shipmentShippedHandler, shippedEvent(fulfilment.shipmentId, number, 'in_transit'));
    await h.deliver(shipmentDeliveredHandler, shippedEvent(fulfilment.shipmentId, number, 'delivered'));
    return fulfilment;
  };

  it('creates one order for five parallel creations of one checkout attempt', async () => {
    const paymentId = h.state.fakes.authorise(3467);
    const input = createInput({ paymentId });
    const results = await Promise.all(Array.from({ length: 5 }, () => h.service().create(input)));
    expect(new Set(results.map((result) => result.orderId)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(results[0]?.number).toMatch(/^\d+-\d$/);
    expect(h.state.published.filter((event) => event.type === 'order.placed')).toHaveLength(1);
    const count = await h.state.database.db.withSchema('order').selectFrom('orders' as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number((count as { n: string }).n)).toBe(1);
  });

  it('refuses create from outside the services and a snapshot with a foreign currency or fractional amounts, with field paths', async () => {
    const input = createInput({ paymentId: randomUUID() });
    expect((await outcome(h.anonymous().create(input))).code).toBe('FORBIDDEN');
    const line = { ...input.snapshot.lines[0], unitPrice: { amount: 9.99, currency: 'EUR' } };
    const bad = await outcome(h.service().create({ ...input, snapshot: { ...input.snapshot, lines: [line] } } as never));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields).toEqual(expect.arrayContaining(['snapshot.lines.0.unitPrice.amount']));
    const wrongTotal = await outcome(h.service().create({ ...input, snapshot: { ...input.snapshot, totals: { ...input.snapshot.totals, total: { amount: 1, currency: 'USD' } } } } as never));
    expect(wrongTotal.fields).toEqual(['snapshot.totals.total']);
  });

  it("answers NOT_FOUND for another customer's order and for a wrong guest token; the right token opens it", async () => {
    const owner = randomUUID();
    const { orderId, number } = await placed(owner);
    expect((await h.customer(owner).mine.get({ orderId })).number).toBe(number);
    expect((await outcome(h.customer(randomUUID()).mine.get({ orderId }))).code).toBe('NOT_FOUND');
    expect((await outcome(h.anonymous().guest.get({ orderId, accessToken: `${TOKEN}x` }))).code).toBe('NOT_FOUND');
    const view = await h.anonymous().guest.get({ orderId, accessToken: TOKEN });
    expect(view).toMatchObject({ number, status: 'placed', fulfilmentStatus: 'unfulfilled', paymentStatus: 'authorized', actions: { canCancel: true } });
    expect((await h.customer(owner).mine.list({})).items.map((item) => item.id)).toEqual([orderId]);
    expect((await h.customer(randomUUID()).mine.list({})).items).toEqual([]);
  });

  it('cancels before fulfilment: voids the authorisation, restocks and records it; again is refused', async () => {
    const { orderId, paymentId } = await placed();
    const view = await h.anonymous().guest.cancel({ orderId, accessToken: TOKEN });
    expect(view.status).toBe('cancelled');
    expect(h.state.fakes.calls.map((call) => `${call.service}.${call.op}`)).toEqual(['payment.void', 'inventory.restock']);
    expect(h.state.fakes.calls[1]?.input).toMatchObject({ reason: 'cancellation', lines: [{ sku: 'MUG-BLUE', quantity: 3 }] });
    expect(h.state.fakes.payments.get(paymentId)?.closed).toBe(true);
    const again = await outcome(h.anonymous().guest.cancel({ orderId, accessToken: TOKEN }));
    expect([again.code, again.reason]).toEqual(['CONFLICT', 'ORDER_CANCELLED']);
  });

  it('refuses to cancel a shipped order and changes nothing', async () => {
    const owner = randomUUID();
    const { orderId, number } = await placed(owner);
    const fulfilment = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    await h.deliver(shipmentShippedHandler, shippedEvent(fulfilment.shipmentId, number, 'in_transit'));
    const before = await h.staff().admin.get({ orderId });
    const callsBefore = h.state.fakes.calls.length;
    const refused = await outcome(h.customer(owner).mine.cancel({ orderId }));
    expect([refused.code, refused.reason]).toEqual(['CONFLICT', 'CANCEL_AFTER_SHIPMENT']);
    expect(refused.message).toContain('already shipped');
    const after = await h.staff().admin.get({ orderId });
    expect(after.cancelledAt).toBeNull();
    expect(after.timeline).toEqual(before.timeline);
    expect(h.state.fakes.calls.length).toBe(callsBefore);
  });

  it('captures at the first fulfilment, and refuses a refund above what was captured without changing anything', async () => {
    const { orderId, paymentId } = await placed();
    const fulfilment = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    expect(fulfilment).toMatchObject({ captured: 3467, documents: { label: { procedure: 'shipping.admin.shipments.labelPdf', input: { id: fulfilment.shipmentId } } } });
    expect(h.state.fakes.calls.find((call) => call.op === 'create')?.input).toMatchObject({ orderRef: expect.stringMatching(/-/), shipTo: { line1: '1 Main St', country: 'US' } });
    const refused = await outcome(h.staff().admin.refund({ orderId, amount: 3468, reason: 'Goodwill' }));
    expect([refused.code, refused.reason]).toEqual(['CONFLICT', 'REFUND_ABOVE_CAPTURED']);
    expect(h.state.fakes.payments.get(paymentId)?.refunded).toBe(0);
    expect(await h.staff().admin.refund({ orderId, amount: 500, reason: 'Goodwill' })).toEqual({ refunded: 500 });
    expect(h.state.fakes.payments.get(paymentId)?.refunded).toBe(500);
  });

  it('refuses a return of more units than were delivered', async () => {
    const owner = randomUUID();
    const { orderId } = await placed(owner);
    await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    const refused = await outcome(h.customer(owner).mine.requestReturn({ orderId, lines: [{ lineId: 'line-1', quantity: 1, reason: 'damaged' }] }));
    expect([refused.code, refused.reason, refused.details?.['lineId']]).toEqual(['BAD_REQUEST', 'RETURN_EXCEEDS_DELIVERED', 'line-1']);
    expect((await h.customer(owner).mine.get({ orderId })).returns).toEqual([]);
  });

  it('refunds exactly the prorated amount of one returned unit of three (10% coupon, 10% tax on top)', async () => {
    const owner = randomUUID();
    const { orderId, number, paymentId } = await placed(owner);
    await delivered(orderId, number);
    const view = await h.customer(owner).mine.requestReturn({ orderId, lines: [{ lineId: 'line-1', quantity: 1, reason: 'changed_mind', note: 'Too big' }] });
    expect(view.status).toBe('return_requested');
    const requestId = view.returns[0]?.id ?? '';
    const received = await h.staff().admin.receiveReturn({ returnRequestId: requestId, restock: true });
    // By hand: the line is 3 × 9.99 = 29.97 with 3.00 off (the coupon), so each unit takes 1.00 of the discount and
    // nets 9.99 − 1.00 = 8.99; the line's tax 2.70 spread over three equal nets is 0.90 a unit. Shipping stays (the
    // rest of the order is kept). One unit back: 8.99 + 0.90 = 9.89.
    expect(received.refund).toMatchObject({ total: 989, tax: 90, shipping: 0, lines: [{ lineId: 'line-1', quantity: 1, net: 899, tax: 90, amount: 989 }] });
    expect(h.state.fakes.payments.get(paymentId)?.refunded).toBe(989);
    expect(h.state.fakes.calls.filter((call) => call.op === 'restock').at(-1)?.input).toMatchObject({ reason: 'return', lines: [{ sku: 'MUG-BLUE', quantity: 1 }] });
    const after = await h.customer(owner).mine.get({ orderId });
    expect(after.lines[0]).toMatchObject({ returnRequested: 1, returnReceived: 1, returnRefunded: 1 });
    expect(after.returns[0]).toMatchObject({ status: 'refunded', refundAmount: 989 });
  });

  it('moves lines to shipped and delivered once, however often the shipping events arrive', async () => {
    const owner = randomUUID();
    const { orderId, number } = await placed(owner);
    const fulfilment = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    for (let delivery = 0; delivery < 2; delivery++) await h.deliver(shipmentShippedHandler, shippedEvent(fulfilment.shipmentId, number, 'in_transit'));
    expect((await h.customer(owner).mine.get({ orderId })).lines[0]).toMatchObject({ fulfilled: 3, shipped: 3, delivered: 0 });
    for (let delivery = 0; delivery < 2; delivery++) await h.deliver(shipmentDeliveredHandler, shippedEvent(fulfilment.shipmentId, number, 'delivered'));
    const view = await h.customer(owner).mine.get({ orderId });
    expect(view.lines[0]).toMatchObject({ fulfilled: 3, shipped: 3, delivered: 3 });
    expect(view).toMatchObject({ status: 'delivered', shipments: [{ status: 'delivered', carrier: 'sandbox-carrier', trackingNumber: fulfilment.trackingNumber }] });
    expect(h.state.published.map((event) => event.type).filter((type) => type === 'order.shipped' || type === 'order.delivered')).toEqual(['order.shipped', 'order.delivered']);
  });

  it('queues the e-mails for placed (once), shipped, delivered, refunded and cancelled', async () => {
    const owner = randomUUID();
    const { orderId, number } = await placed(owner);
    expect(await h.service().confirm({ orderId })).toEqual({ queued: true });
    expect(await h.service().confirm({ orderId })).toEqual({ queued: false });
    await delivered(orderId, number);
    await h.staff().admin.refund({ orderId, amount: 100, reason: 'Late' });
    const other = await placed();
    await h.staff().admin.cancel({ orderId: other.orderId, reason: 'Out of stock after all' });
    expect((await h.mails()).map((mail) => mail.template)).toEqual(['order.placed', 'order.shipped', 'order.delivered', 'order.refunded', 'order.cancelled']);
  });

  it("voids a checkout attempt's order once and does nothing for an attempt without one", async () => {
    const paymentId = h.state.fakes.authorise(3467);
    const input = createInput({ paymentId });
    expect(await h.service().voidCheckoutOrder({ checkoutAttempt: input.checkoutAttempt })).toEqual({ cancelled: false });
    const { orderId } = await h.service().create(input);
    expect(await h.service().voidCheckoutOrder({ checkoutAttempt: input.checkoutAttempt })).toEqual({ cancelled: true });
    expect(await h.service().voidCheckoutOrder({ checkoutAttempt: input.checkoutAttempt })).toEqual({ cancelled: false });
    expect(h.state.fakes.calls).toEqual([]);
    const view = await h.staff().admin.get({ orderId });
    expect(view.timeline.map((entry) => [entry.kind, entry.details['reason'] ?? null])).toEqual([
      ['order.placed', null],
      ['order.cancelled', 'checkout_failed'],
    ]);
  });
});
