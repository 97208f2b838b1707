import { lineFlagMessage, quantityLeft } from './line-flag-text';

describe('lineFlagMessage', () => {
  it('names the old and the new price in the cart currency', () => {
    const flag = { type: 'price_changed', from: { amount: 1999, currency: 'USD' }, to: { amount: 2499, currency: 'USD' } } as const;
    expect(lineFlagMessage(flag, 'USD')).toBe('Price changed from $19.99 to $24.99');
  });

  it('prints yen without decimals', () => {
    const flag = { type: 'price_changed', from: { amount: 3000, currency: 'JPY' }, to: { amount: 2800, currency: 'JPY' } } as const;
    expect(lineFlagMessage(flag, 'JPY')).toBe('Price changed from ¥3,000 to ¥2,800');
  });

  it('asks to remove a line that can no longer be bought', () => {
    expect(lineFlagMessage({ type: 'unavailable', reason: 'variant_archived' }, 'USD')).toBe('No longer available — remove it');
    expect(lineFlagMessage({ type: 'unavailable', reason: 'not_in_catalog' }, 'USD')).toBe('No longer available — remove it');
  });

  it('says which currency a line lost its price in', () => {
    expect(lineFlagMessage({ type: 'unavailable', reason: 'no_price_in_currency' }, 'EUR')).toBe('Not sold in euros any more — remove it');
  });

  it('says how many are left, or that none are', () => {
    expect(lineFlagMessage({ type: 'insufficient_stock', available: 2 }, 'USD')).toBe('Only 2 left');
    expect(lineFlagMessage({ type: 'insufficient_stock', available: 0 }, 'USD')).toBe('Sold out — remove it');
  });
});

describe('quantityLeft', () => {
  it('offers what is left, and nothing for a sold-out or unflagged line', () => {
    expect(quantityLeft({ type: 'insufficient_stock', available: 3 })).toBe(3);
    expect(quantityLeft({ type: 'insufficient_stock', available: 0 })).toBeNull();
    expect(quantityLeft({ type: 'unavailable', reason: 'variant_archived' })).toBeNull();
  });
});
