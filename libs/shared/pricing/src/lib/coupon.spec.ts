import type { CurrencyCode } from '@emporium/money';
import type { CartLine } from './cart-line';
import { combineCoupons, type Coupon, type CouponContext, evaluateCoupon } from './coupon';

const USD = 'USD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;
const usd = (amount: number) => ({ amount, currency: USD });
const shirt: CartLine = { id: 'l1', productId: 'shirt', categoryIds: ['tops'], unitPrice: usd(2000), quantity: 2, taxClass: 'standard' };
const mug: CartLine = { id: 'l2', productId: 'mug', categoryIds: ['kitchen'], unitPrice: usd(800), quantity: 1, taxClass: 'standard' };

const coupon = (overrides: Partial<Coupon> = {}): Coupon => ({ code: 'SAVE', discount: { kind: 'percentage', basisPoints: 1000 }, combinable: 'stackable', ...overrides });
const context = (overrides: Partial<CouponContext> = {}): CouponContext => ({
  currency: USD,
  lines: [shirt, mug],
  usage: { total: 0, byCustomer: 0 },
  now: new Date('2026-06-15T12:00:00Z'),
  ...overrides,
});

describe('evaluateCoupon', () => {
  it('accepts an unrestricted coupon for every line', () => {
    expect(evaluateCoupon(coupon(), context())).toEqual({ ok: true, value: { code: 'SAVE', eligibleLineIds: ['l1', 'l2'] } });
  });

  it('refuses a coupon before its start, and accepts it from that instant', () => {
    const startsAt = new Date('2026-06-15T12:00:00.001Z');
    expect(evaluateCoupon(coupon({ startsAt }), context())).toEqual({ ok: false, error: { type: 'not_started', startsAt } });
    expect(evaluateCoupon(coupon({ startsAt }), context({ now: startsAt })).ok).toBe(true);
  });

  it('refuses a coupon from the instant it ends', () => {
    const endsAt = new Date('2026-06-15T12:00:00Z');
    expect(evaluateCoupon(coupon({ endsAt }), context())).toEqual({ ok: false, error: { type: 'expired', endsAt } });
    expect(evaluateCoupon(coupon({ endsAt }), context({ now: new Date('2026-06-15T11:59:59.999Z') })).ok).toBe(true);
  });

  it('refuses a coupon redeemed as often as its total limit allows', () => {
    expect(evaluateCoupon(coupon({ usageLimit: 100 }), context({ usage: { total: 100, byCustomer: 0 } }))).toEqual({
      ok: false,
      error: { type: 'usage_limit_reached', limit: 100 },
    });
    expect(evaluateCoupon(coupon({ usageLimit: 100 }), context({ usage: { total: 99, byCustomer: 0 } })).ok).toBe(true);
  });

  it('refuses a coupon this customer has used up', () => {
    expect(evaluateCoupon(coupon({ perCustomerLimit: 1 }), context({ usage: { total: 5, byCustomer: 1 } }))).toEqual({
      ok: false,
      error: { type: 'customer_limit_reached', limit: 1 },
    });
  });

  it('accepts only the lines of listed products or categories', () => {
    expect(evaluateCoupon(coupon({ eligibility: { categoryIds: ['kitchen'] } }), context())).toEqual({
      ok: true,
      value: { code: 'SAVE', eligibleLineIds: ['l2'] },
    });
    expect(evaluateCoupon(coupon({ eligibility: { productIds: ['shirt'], categoryIds: ['kitchen'] } }), context())).toEqual({
      ok: true,
      value: { code: 'SAVE', eligibleLineIds: ['l1', 'l2'] },
    });
  });

  it('refuses a restricted coupon when no line qualifies, and any coupon on an empty cart', () => {
    expect(evaluateCoupon(coupon({ eligibility: { productIds: ['hat'] } }), context())).toEqual({ ok: false, error: { type: 'not_eligible' } });
    expect(evaluateCoupon(coupon(), context({ lines: [] }))).toEqual({ ok: false, error: { type: 'not_eligible' } });
  });

  it('says how much is missing to reach the minimum, counting eligible lines only', () => {
    // tops only: 2 × 2000 = 4000; minimum 5000 → 1000 missing
    const result = evaluateCoupon(coupon({ minimumSubtotal: usd(5000), eligibility: { categoryIds: ['tops'] } }), context());
    expect(result).toEqual({ ok: false, error: { type: 'minimum_not_met', minimum: usd(5000), missing: usd(1000) } });
    // whole cart: 4000 + 800 = 4800 ≥ 4800
    expect(evaluateCoupon(coupon({ minimumSubtotal: usd(4800) }), context()).ok).toBe(true);
  });

  it('reports the first failure in the documented order', () => {
    const everything = coupon({ endsAt: new Date('2020-01-01'), usageLimit: 0, minimumSubtotal: usd(1_000_000), eligibility: { productIds: ['hat'] } });
    expect(evaluateCoupon(everything, context())).toEqual({ ok: false, error: { type: 'expired', endsAt: new Date('2020-01-01') } });
    const noLinesAndLow = coupon({ minimumSubtotal: usd(1_000_000), eligibility: { productIds: ['hat'] } });
    expect(evaluateCoupon(noLinesAndLow, context())).toEqual({ ok: false, error: { type: 'not_eligible' } });
  });

  it('throws on a minimum in another currency (a misconfigured coupon)', () => {
    expect(() => evaluateCoupon(coupon({ minimumSubtotal: { amount: 1, currency: EUR } }), context())).toThrow(RangeError);
  });
});

describe('combineCoupons', () => {
  const c = (code: string, combinable: 'stackable' | 'exclusive') => ({ code, combinable });

  it('stacks stackable coupons', () => {
    expect(combineCoupons([c('A', 'stackable'), c('B', 'stackable')])).toEqual({ accepted: [c('A', 'stackable'), c('B', 'stackable')], rejected: [] });
  });

  it('lets an exclusive coupon applied first shut out later ones', () => {
    expect(combineCoupons([c('X', 'exclusive'), c('A', 'stackable'), c('Y', 'exclusive')])).toEqual({
      accepted: [c('X', 'exclusive')],
      rejected: [
        { code: 'A', reason: { type: 'not_combinable', conflictsWith: 'X' } },
        { code: 'Y', reason: { type: 'not_combinable', conflictsWith: 'X' } },
      ],
    });
  });

  it('refuses an exclusive coupon applied after another coupon', () => {
    expect(combineCoupons([c('A', 'stackable'), c('X', 'exclusive'), c('B', 'stackable')])).toEqual({
      accepted: [c('A', 'stackable'), c('B', 'stackable')],
      rejected: [{ code: 'X', reason: { type: 'not_combinable', conflictsWith: 'A' } }],
    });
  });
});
