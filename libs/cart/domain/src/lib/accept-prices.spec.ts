import { cartAfter, cartOf, current, eur, line, T0, T1, T2, usd } from '../testing/fixtures';
import { acceptPrices, shownPrices } from './accept-prices';
import { reviewCart } from './review-cart';

describe('acceptPrices', () => {
  it('refreshes the snapshot of a line to the accepted price and says so', () => {
    const result = acceptPrices(cartOf(line('a', 2), line('b', 1)), [{ variantId: 'a', price: usd(1200) }], T1);
    expect(result).toEqual({
      ok: true,
      cart: cartOf(line('a', 2, { unitPrice: usd(1200), capturedAt: T1 }), line('b', 1)),
      notices: [{ type: 'price_updated', variantId: 'a', from: usd(1000), to: usd(1200) }],
    });
  });

  it('lets a reviewed cart proceed once the shown prices are accepted', () => {
    const cart = cartOf(line('a', 1), line('b', 1));
    const facts = { catalog: [current('a', { price: usd(1500) }), current('b', { price: usd(900) })], stock: [] };
    const review = reviewCart(cart, facts);
    expect(review.canProceed).toBe(false);
    const accepted = cartAfter(acceptPrices(cart, shownPrices(review), T1));
    expect(reviewCart(accepted, facts).canProceed).toBe(true);
  });

  it('flags a price that moved again after the shopper accepted, instead of charging it', () => {
    const cart = cartOf(line('a', 1));
    const shown = shownPrices(reviewCart(cart, { catalog: [current('a', { price: usd(1200) })], stock: [] }));
    const accepted = cartAfter(acceptPrices(cart, shown, T1));
    const later = reviewCart(accepted, { catalog: [current('a', { price: usd(1300) })], stock: [] });
    expect(later.lines[0]?.flags).toEqual([{ type: 'price_changed', from: usd(1200), to: usd(1300) }]);
  });

  it('changes nothing for a line already at the accepted price, so accepting twice is harmless', () => {
    const cart = cartOf(line('a', 1, { capturedAt: T0 }));
    expect(acceptPrices(cart, [{ variantId: 'a', price: usd(1000) }], T2)).toEqual({ ok: true, cart, notices: [] });
  });

  it('skips a variant no longer in the cart', () => {
    const cart = cartOf(line('a', 1));
    expect(acceptPrices(cart, [{ variantId: 'gone', price: usd(1) }], T1)).toEqual({ ok: true, cart, notices: [] });
  });

  it('refuses a price in another currency and changes nothing', () => {
    expect(acceptPrices(cartOf(line('a', 1)), [{ variantId: 'a', price: eur(900) }], T1)).toEqual({
      ok: false,
      error: { type: 'CurrencyMismatch', expected: 'USD', actual: 'EUR' },
    });
  });
});

describe('shownPrices', () => {
  it('lists the new price of every line a review flagged as changed, and nothing else', () => {
    const review = reviewCart(cartOf(line('a', 1), line('b', 1), line('c', 1)), {
      catalog: [current('a', { price: usd(1100) }), current('b'), current('c', { variantStatus: 'archived' })],
      stock: [],
    });
    expect(shownPrices(review)).toEqual([{ variantId: 'a', price: usd(1100) }]);
  });
});
