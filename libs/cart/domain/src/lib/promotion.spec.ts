import type { CurrencyCode } from '@emporium/money';
import { couponFor, discountIn, type Promotion, promotionStatus } from './promotion';

const USD = 'USD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;
const KWD = 'KWD' as CurrencyCode;
const JPY = 'JPY' as CurrencyCode;


const promotion = (overrides: Partial<Promotion> = {}): Promotion => ({
  id: 'p1',
  name: 'Ten off',
  trigger: 'code',
  discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 1000 } },
  productIds: [],
  categoryIds: [],
  minimumSubtotal: { USD: 5000 },
  startsAt: null,
  endsAt: null,
  usageLimit: 100,
  perCustomerLimit: 1,
  combinable: 'stackable',
  active: true,
  ...overrides,
});
const code = { code: 'TEN', usageLimit: null, usedCount: 0, active: true };
const now = new Date('2026-06-01T12:00:00Z');

describe('promotions in a currency', () => {
  it('uses the amount set for the cart currency and never converts', () => {
    expect(discountIn({ kind: 'fixed_amount', per: 'order', amounts: { USD: 1000, EUR: 900 } }, EUR)).toEqual({
      kind: 'fixed_amount',
      per: 'order',
      amount: { amount: 900, currency: EUR },
    });
    expect(discountIn({ kind: 'fixed_price', unitPrices: { USD: 500 } }, JPY)).toBeNull();
    expect(couponFor(promotion(), code, EUR, { promotion: 0, code: 0, byCustomer: 0 })).toBeNull();
  });

  it('keeps percentages, BXGY and free shipping as they are in every currency', () => {
    expect(discountIn({ kind: 'percentage', basisPoints: 1000 }, KWD)).toEqual({ kind: 'percentage', basisPoints: 1000 });
    expect(discountIn({ kind: 'free_shipping' }, JPY)).toEqual({ kind: 'free_shipping' });
  });

  it('builds the coupon with the minimum in the cart currency and the promotion limit', () => {
    const result = couponFor(promotion(), code, USD, { promotion: 7, code: 3, byCustomer: 0 });
    expect(result?.coupon).toMatchObject({ code: 'TEN', usageLimit: 100, perCustomerLimit: 1, minimumSubtotal: { amount: 5000, currency: USD } });
    expect(result?.usage).toEqual({ total: 7, byCustomer: 0 });
  });

  it('reports the single-use code limit once that code is spent', () => {
    const result = couponFor(promotion(), { ...code, usageLimit: 1 }, USD, { promotion: 7, code: 1, byCustomer: 0 });
    expect(result?.coupon.usageLimit).toBe(1);
    expect(result?.usage.total).toBe(1);
  });

  it('leaves out a minimum with no amount in the cart currency', () => {
    const result = couponFor(promotion({ discount: { kind: 'percentage', basisPoints: 500 } }), code, EUR, { promotion: 0, code: 0, byCustomer: 0 });
    expect(result?.coupon.minimumSubtotal).toBeUndefined();
  });
});

describe('promotion status', () => {
  it('is inactive when switched off, scheduled before the start, expired at the end or when spent', () => {
    expect(promotionStatus(promotion({ active: false }), 0, now)).toBe('inactive');
    expect(promotionStatus(promotion({ startsAt: new Date('2026-07-01T00:00:00Z') }), 0, now)).toBe('scheduled');
    expect(promotionStatus(promotion({ endsAt: now }), 0, now)).toBe('expired');
    expect(promotionStatus(promotion(), 100, now)).toBe('expired');
    expect(promotionStatus(promotion(), 99, now)).toBe('active');
  });
});
