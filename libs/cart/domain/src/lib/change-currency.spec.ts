import type { CurrencyCode } from '@emporium/money';
import type { Cart } from './cart';
import { changeCurrency } from './change-currency';

const USD = 'USD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;
const GBP = 'GBP' as CurrencyCode;


const captured = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-01-02T00:00:00Z');
const cart: Cart = {
  currency: USD,
  lines: [
    { variantId: 'a', sku: 'A', title: 'A', options: {}, quantity: 2, unitPrice: { amount: 1000, currency: USD }, capturedAt: captured },
    { variantId: 'b', sku: 'B', title: 'B', options: {}, quantity: 1, unitPrice: { amount: 500, currency: USD }, capturedAt: captured },
  ],
};

describe('changeCurrency', () => {
  it('re-prices every line from the catalog in the new currency, telling the shopper', () => {
    const result = changeCurrency(cart, { currency: EUR, prices: [{ variantId: 'a', price: { amount: 950, currency: EUR } }, { variantId: 'b', price: { amount: 450, currency: EUR } }], now });
    expect(result.cart.currency).toBe('EUR');
    expect(result.cart.lines.map((line) => [line.variantId, line.quantity, line.unitPrice.amount, line.capturedAt])).toEqual([
      ['a', 2, 950, now],
      ['b', 1, 450, now],
    ]);
    expect(result.notices.map((notice) => notice.type)).toEqual(['price_updated', 'price_updated']);
  });

  it('takes out a line with no price in the new currency, with a notice', () => {
    const result = changeCurrency(cart, { currency: EUR, prices: [{ variantId: 'a', price: { amount: 950, currency: EUR } }, { variantId: 'b', price: null }], now });
    expect(result.cart.lines.map((line) => line.variantId)).toEqual(['a']);
    expect(result.notices).toContainEqual({ type: 'removed', variantId: 'b', sku: 'B', quantity: 1, reason: 'no_price_in_currency' });
  });

  it('changes nothing when the currency is the same', () => {
    expect(changeCurrency(cart, { currency: USD, prices: [], now })).toEqual({ ok: true, cart, notices: [] });
  });

  it('refuses a price in a third currency as a broken contract', () => {
    expect(() => changeCurrency(cart, { currency: EUR, prices: [{ variantId: 'a', price: { amount: 1, currency: GBP } }], now })).toThrow(RangeError);
  });
});
