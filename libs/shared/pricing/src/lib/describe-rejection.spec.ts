import type { CurrencyCode } from '@emporium/money';
import { describeCouponRejection } from './describe-rejection';

const KWD = 'KWD' as CurrencyCode;

describe('describeCouponRejection', () => {
  it('says how much more to add, in the currency’s own decimals', () => {
    expect(
      describeCouponRejection('SPEND10', { type: 'minimum_not_met', minimum: { amount: 10_000, currency: KWD }, missing: { amount: 1250, currency: KWD } }),
    ).toBe('Add 1.250 KWD more of eligible items to use coupon SPEND10 (minimum 10.000 KWD)');
  });

  it('names the coupon a refused one conflicts with, and the validity window', () => {
    expect(describeCouponRejection('B', { type: 'not_combinable', conflictsWith: 'A' })).toBe('Coupon B cannot be combined with A');
    expect(describeCouponRejection('OLD', { type: 'expired', endsAt: new Date('2026-01-01T00:00:00Z') })).toBe('Coupon OLD expired at 2026-01-01T00:00:00.000Z');
    expect(describeCouponRejection('NEW', { type: 'not_started', startsAt: new Date('2026-07-01T00:00:00Z') })).toBe('Coupon NEW is valid from 2026-07-01T00:00:00.000Z');
  });

  it('tells a customer they have used a coupon up', () => {
    expect(describeCouponRejection('HI', { type: 'customer_limit_reached', limit: 1 })).toBe('You have already used coupon HI');
    expect(describeCouponRejection('HI', { type: 'customer_limit_reached', limit: 3 })).toBe('You have already used coupon HI 3 times');
    expect(describeCouponRejection('HI', { type: 'usage_limit_reached', limit: 100 })).toBe('Coupon HI has been used as many times as it can be');
    expect(describeCouponRejection('HI', { type: 'not_eligible' })).toBe('Coupon HI does not apply to anything in your cart');
  });
});
