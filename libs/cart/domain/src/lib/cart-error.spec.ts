import type { CurrencyCode } from '@emporium/money';
import { describeCartError } from './cart-error';

describe('describeCartError', () => {
  it('states the allowed quantity range', () => {
    expect(describeCartError({ type: 'QuantityInvalid', quantity: 0, min: 1, max: 99 })).toBe('Quantity must be a whole number from 1 to 99 (got 0)');
  });

  it('says how many different items a cart may hold', () => {
    expect(describeCartError({ type: 'LineLimitReached', maxLines: 100 })).toBe(
      'A cart can hold at most 100 different items; remove one to add another',
    );
  });

  it('tells a shopper why an item cannot be bought', () => {
    expect(describeCartError({ type: 'VariantNotPurchasable', variantId: 'v1', reason: 'variant_archived' })).toBe('This item is no longer sold');
    expect(describeCartError({ type: 'VariantNotPurchasable', variantId: 'v1', reason: 'product_not_active' })).toBe('This item is not on sale');
    expect(describeCartError({ type: 'VariantNotPurchasable', variantId: 'v1', reason: 'no_price_in_currency' })).toBe(
      'This item has no price in this currency',
    );
  });

  it('names both currencies of a mismatch', () => {
    const error = { type: 'CurrencyMismatch', expected: 'USD' as CurrencyCode, actual: 'EUR' as CurrencyCode } as const;
    expect(describeCartError(error)).toBe('Your cart is in USD; a price in EUR cannot be added to it');
  });

  it('says when the item is not in the cart', () => {
    expect(describeCartError({ type: 'LineNotFound', variantId: 'v1' })).toBe('That item is not in your cart');
  });
});
