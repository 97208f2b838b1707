import type { CurrencyCode } from '@emporium/money';
import { type Cart, cartSubtotal, type CartLine, emptyCart, findLine, itemCount, lineTotal } from './cart';

const USD = 'USD' as CurrencyCode;
const line = (variantId: string, quantity: number, amount: number): CartLine => ({
  variantId,
  sku: `SKU-${variantId}`,
  title: 'Tee',
  options: {},
  quantity,
  unitPrice: { amount, currency: USD },
  capturedAt: new Date('2026-01-01T00:00:00Z'),
});

describe('cart', () => {
  it('starts empty in its currency', () => {
    expect(emptyCart(USD)).toEqual({ currency: USD, lines: [] });
  });

  it('finds a line by its variant', () => {
    const cart: Cart = { currency: USD, lines: [line('a', 1, 100), line('b', 2, 200)] };
    expect(findLine(cart, 'b')?.quantity).toBe(2);
    expect(findLine(cart, 'c')).toBeUndefined();
  });

  it('counts units across lines', () => {
    expect(itemCount({ currency: USD, lines: [line('a', 1, 100), line('b', 3, 200)] })).toBe(4);
    expect(itemCount(emptyCart(USD))).toBe(0);
  });

  it('totals each line and the cart at snapshot prices in minor units', () => {
    expect(lineTotal(line('a', 3, 1999))).toEqual({ ok: true, value: { amount: 5997, currency: USD } });
    const cart: Cart = { currency: USD, lines: [line('a', 3, 1999), line('b', 1, 1)] };
    expect(cartSubtotal(cart)).toEqual({ ok: true, value: { amount: 5998, currency: USD } });
    expect(cartSubtotal(emptyCart(USD))).toEqual({ ok: true, value: { amount: 0, currency: USD } });
  });

  it('reports a total beyond the safe-integer range instead of rounding it', () => {
    const cart: Cart = { currency: USD, lines: [line('a', 99, Number.MAX_SAFE_INTEGER)] };
    expect(cartSubtotal(cart).ok).toBe(false);
  });
});
