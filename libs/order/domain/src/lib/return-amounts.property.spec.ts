import type { Discount } from '@emporium/pricing';
import fc from 'fast-check';
import { type CartSpec, detailsFor, EUR, priced } from '../testing/order-fixtures';
import { linePaid, type OrderSnapshot, shippingPaid, snapshotFromPricedCart } from './order-snapshot';
import { type LineQuantity, returnRefund, type ShippingRefundRule } from './return-amounts';

const discountArb: fc.Arbitrary<Discount> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((basisPoints): Discount => ({ kind: 'percentage', basisPoints })),
  fc
    .record({ amount: fc.integer({ min: 0, max: 50_000 }), per: fc.constantFrom('order' as const, 'unit' as const) })
    .map(({ amount, per }): Discount => ({ kind: 'fixed_amount', amount: { amount, currency: EUR }, per })),
  fc.record({ buy: fc.integer({ min: 1, max: 3 }), get: fc.integer({ min: 1, max: 2 }), basisPointsOff: fc.integer({ min: 1, max: 10_000 }) }).map(
    (deal): Discount => ({ kind: 'buy_x_get_y', ...deal }),
  ),
  fc.constant<Discount>({ kind: 'free_shipping' }),
);

const cartArb: fc.Arbitrary<CartSpec> = fc.record({
  mode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  lines: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      unit: fc.integer({ min: 0, max: 20_000 }),
      quantity: fc.integer({ min: 1, max: 9 }),
      taxClass: fc.constantFrom('std', 'red', 'zero'),
    }),
    { selector: (line) => line.id, minLength: 1, maxLength: 4 },
  ),
  shipping: fc.integer({ min: 0, max: 2_000 }),
  discounts: fc.array(discountArb, { maxLength: 3 }),
  standardRate: fc.integer({ min: 0, max: 2_700 }),
});

function snapshotOf(spec: CartSpec): OrderSnapshot {
  const cart = priced(spec);
  const result = snapshotFromPricedCart(cart, detailsFor(cart), null);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Every unit of every line, in random partial returns of random sizes and interleaving. */
function partialReturns(snapshot: OrderSnapshot, noise: readonly number[]): LineQuantity[][] {
  const left = new Map(snapshot.lines.map((line) => [line.lineId, line.quantity]));
  const returns: LineQuantity[][] = [];
  let draw = 0;
  const next = (): number => noise[draw++ % Math.max(1, noise.length)] ?? 0;
  while ([...left.values()].some((quantity) => quantity > 0)) {
    const open = [...left].filter(([, quantity]) => quantity > 0);
    const batch: LineQuantity[] = [];
    for (const [lineId, quantity] of open) {
      if (batch.length > 0 && next() % 2 === 0) continue;
      const taken = (next() % quantity) + 1;
      batch.push({ lineId, quantity: taken });
      left.set(lineId, quantity - taken);
    }
    returns.push(batch);
  }
  return returns;
}

function refundAll(snapshot: OrderSnapshot, returns: readonly LineQuantity[][], rule: ShippingRefundRule) {
  const done = new Map<string, number>();
  return returns.map((batch) => {
    const result = returnRefund(snapshot, [...done].map(([lineId, quantity]) => ({ lineId, quantity })), batch, rule);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    for (const { lineId, quantity } of batch) done.set(lineId, (done.get(lineId) ?? 0) + quantity);
    return result.value;
  });
}

describe('return refunds over generated priced carts', () => {
  it('the snapshot totals are the priced cart totals', () => {
    fc.assert(
      fc.property(cartArb, (spec) => {
        const cart = priced(spec);
        const snapshot = snapshotOf(spec);
        expect(snapshot.totals.total).toEqual(cart.total);
        expect([snapshot.totals.subtotal, snapshot.totals.discountTotal, snapshot.totals.taxTotal]).toEqual([cart.subtotal, cart.discountTotal, cart.taxTotal]);
      }),
    );
  });

  it('returning everything at once refunds exactly the grand total', () => {
    fc.assert(
      fc.property(cartArb, (spec) => {
        const snapshot = snapshotOf(spec);
        const everything = snapshot.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity }));
        const result = returnRefund(snapshot, [], everything);
        expect(result.ok && result.value.total.amount).toBe(snapshot.totals.total.amount);
        expect(result.ok && result.value.tax.amount).toBe(snapshot.totals.taxTotal.amount);
      }),
    );
  });

  it('partial returns add up to the full return, each never negative and never above what a line paid', () => {
    fc.assert(
      fc.property(cartArb, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), fc.constantFrom<ShippingRefundRule>('when_everything_returned', 'never'), (spec, noise, rule) => {
        const snapshot = snapshotOf(spec);
        const refunds = refundAll(snapshot, partialReturns(snapshot, noise), rule);
        const paidByLine = new Map<string, number>();
        for (const refund of refunds) {
          expect(refund.total.amount).toBeGreaterThanOrEqual(0);
          for (const line of refund.lines) {
            expect(line.amount.amount).toBeGreaterThanOrEqual(0);
            paidByLine.set(line.lineId, (paidByLine.get(line.lineId) ?? 0) + line.amount.amount);
          }
        }
        for (const line of snapshot.lines) expect(paidByLine.get(line.lineId)).toBe(linePaid(line, snapshot.taxMode));
        const total = refunds.reduce((sum, refund) => sum + refund.total.amount, 0);
        const shipping = rule === 'never' ? 0 : shippingPaid(snapshot);
        expect(total).toBe(snapshot.totals.total.amount - shippingPaid(snapshot) + shipping);
        // Shipping comes back at most once, with the last return.
        expect(refunds.slice(0, -1).every((refund) => refund.shipping.amount === 0)).toBe(true);
      }),
    );
  });

  it('refuses one unit more than is left, whatever came back before', () => {
    fc.assert(
      fc.property(cartArb, fc.nat(), (spec, pick) => {
        const snapshot = snapshotOf(spec);
        const line = snapshot.lines[pick % snapshot.lines.length]!;
        const result = returnRefund(snapshot, [{ lineId: line.lineId, quantity: pick % line.quantity }], [{ lineId: line.lineId, quantity: line.quantity - (pick % line.quantity) + 1 }]);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
