import { type Cart } from './cart';
import { cartRules } from './cart-rules';
import { mergeCarts } from './merge-carts';
import { cartOf, EUR, eur, line, T0, T1, T2, USD, usd } from '../testing/fixtures';

const eurCart = (...lines: Cart['lines']): Cart => ({ currency: EUR, lines });

describe('mergeCarts', () => {
  it('keeps the customer lines first and appends the guest variants the customer did not have', () => {
    const result = mergeCarts({ customer: cartOf(line('a', 1), line('b', 2)), guest: cartOf(line('c', 3), line('d', 4)), now: T2 });
    expect(result).toEqual({ ok: true, cart: cartOf(line('a', 1), line('b', 2), line('c', 3), line('d', 4)), notices: [] });
  });

  it('sums the quantities of a variant in both carts into one line', () => {
    const result = mergeCarts({ customer: cartOf(line('a', 2)), guest: cartOf(line('a', 3)), now: T2 });
    expect(result.cart).toEqual(cartOf(line('a', 5)));
    expect(result.notices).toEqual([]);
  });

  it('caps a summed quantity at the per-line maximum and reports it', () => {
    const result = mergeCarts({ customer: cartOf(line('a', 60)), guest: cartOf(line('a', 50)), now: T2 });
    expect(result.cart.lines[0]?.quantity).toBe(99);
    expect(result.notices).toEqual([{ type: 'capped', variantId: 'a', requested: 110, kept: 99 }]);
  });

  it('keeps the newer price snapshot of a variant in both carts, wherever it came from', () => {
    const older = line('a', 1, { unitPrice: usd(1000), capturedAt: T0, title: 'Old title' });
    const newer = line('a', 1, { unitPrice: usd(1200), capturedAt: T1, title: 'New title' });
    const guestNewer = mergeCarts({ customer: cartOf(older), guest: cartOf(newer), now: T2 });
    const customerNewer = mergeCarts({ customer: cartOf(newer), guest: cartOf(older), now: T2 });
    for (const result of [guestNewer, customerNewer]) {
      expect(result.cart).toEqual(cartOf({ ...newer, quantity: 2 }));
      expect(result.notices).toEqual([{ type: 'price_updated', variantId: 'a', from: usd(1000), to: usd(1200) }]);
    }
  });

  it("keeps the customer's snapshot when both were captured at the same moment", () => {
    const mine = line('a', 1, { unitPrice: usd(1000), capturedAt: T1 });
    const theirs = line('a', 1, { unitPrice: usd(900), capturedAt: T1 });
    expect(mergeCarts({ customer: cartOf(mine), guest: cartOf(theirs), now: T2 }).cart.lines[0]?.unitPrice).toEqual(usd(1000));
  });

  it('leaves out guest variants past the line limit and reports each of them', () => {
    const rules = cartRules({ maxLines: 3 });
    const result = mergeCarts({ customer: cartOf(line('a', 1), line('b', 1)), guest: cartOf(line('a', 1), line('c', 2), line('d', 3)), now: T2 }, rules);
    expect(result.cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
    ]);
    expect(result.notices).toEqual([{ type: 'not_merged', variantId: 'd', sku: 'SKU-D', quantity: 3, reason: 'line_limit' }]);
  });

  it('never drops a line the customer already had', () => {
    const rules = cartRules({ maxLines: 1, maxQuantityPerLine: 5 });
    const result = mergeCarts({ customer: cartOf(line('a', 9), line('b', 1)), guest: cartOf(line('c', 1)), now: T2 }, rules);
    expect(result.cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      ['a', 5],
      ['b', 1],
    ]);
    expect(result.notices).toEqual([
      { type: 'capped', variantId: 'a', requested: 9, kept: 5 },
      { type: 'not_merged', variantId: 'c', sku: 'SKU-C', quantity: 1, reason: 'line_limit' },
    ]);
  });

  describe('currencies', () => {
    it("keeps the customer's currency and re-prices guest lines in it, showing both prices", () => {
      const result = mergeCarts({
        customer: cartOf(line('a', 1)),
        guest: eurCart(line('b', 2, { unitPrice: eur(900), capturedAt: T0 })),
        prices: [{ variantId: 'b', price: usd(1100) }],
        now: T2,
      });
      expect(result.cart).toEqual(cartOf(line('a', 1), line('b', 2, { unitPrice: usd(1100), capturedAt: T2 })));
      expect(result.notices).toEqual([{ type: 'price_updated', variantId: 'b', from: eur(900), to: usd(1100) }]);
    });

    it("flags guest lines that have no price in the customer's currency and leaves them out", () => {
      const result = mergeCarts({
        customer: cartOf(line('a', 1)),
        guest: eurCart(line('b', 2, { unitPrice: eur(900) }), line('c', 1, { unitPrice: eur(500) })),
        prices: [{ variantId: 'c', price: null }],
        now: T2,
      });
      expect(result.cart).toEqual(cartOf(line('a', 1)));
      expect(result.notices).toEqual([
        { type: 'not_merged', variantId: 'b', sku: 'SKU-B', quantity: 2, reason: 'no_price_in_currency' },
        { type: 'not_merged', variantId: 'c', sku: 'SKU-C', quantity: 1, reason: 'no_price_in_currency' },
      ]);
    });

    it("takes the guest cart whole, in its currency, when the customer's cart is empty", () => {
      const guest = eurCart(line('b', 2, { unitPrice: eur(900) }));
      expect(mergeCarts({ customer: cartOf(), guest, now: T2 })).toEqual({ ok: true, cart: guest, notices: [] });
    });

    it('throws when a re-pricing is in the wrong currency, a broken contract', () => {
      const request = { customer: cartOf(line('a', 1)), guest: eurCart(line('b', 1, { unitPrice: eur(900) })), now: T2 };
      expect(() => mergeCarts({ ...request, prices: [{ variantId: 'b', price: eur(900) }] })).toThrow(RangeError);
    });
  });

  it("returns an empty cart, in the guest's currency, when both are empty", () => {
    expect(mergeCarts({ customer: cartOf(), guest: eurCart(), now: T2 }).cart).toEqual({ currency: EUR, lines: [] });
    expect(mergeCarts({ customer: cartOf(), guest: cartOf(), now: T2 }).cart).toEqual({ currency: USD, lines: [] });
  });
});
