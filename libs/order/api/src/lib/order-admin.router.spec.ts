import { randomUUID } from 'node:crypto';
import { outcome } from '@emporium/platform-trpc/testing';
import { createInput, orderHarness } from './order.harness.test';

const WAREHOUSE = '11111111-1111-4111-8111-111111111111';

describe('the order service for staff', () => {
  const h = orderHarness();
  const placed = async (customerId: string | null = null) => {
    const paymentId = h.state.fakes.authorise(3467);
    return { ...(await h.service().create(createInput({ customerId, paymentId }))), paymentId };
  };

  it('edits a quantity before fulfilment at the prices bought, restocks the unit, and captures the new total at fulfilment', async () => {
    const { orderId, paymentId } = await placed();
    // One of three units out: that unit paid 8.99 + 0.90 tax (see the return spec), so 34.67 − 9.89 = 24.78.
    const edited = await h.staff().admin.edit({ orderId, changes: [{ lineId: 'line-1', quantity: 2 }] });
    expect(edited).toEqual({ total: 2478, difference: -989, refunded: 0, changes: [{ lineId: 'line-1', from: 3, to: 2 }] });
    expect(h.state.fakes.calls.find((call) => call.op === 'restock')?.input).toMatchObject({ reason: 'cancellation', lines: [{ sku: 'MUG-BLUE', quantity: 1 }] });
    const view = await h.staff().admin.get({ orderId });
    expect(view.lines[0]).toMatchObject({ quantity: 2, subtotal: 1998, discount: 200, tax: 180, total: 1798 });
    expect(view.totals).toEqual({ subtotal: 1998, discountTotal: 200, shipping: 500, taxTotal: 180, grandTotal: 2478 });
    expect((await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE })).captured).toBe(2478);
    expect(h.state.fakes.payments.get(paymentId)?.captured).toBe(2478);
    const late = await outcome(h.staff().admin.edit({ orderId, changes: [{ lineId: 'line-1', quantity: 1 }] }));
    expect([late.code, late.reason]).toEqual(['CONFLICT', 'EDIT_AFTER_FULFILMENT']);
  });

  it('lets staff cancel a packed order before it ships (label voided, capture refunded, stock back); a shopper may not', async () => {
    const owner = randomUUID();
    const paymentId = h.state.fakes.authorise(3467);
    const { orderId } = await h.service().create(createInput({ customerId: owner, paymentId }));
    const { shipmentId } = await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    expect((await h.customer(owner).mine.get({ orderId })).actions.canCancel).toBe(false);
    const refused = await outcome(h.customer(owner).mine.cancel({ orderId }));
    expect([refused.code, refused.reason]).toEqual(['CONFLICT', 'CANCEL_AFTER_FULFILMENT']);
    expect(await h.staff().admin.cancel({ orderId, reason: 'Customer phoned' })).toEqual({ voided: 0, refunded: 3467 });
    expect(h.state.fakes.calls.filter((call) => call.op !== 'create' && call.op !== 'buyLabel').map((call) => `${call.service}.${call.op}`)).toEqual([
      'payment.capture',
      'shipping.cancelLabel',
      'payment.refund',
      'inventory.restock',
    ]);
    expect(h.state.fakes.calls.find((call) => call.op === 'cancelLabel')?.input).toEqual({ shipmentId });
    expect(h.state.fakes.payments.get(paymentId)).toMatchObject({ captured: 3467, refunded: 3467 });
  });

  it('captures at confirmation with ORDER_CAPTURE_AT=order, once, and not again at fulfilment; a cancelled order is not confirmed', async () => {
    const { orderId, paymentId } = await placed();
    expect(await h.service({ ORDER_CAPTURE_AT: 'order' }).confirm({ orderId })).toEqual({ queued: true });
    expect(await h.service({ ORDER_CAPTURE_AT: 'order' }).confirm({ orderId })).toEqual({ queued: false });
    expect(h.state.fakes.payments.get(paymentId)?.captured).toBe(3467);
    expect((await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE })).captured).toBe(0);
    expect(h.state.fakes.calls.filter((call) => call.op === 'capture')).toHaveLength(1);
    const cancelled = await placed();
    await h.staff().admin.cancel({ orderId: cancelled.orderId, reason: 'Duplicate' });
    expect(await h.service().confirm({ orderId: cancelled.orderId })).toEqual({ queued: false });
  });

  it('refuses an edit that raises a quantity, names an unknown line or removes everything', async () => {
    const { orderId } = await placed();
    const raised = await outcome(h.staff().admin.edit({ orderId, changes: [{ lineId: 'line-1', quantity: 4 }] }));
    expect([raised.code, raised.reason, raised.details?.['field']]).toEqual(['BAD_REQUEST', 'EDIT_RAISES_QUANTITY', 'changes.0.quantity']);
    expect((await outcome(h.staff().admin.edit({ orderId, changes: [{ lineId: 'nope', quantity: 1 }] }))).reason).toBe('UNKNOWN_LINE');
    expect((await outcome(h.staff().admin.edit({ orderId, changes: [{ lineId: 'line-1', quantity: 0 }] }))).reason).toBe('EDIT_REMOVES_EVERYTHING');
  });

  it('finds orders by number or e-mail, filters by status and total, and keeps shoppers and strangers out', async () => {
    const first = await placed(randomUUID());
    await placed();
    const byNumber = await h.staff().admin.list({ search: first.number.replace('-', '') });
    expect(byNumber.items.map((item) => item.id)).toEqual([first.orderId]);
    expect((await h.staff().admin.list({ search: 'ADA@example' })).total).toBe(2);
    await h.staff().admin.cancel({ orderId: first.orderId, reason: 'Fraud check failed' });
    expect((await h.staff().admin.list({ status: 'cancelled' })).items.map((item) => item.id)).toEqual([first.orderId]);
    expect((await h.staff().admin.list({ minTotal: 3468 })).total).toBe(0);
    expect((await outcome(h.customer(randomUUID()).admin.list({}))).code).toBe('FORBIDDEN');
    expect((await outcome(h.anonymous().admin.get({ orderId: first.orderId }))).code).toBe('UNAUTHORIZED');
  });

  it('shows the dashboard: today’s orders and revenue per currency, orders awaiting fulfilment, recent orders', async () => {
    const first = await placed();
    await placed();
    await h.staff().admin.fulfil({ orderId: first.orderId, shipFromLocationId: WAREHOUSE });
    const dashboard = await h.staff().admin.dashboard();
    expect(dashboard.today).toEqual({ orders: 2, revenue: [{ currency: 'USD', amount: 6934 }] });
    expect(dashboard.needingAction.count).toBe(1);
    expect(dashboard.recent).toHaveLength(2);
  });

  it('keeps notes and the timeline with who did what', async () => {
    const { orderId } = await placed();
    await h.staff().admin.addNote({ orderId, body: 'Customer called about gift wrap' });
    await h.staff().admin.fulfil({ orderId, shipFromLocationId: WAREHOUSE });
    const view = await h.staff().admin.get({ orderId });
    expect(view.notes.map((note) => note.body)).toEqual(['Customer called about gift wrap']);
    expect(view.timeline.map((entry) => [entry.kind, entry.actor.split(':')[0]])).toEqual([
      ['order.placed', 'service'],
      ['order.fulfilled', 'staff'],
      ['payment.captured', 'staff'],
    ]);
    expect(view.payment).toMatchObject({ amounts: { captured: 3467 } });
  });

  it('ignores prices a shopper sends with a return request and refuses unknown fields on the internal create', async () => {
    const owner = randomUUID();
    const { orderId } = await placed(owner);
    const sneaky = await outcome(h.customer(owner).mine.requestReturn({ orderId, lines: [{ lineId: 'line-1', quantity: 1, reason: 'damaged', refund: 99999 }], total: 1 } as never));
    expect(sneaky.reason).toBe('RETURN_EXCEEDS_DELIVERED');
    const extra = await outcome(h.service().create({ ...createInput({ paymentId: randomUUID() }), status: 'refunded' } as never));
    expect(extra.code).toBe('BAD_REQUEST');
  });
});
