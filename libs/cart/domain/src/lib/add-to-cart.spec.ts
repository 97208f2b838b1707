import { cartAfter, cartOf, eur, line, T0, T1, USD, usd, variant } from '../testing/fixtures';
import { addToCart } from './add-to-cart';
import { emptyCart } from './cart';
import { cartRules } from './cart-rules';

describe('addToCart', () => {
  it('adds a new variant as a line with a snapshot of its price, title, SKU and options', () => {
    const result = addToCart(emptyCart(USD), { variant: variant('a', { price: usd(1999), options: { Colour: 'Red' } }), quantity: 2, now: T0 });
    expect(result).toEqual({
      ok: true,
      cart: {
        currency: USD,
        lines: [{ variantId: 'a', sku: 'SKU-A', title: 'Product a', options: { Colour: 'Red' }, quantity: 2, unitPrice: usd(1999), capturedAt: T0 }],
      },
      notices: [],
    });
  });

  it('puts a new variant after the lines already there', () => {
    const cart = cartAfter(addToCart(cartOf(line('a', 1)), { variant: variant('b'), quantity: 1, now: T0 }));
    expect(cart.lines.map((l) => l.variantId)).toEqual(['a', 'b']);
  });

  it('sums the quantities when the same variant is added again, keeping one line in its place', () => {
    const cart = cartAfter(addToCart(cartOf(line('a', 2), line('b', 1)), { variant: variant('a'), quantity: 3, now: T1 }));
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      ['a', 5],
      ['b', 1],
    ]);
  });

  it('caps a summed quantity at the per-line maximum and says so', () => {
    const result = addToCart(cartOf(line('a', 98)), { variant: variant('a'), quantity: 5, now: T1 });
    expect(result.ok && result.cart.lines[0]?.quantity).toBe(99);
    expect(result.ok && result.notices).toEqual([{ type: 'capped', variantId: 'a', requested: 103, kept: 99 }]);
  });

  it('reports a cap even when the line was already full', () => {
    const result = addToCart(cartOf(line('a', 3)), { variant: variant('a'), quantity: 1, now: T1 }, cartRules({ maxQuantityPerLine: 3 }));
    expect(result.ok && result.cart.lines[0]?.quantity).toBe(3);
    expect(result.ok && result.notices).toEqual([{ type: 'capped', variantId: 'a', requested: 4, kept: 3 }]);
  });

  it('takes the price the shopper just saw when a variant is added again, and reports the change', () => {
    const result = addToCart(cartOf(line('a', 1, { unitPrice: usd(1000), capturedAt: T0 })), {
      variant: variant('a', { price: usd(1200), title: 'Renamed' }),
      quantity: 1,
      now: T1,
    });
    expect(result.ok && result.cart.lines[0]).toMatchObject({ quantity: 2, unitPrice: usd(1200), capturedAt: T1, title: 'Renamed' });
    expect(result.ok && result.notices).toEqual([{ type: 'price_updated', variantId: 'a', from: usd(1000), to: usd(1200) }]);
  });

  it('reports no price change when the price is the same', () => {
    const result = addToCart(cartOf(line('a', 1)), { variant: variant('a'), quantity: 1, now: T1 });
    expect(result.ok && result.notices).toEqual([]);
    expect(result.ok && result.cart.lines[0]?.capturedAt).toEqual(T1);
  });

  it('refuses a quantity that is not a whole number from 1 to the per-line maximum', () => {
    for (const quantity of [0, -1, 1.5, 100, Number.NaN]) {
      expect(addToCart(emptyCart(USD), { variant: variant('a'), quantity, now: T0 })).toEqual({
        ok: false,
        error: { type: 'QuantityInvalid', quantity, min: 1, max: 99 },
      });
    }
  });

  it('refuses a new variant when the cart already holds the maximum number of lines', () => {
    const rules = cartRules({ maxLines: 2 });
    const full = cartOf(line('a', 1), line('b', 1));
    expect(addToCart(full, { variant: variant('c'), quantity: 1, now: T0 }, rules)).toEqual({
      ok: false,
      error: { type: 'LineLimitReached', maxLines: 2 },
    });
  });

  it('still adds to a line already in a full cart', () => {
    const rules = cartRules({ maxLines: 2 });
    const result = addToCart(cartOf(line('a', 1), line('b', 1)), { variant: variant('b'), quantity: 1, now: T0 }, rules);
    expect(result.ok && result.cart.lines[1]?.quantity).toBe(2);
  });

  it('refuses an archived variant, a variant of a product not on sale and one without a price in the cart currency', () => {
    const cases = [
      [variant('a', { variantStatus: 'archived' }), 'variant_archived'],
      [variant('a', { productStatus: 'draft' }), 'product_not_active'],
      [variant('a', { productStatus: 'archived' }), 'product_not_active'],
      [variant('a', { price: null }), 'no_price_in_currency'],
    ] as const;
    for (const [facts, reason] of cases) {
      expect(addToCart(emptyCart(USD), { variant: facts, quantity: 1, now: T0 })).toEqual({
        ok: false,
        error: { type: 'VariantNotPurchasable', variantId: 'a', reason },
      });
    }
  });

  it('refuses a price in another currency than the cart, never converting it', () => {
    expect(addToCart(emptyCart(USD), { variant: variant('a', { price: eur(900) }), quantity: 1, now: T0 })).toEqual({
      ok: false,
      error: { type: 'CurrencyMismatch', expected: 'USD', actual: 'EUR' },
    });
  });

  it('checks the quantity before the variant, so a bad request is named as such', () => {
    const result = addToCart(emptyCart(USD), { variant: variant('a', { variantStatus: 'archived' }), quantity: 0, now: T0 });
    expect(!result.ok && result.error.type).toBe('QuantityInvalid');
  });

  it('leaves the cart it was given untouched', () => {
    const cart = cartOf(line('a', 1));
    const before = structuredClone(cart);
    addToCart(cart, { variant: variant('a'), quantity: 2, now: T1 });
    addToCart(cart, { variant: variant('b'), quantity: 2, now: T1 });
    expect(cart).toEqual(before);
  });

  it('throws on a price that is not whole minor units, a broken contract', () => {
    expect(() => addToCart(emptyCart(USD), { variant: variant('a', { price: usd(19.99) }), quantity: 1, now: T0 })).toThrow(RangeError);
  });
});
