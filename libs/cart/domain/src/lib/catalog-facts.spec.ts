import type { CurrencyCode } from '@emporium/money';
import { assertPrice, notPurchasableReason, type PurchaseFacts } from './catalog-facts';

const USD = 'USD' as CurrencyCode;
const facts = (overrides: Partial<PurchaseFacts> = {}): PurchaseFacts => ({
  variantStatus: 'active',
  productStatus: 'active',
  price: { amount: 1000, currency: USD },
  ...overrides,
});

describe('notPurchasableReason', () => {
  it('lets an active variant of an active product with a price be bought', () => {
    expect(notPurchasableReason(facts())).toBeNull();
  });

  it('refuses an archived variant', () => {
    expect(notPurchasableReason(facts({ variantStatus: 'archived' }))).toBe('variant_archived');
  });

  it('refuses a variant of a draft or archived product', () => {
    expect(notPurchasableReason(facts({ productStatus: 'draft' }))).toBe('product_not_active');
    expect(notPurchasableReason(facts({ productStatus: 'archived' }))).toBe('product_not_active');
  });

  it('refuses a variant with no price in the currency', () => {
    expect(notPurchasableReason(facts({ price: null }))).toBe('no_price_in_currency');
  });

  it('names the variant first when several reasons apply', () => {
    expect(notPurchasableReason(facts({ variantStatus: 'archived', productStatus: 'archived', price: null }))).toBe('variant_archived');
  });
});

describe('assertPrice', () => {
  it('accepts zero and whole amounts', () => {
    expect(() => assertPrice({ amount: 0, currency: USD }, 'Price')).not.toThrow();
    expect(() => assertPrice({ amount: 1999, currency: USD }, 'Price')).not.toThrow();
  });

  it('throws on fractions and negative amounts, which the catalog never holds', () => {
    expect(() => assertPrice({ amount: 19.99, currency: USD }, 'Price')).toThrow(RangeError);
    expect(() => assertPrice({ amount: -1, currency: USD }, 'Price')).toThrow(RangeError);
  });
});
