import { cartOf, current, eur, line, USD, usd } from '../testing/fixtures';
import { emptyCart } from './cart';
import { reviewCart } from './review-cart';

describe('reviewCart', () => {
  it('lets a cart proceed when every price, status and stock level still holds', () => {
    const review = reviewCart(cartOf(line('a', 2), line('b', 1)), {
      catalog: [current('a'), current('b')],
      stock: [
        { sku: 'SKU-A', available: 2 },
        { sku: 'SKU-B', available: 10 },
      ],
    });
    expect(review).toEqual({
      lines: [
        { variantId: 'a', sku: 'SKU-A', quantity: 2, flags: [] },
        { variantId: 'b', sku: 'SKU-B', quantity: 1, flags: [] },
      ],
      canProceed: true,
    });
  });

  it('flags a price that went up or down since the snapshot, with both prices, and blocks checkout', () => {
    const review = reviewCart(cartOf(line('a', 1), line('b', 1)), {
      catalog: [current('a', { price: usd(1200) }), current('b', { price: usd(800) })],
      stock: [],
    });
    expect(review.lines.map((l) => l.flags)).toEqual([
      [{ type: 'price_changed', from: usd(1000), to: usd(1200) }],
      [{ type: 'price_changed', from: usd(1000), to: usd(800) }],
    ]);
    expect(review.canProceed).toBe(false);
  });

  it('flags a variant that is archived, off sale, unpriced in the cart currency or gone from the catalog', () => {
    const review = reviewCart(cartOf(line('a', 1), line('b', 1), line('c', 1), line('d', 1)), {
      catalog: [current('a', { variantStatus: 'archived' }), current('b', { productStatus: 'draft' }), current('c', { price: null })],
      stock: [],
    });
    expect(review.lines.map((l) => l.flags)).toEqual([
      [{ type: 'unavailable', reason: 'variant_archived' }],
      [{ type: 'unavailable', reason: 'product_not_active' }],
      [{ type: 'unavailable', reason: 'no_price_in_currency' }],
      [{ type: 'unavailable', reason: 'not_in_catalog' }],
    ]);
    expect(review.canProceed).toBe(false);
  });

  it('gives an unavailable line no price or stock flag', () => {
    const review = reviewCart(cartOf(line('a', 5)), {
      catalog: [current('a', { variantStatus: 'archived', price: usd(1) })],
      stock: [{ sku: 'SKU-A', available: 0 }],
    });
    expect(review.lines[0]?.flags).toEqual([{ type: 'unavailable', reason: 'variant_archived' }]);
  });

  it('flags a quantity above what is available, saying how many are left', () => {
    const review = reviewCart(cartOf(line('a', 5), line('b', 3)), {
      catalog: [current('a'), current('b')],
      stock: [
        { sku: 'sku-a ', available: 2 },
        { sku: 'SKU-B', available: -4 },
      ],
    });
    expect(review.lines.map((l) => l.flags)).toEqual([
      [{ type: 'insufficient_stock', available: 2 }],
      [{ type: 'insufficient_stock', available: 0 }],
    ]);
    expect(review.canProceed).toBe(false);
  });

  it('does not flag stock it knows nothing about', () => {
    const review = reviewCart(cartOf(line('a', 5), line('b', 5)), {
      catalog: [current('a'), current('b')],
      stock: [{ sku: 'SKU-A', available: null }],
    });
    expect(review.canProceed).toBe(true);
  });

  it('reports a price change and a shortage on the same line', () => {
    const review = reviewCart(cartOf(line('a', 3)), { catalog: [current('a', { price: usd(1100) })], stock: [{ sku: 'SKU-A', available: 1 }] });
    expect(review.lines[0]?.flags).toEqual([
      { type: 'price_changed', from: usd(1000), to: usd(1100) },
      { type: 'insufficient_stock', available: 1 },
    ]);
  });

  it('uses the first fact given for a variant or a SKU', () => {
    const review = reviewCart(cartOf(line('a', 2)), {
      catalog: [current('a'), current('a', { price: usd(1) })],
      stock: [
        { sku: 'SKU-A', available: 5 },
        { sku: 'SKU-A', available: 0 },
      ],
    });
    expect(review.canProceed).toBe(true);
  });

  it('never lets an empty cart proceed', () => {
    expect(reviewCart(emptyCart(USD), { catalog: [], stock: [] })).toEqual({ lines: [], canProceed: false });
  });

  it('throws when the catalog answers in another currency than the cart, a broken contract', () => {
    expect(() => reviewCart(cartOf(line('a', 1)), { catalog: [current('a', { price: eur(900) })], stock: [] })).toThrow(RangeError);
  });
});
