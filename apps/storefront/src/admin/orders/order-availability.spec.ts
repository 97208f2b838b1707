import { type OrderActionFacts, orderAvailability } from './order-availability';

const placed: OrderActionFacts = {
  cancelledAt: null,
  shippingAddress: { name: 'Ann' },
  lines: [
    { quantity: 2, fulfilled: 0, shipped: 0 },
    { quantity: 1, fulfilled: 0, shipped: 0 },
  ],
  payment: { amounts: { capturable: 4500, refundable: 0 } },
};

const reasonOf = (availability: { allowed: boolean; reason?: string }) => (availability.allowed ? null : availability.reason);

describe('the order actions on offer', () => {
  it('offers fulfil, capture, cancel and edit on a placed order, and no refund before a capture', () => {
    const offered = orderAvailability(placed);
    expect([offered.fulfil.allowed, offered.capture.allowed, offered.cancel.allowed, offered.edit.allowed]).toEqual([true, true, true, true]);
    expect(reasonOf(offered.refund)).toBe('Nothing captured is left to refund.');
  });

  it('says why a shipped order cannot be cancelled or edited', () => {
    const shipped = orderAvailability({
      ...placed,
      lines: [{ quantity: 2, fulfilled: 2, shipped: 2 }],
      payment: { amounts: { capturable: 0, refundable: 4500 } },
    });
    expect(reasonOf(shipped.cancel)).toMatch(/return/);
    expect(reasonOf(shipped.edit)).toMatch(/before anything is fulfilled/);
    expect(reasonOf(shipped.fulfil)).toBe('Every unit is fulfilled already.');
    expect(reasonOf(shipped.capture)).toBe('Nothing is left to capture.');
    expect(shipped.refund.allowed).toBe(true);
  });

  it('offers nothing but a refund on a cancelled order, each refusal with its reason', () => {
    const cancelled = orderAvailability({ ...placed, cancelledAt: '2026-03-01T10:00:00Z', payment: { amounts: { capturable: 0, refundable: 100 } } });
    expect(reasonOf(cancelled.cancel)).toBe('The order is cancelled already.');
    expect(reasonOf(cancelled.fulfil)).toBe('The order is cancelled.');
    expect(reasonOf(cancelled.capture)).toBe('The order is cancelled.');
    expect(cancelled.refund.allowed).toBe(true);
  });

  it('still offers staff the cancel of a packed order that has not shipped, but no edit', () => {
    const packed = orderAvailability({ ...placed, lines: [{ quantity: 2, fulfilled: 2, shipped: 0 }] });
    expect(packed.cancel.allowed).toBe(true);
    expect(reasonOf(packed.edit)).toMatch(/before anything is fulfilled/);
  });

  it('does not offer to send an order without a shipping address, or to take money without a payment', () => {
    const digital = orderAvailability({ ...placed, shippingAddress: null, payment: null });
    expect(reasonOf(digital.fulfil)).toBe('The order has no shipping address.');
    expect(reasonOf(digital.capture)).toBe('The order has no payment.');
    expect(reasonOf(digital.refund)).toBe('The order has no payment.');
  });
});
