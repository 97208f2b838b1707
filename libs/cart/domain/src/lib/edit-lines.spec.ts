import { cartAfter, cartOf, line, USD } from '../testing/fixtures';
import { emptyCart } from './cart';
import { cartRules } from './cart-rules';
import { clearCart, removeLine, setLineQuantity } from './edit-lines';

describe('setLineQuantity', () => {
  it('sets a line to the quantity the shopper typed, keeping its price snapshot', () => {
    const cart = cartOf(line('a', 1), line('b', 2));
    expect(setLineQuantity(cart, 'b', 7)).toEqual({ ok: true, cart: cartOf(line('a', 1), line('b', 7)), notices: [] });
  });

  it('removes the line when the quantity is set to 0', () => {
    expect(cartAfter(setLineQuantity(cartOf(line('a', 1), line('b', 2)), 'a', 0))).toEqual(cartOf(line('b', 2)));
  });

  it('refuses a negative, fractional or above-maximum quantity instead of capping it', () => {
    const cart = cartOf(line('a', 1));
    for (const quantity of [-1, 2.5, 100, Number.NaN]) {
      expect(setLineQuantity(cart, 'a', quantity)).toEqual({ ok: false, error: { type: 'QuantityInvalid', quantity, min: 0, max: 99 } });
    }
    expect(setLineQuantity(cart, 'a', 6, cartRules({ maxQuantityPerLine: 5 }))).toEqual({
      ok: false,
      error: { type: 'QuantityInvalid', quantity: 6, min: 0, max: 5 },
    });
  });

  it('refuses a variant that has no line', () => {
    expect(setLineQuantity(cartOf(line('a', 1)), 'b', 2)).toEqual({ ok: false, error: { type: 'LineNotFound', variantId: 'b' } });
    expect(setLineQuantity(cartOf(line('a', 1)), 'b', 0)).toEqual({ ok: false, error: { type: 'LineNotFound', variantId: 'b' } });
  });
});

describe('removeLine', () => {
  it('takes the line out and keeps the order of the others', () => {
    expect(cartAfter(removeLine(cartOf(line('a', 1), line('b', 2), line('c', 3)), 'b'))).toEqual(cartOf(line('a', 1), line('c', 3)));
  });

  it('refuses a variant that has no line', () => {
    expect(removeLine(cartOf(line('a', 1)), 'x')).toEqual({ ok: false, error: { type: 'LineNotFound', variantId: 'x' } });
  });
});

describe('clearCart', () => {
  it('empties the cart and keeps its currency', () => {
    expect(clearCart(cartOf(line('a', 1), line('b', 2)))).toEqual({ ok: true, cart: emptyCart(USD), notices: [] });
  });

  it('accepts an empty cart', () => {
    expect(clearCart(emptyCart(USD))).toEqual({ ok: true, cart: emptyCart(USD), notices: [] });
  });
});
