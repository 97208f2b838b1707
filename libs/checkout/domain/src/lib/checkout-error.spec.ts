import { eur } from '../testing/checkout-fixtures';
import { type CheckoutError, describeCheckoutError } from './checkout-error';

describe('describeCheckoutError', () => {
  it('names every SKU that is short, and how many are left', () => {
    const text = describeCheckoutError({
      type: 'OutOfStock',
      lines: [
        { sku: 'MUG-RED', requested: 3, available: 0 },
        { sku: 'TEE-M', requested: 4, available: 1 },
        { sku: 'CAP', requested: 5, available: 2 },
      ],
    });
    expect(text).toContain('MUG-RED is out of stock');
    expect(text).toContain('Only 1 of TEE-M is left (you asked for 4)');
    expect(text).toContain('Only 2 of CAP are left (you asked for 5)');
    expect(text).toContain('not been charged');
  });

  it('shows a price change with the old and the new price in decimals', () => {
    const text = describeCheckoutError({ type: 'PriceChanged', lines: [{ sku: 'MUG-RED', was: eur(1_299), now: eur(1_499) }] });
    expect(text).toContain('The price of MUG-RED changed from 12.99 EUR to 14.99 EUR');
    expect(text).toContain('Review the new total');
  });

  it('tells the shopper why the card was declined without blaming the shop', () => {
    expect(describeCheckoutError({ type: 'CardDeclined', reason: 'insufficient_funds' })).toContain('insufficient funds');
    expect(describeCheckoutError({ type: 'CardDeclined', reason: 'expired_card' })).toContain('expired');
    expect(describeCheckoutError({ type: 'CardDeclined', reason: 'generic' })).toContain('declined');
  });

  it('shows the reviewed and the new total when they differ', () => {
    expect(describeCheckoutError({ type: 'TotalChanged', was: eur(5_000), now: eur(5_450) })).toContain('from 50.00 EUR to 54.50 EUR');
  });

  it('names the coupon code that no longer applies', () => {
    expect(describeCheckoutError({ type: 'CouponInvalid', code: 'SAVE10', reason: 'used_up' })).toBe('The code SAVE10 has been used up; remove it to continue');
  });

  it('reassures the shopper they were not charged when the checkout was undone', () => {
    for (const type of ['AuthenticationFailed', 'ShopperTimedOut', 'ServiceUnavailable'] as const) {
      expect(describeCheckoutError({ type })).toContain('You have not been charged');
    }
  });

  it('gives one sentence without a trailing full stop for every kind of error', () => {
    const errors: CheckoutError[] = [
      { type: 'OutOfStock', lines: [] },
      { type: 'PriceChanged', lines: [] },
      { type: 'CartChanged' },
      { type: 'TotalChanged', was: eur(1_000), now: eur(1_100) },
      { type: 'ShippingUnavailable' },
      { type: 'CartEmpty' },
      { type: 'CouponInvalid', code: 'X', reason: 'unknown' },
      { type: 'CardDeclined', reason: 'incorrect_details' },
      { type: 'AuthenticationFailed' },
      { type: 'ShopperTimedOut' },
      { type: 'ServiceUnavailable' },
    ];
    for (const error of errors) {
      const text = describeCheckoutError(error);
      expect(text.length).toBeGreaterThan(10);
      expect(text.endsWith('.')).toBe(false);
    }
  });
});
