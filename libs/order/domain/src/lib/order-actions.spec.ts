import { factsFor, handSnapshot, lineFacts } from '../testing/order-fixtures';
import { cancel, decide, receiveReturn, refundReturn, requestReturn } from './order-actions';
import { orderStatus } from './order-status';

// a: 2 × 10.00 + 2.00 tax each; b: 1 × 5.00; shipping 5.00 + 1.00 tax → total 20.00 + 4.00 + 5.00 + 6.00 = 35.00.
const snapshot = handSnapshot(
  [
    { lineId: 'a', unitPrice: 1000, quantity: 2, tax: 400 },
    { lineId: 'b', unitPrice: 500, quantity: 1 },
  ],
  { shipping: { charge: 500, tax: 100 } },
);
const eur = (amount: number) => ({ amount, currency: snapshot.currency });
const deliveredPaid = { snapshot, facts: factsFor(snapshot, 'delivered', { captured: 3500 }) };

describe('cancel', () => {
  it('voids the authorisation and restocks everything when nothing was captured', () => {
    const result = cancel({ snapshot, facts: factsFor(snapshot) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.payment).toEqual([{ kind: 'void', amount: eur(3500) }]);
    expect(result.value.restock).toEqual([
      { lineId: 'a', quantity: 2 },
      { lineId: 'b', quantity: 1 },
    ]);
    expect(orderStatus(result.value.facts)).toBe('cancelled');
  });

  it('refunds what was captured and voids the rest of the authorisation', () => {
    const result = cancel({ snapshot, facts: factsFor(snapshot, 'fulfilled', { captured: 1000 }) });
    expect(result.ok && result.value.payment).toEqual([
      { kind: 'void', amount: eur(2500) },
      { kind: 'refund', amount: eur(1000) },
    ]);
  });

  it('only refunds once the authorisation is closed', () => {
    const result = cancel({ snapshot, facts: factsFor(snapshot, 'placed', { captured: 3500, authorizationClosed: true }) });
    expect(result.ok && result.value.payment).toEqual([{ kind: 'refund', amount: eur(3500) }]);
  });

  it('refuses once anything shipped, and changes nothing', () => {
    const facts = { ...factsFor(snapshot), lines: [lineFacts('a', 2, { fulfilled: 1, shipped: 1 }), lineFacts('b', 1)] };
    const before = structuredClone(facts);
    expect(cancel({ snapshot, facts })).toEqual({ ok: false, error: { type: 'CancelAfterShipment', shippedQuantity: 1 } });
    expect(facts).toEqual(before);
  });

  it('refuses to cancel twice', () => {
    expect(cancel({ snapshot, facts: { ...factsFor(snapshot), cancelled: true } })).toEqual({ ok: false, error: { type: 'OrderCancelled' } });
  });
});

describe('requestReturn', () => {
  it('records the request and moves nothing else', () => {
    const result = requestReturn(deliveredPaid, [{ lineId: 'a', quantity: 1, reason: 'damaged' }]);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.facts.lines[0]?.returnRequested).toBe(1);
    expect([result.value.restock, result.value.payment]).toEqual([[], []]);
    expect(orderStatus(result.value.facts)).toBe('return_requested');
  });

  it('refuses more than was delivered and not already asked for', () => {
    const facts = { ...deliveredPaid.facts, lines: [lineFacts('a', 2, { fulfilled: 2, shipped: 2, delivered: 2, returnRequested: 1 }), deliveredPaid.facts.lines[1]!] };
    expect(requestReturn({ snapshot, facts }, [{ lineId: 'a', quantity: 2, reason: 'changed_mind' }])).toEqual({
      ok: false,
      error: { type: 'ReturnExceedsDelivered', lineId: 'a', requested: 2, returnable: 1 },
    });
  });

  it('refuses a return of units not yet delivered', () => {
    expect(requestReturn({ snapshot, facts: factsFor(snapshot, 'shipped') }, [{ lineId: 'b', quantity: 1, reason: 'wrong_item' }])).toMatchObject({
      ok: false,
      error: { type: 'ReturnExceedsDelivered', returnable: 0 },
    });
  });

  it('refuses an unknown line, a bad quantity and an empty request', () => {
    expect(requestReturn(deliveredPaid, [{ lineId: 'x', quantity: 1, reason: 'other' }])).toMatchObject({ error: { type: 'UnknownLine' } });
    expect(requestReturn(deliveredPaid, [{ lineId: 'a', quantity: 0, reason: 'other' }])).toMatchObject({ error: { type: 'InvalidQuantity' } });
    expect(requestReturn(deliveredPaid, [])).toEqual({ ok: false, error: { type: 'NothingToDo', action: 'return' } });
  });
});

describe('receiveReturn', () => {
  const requested = (a: number, b: number) => {
    const result = requestReturn(deliveredPaid, [
      ...(a > 0 ? [{ lineId: 'a', quantity: a, reason: 'damaged' as const }] : []),
      ...(b > 0 ? [{ lineId: 'b', quantity: b, reason: 'damaged' as const }] : []),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { snapshot, facts: result.value.facts };
  };

  it('restocks and refunds the received units in one action', () => {
    // one unit of a: 10.00 + 2.00 tax.
    const result = receiveReturn(requested(1, 0), [{ lineId: 'a', quantity: 1 }]);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.restock).toEqual([{ lineId: 'a', quantity: 1 }]);
    expect(result.value.payment).toEqual([{ kind: 'refund', amount: eur(1200) }]);
    expect(result.value.facts.lines[0]).toMatchObject({ returnReceived: 1, returnRefunded: 1 });
    expect(orderStatus(result.value.facts)).toBe('refunded');
  });

  it('refunds the shipping with the return that brings everything back', () => {
    // 2 × 12.00 + 5.00 + 6.00 = 35.00, the whole order.
    const result = receiveReturn(requested(2, 1), [
      { lineId: 'a', quantity: 2 },
      { lineId: 'b', quantity: 1 },
    ]);
    expect(result.ok && result.value.payment).toEqual([{ kind: 'refund', amount: eur(3500) }]);
  });

  it('can receive now and refund later', () => {
    const received = receiveReturn(requested(1, 0), [{ lineId: 'a', quantity: 1 }], { refund: false });
    if (!received.ok) throw new Error(JSON.stringify(received.error));
    expect(received.value.payment).toEqual([]);
    expect(orderStatus(received.value.facts)).toBe('return_received');
    const refunded = refundReturn({ snapshot, facts: received.value.facts }, [{ lineId: 'a', quantity: 1 }]);
    expect(refunded.ok && refunded.value.payment).toEqual([{ kind: 'refund', amount: eur(1200) }]);
  });

  it('refuses receiving more than was asked for', () => {
    expect(receiveReturn(requested(1, 0), [{ lineId: 'a', quantity: 2 }])).toEqual({
      ok: false,
      error: { type: 'ReceiveExceedsRequested', lineId: 'a', received: 2, awaiting: 1 },
    });
  });

  it('refuses refunding more than was captured, and changes nothing', () => {
    const order = requested(2, 0);
    const underCaptured = { snapshot, facts: { ...order.facts, payment: { ...order.facts.payment, captured: 3500, refunded: 2500 } } };
    const before = structuredClone(underCaptured);
    expect(receiveReturn(underCaptured, [{ lineId: 'a', quantity: 2 }])).toEqual({
      ok: false,
      error: { type: 'RefundAboveCaptured', requested: eur(2400), refundable: eur(1000) },
    });
    expect(underCaptured).toEqual(before);
  });

  it('refuses refunding units not received', () => {
    expect(refundReturn(requested(1, 0), [{ lineId: 'a', quantity: 1 }])).toEqual({
      ok: false,
      error: { type: 'RefundExceedsReceived', lineId: 'a', requested: 1, refundable: 0 },
    });
  });
});

describe('decide', () => {
  it('dispatches each action', () => {
    expect(decide({ snapshot, facts: factsFor(snapshot) }, { type: 'cancel' }).ok).toBe(true);
    expect(decide(deliveredPaid, { type: 'requestReturn', lines: [{ lineId: 'b', quantity: 1, reason: 'other' }] }).ok).toBe(true);
    expect(decide(deliveredPaid, { type: 'receiveReturn', lines: [{ lineId: 'b', quantity: 1 }] })).toMatchObject({ error: { type: 'ReceiveExceedsRequested' } });
    expect(decide(deliveredPaid, { type: 'refundReturn', lines: [{ lineId: 'b', quantity: 1 }] })).toMatchObject({ error: { type: 'RefundExceedsReceived' } });
  });

  it('refuses every return step on a cancelled order', () => {
    const cancelled = { snapshot, facts: { ...deliveredPaid.facts, cancelled: true } };
    expect(decide(cancelled, { type: 'requestReturn', lines: [{ lineId: 'b', quantity: 1, reason: 'other' }] })).toEqual({ ok: false, error: { type: 'OrderCancelled' } });
  });
});
