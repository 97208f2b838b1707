import type { CurrencyCode, Money } from '@emporium/money';
import type { CartLine } from './cart-line';
import type { Discount } from './discount';
import { type Eligibility, isEligible, isRestricted } from './eligibility';
import type { Result } from './result';

/**
 * A coupon's rules as the merchant set them. Limits left out do not apply.
 * `combinable`: a `stackable` coupon combines with other stackable ones; an `exclusive` one applies alone
 * (see `combineCoupons` for which one wins).
 */
export interface Coupon {
  readonly code: string;
  readonly discount: Discount;
  /** Valid from this instant, inclusive. */
  readonly startsAt?: Date;
  /** Valid until this instant, exclusive: at `endsAt` the coupon has expired. */
  readonly endsAt?: Date;
  /** Redemptions allowed in total, across all customers. */
  readonly usageLimit?: number;
  /** Redemptions allowed per customer. */
  readonly perCustomerLimit?: number;
  /** The eligible lines (every line when not restricted) must cost at least this before any discount. */
  readonly minimumSubtotal?: Money;
  readonly eligibility?: Eligibility;
  readonly combinable: 'stackable' | 'exclusive';
}

/** Redemptions so far, counted by the caller (this lib never reads a store). */
export interface CouponUsage {
  readonly total: number;
  readonly byCustomer: number;
}

/** Why a coupon does not apply, with what a shopper needs to fix it where there is something to fix. */
export type CouponRejection =
  | { readonly type: 'not_started'; readonly startsAt: Date }
  | { readonly type: 'expired'; readonly endsAt: Date }
  | { readonly type: 'usage_limit_reached'; readonly limit: number }
  | { readonly type: 'customer_limit_reached'; readonly limit: number }
  | { readonly type: 'not_eligible' }
  | { readonly type: 'minimum_not_met'; readonly minimum: Money; readonly missing: Money }
  | { readonly type: 'not_combinable'; readonly conflictsWith: string };

export interface CouponContext {
  readonly currency: CurrencyCode;
  readonly lines: readonly CartLine[];
  readonly usage: CouponUsage;
  readonly now: Date;
}

/** The ids of the lines the coupon applies to, in the order given. */
export interface EligibleCoupon {
  readonly code: string;
  readonly eligibleLineIds: readonly string[];
}

/**
 * Whether one coupon applies to a cart on its own (combining is `combineCoupons`). Checks, first failure wins:
 * 1. `not_started` when `now < startsAt`; 2. `expired` when `now ≥ endsAt`;
 * 3. `usage_limit_reached` when `usage.total ≥ usageLimit`; 4. `customer_limit_reached` when `usage.byCustomer ≥ perCustomerLimit`;
 * 5. `not_eligible` when no line is eligible (an empty cart included);
 * 6. `minimum_not_met` when the eligible lines' subtotal before discounts is below `minimumSubtotal`, with the
 *    missing amount (eligibility comes first: "add 5.00 more" means nothing when no product qualifies).
 *
 * Throws `RangeError` when `minimumSubtotal` is in another currency (a misconfigured coupon; `priceCart` reports
 * it as a `PricingError` before calling this).
 */
export function evaluateCoupon(coupon: Coupon, context: CouponContext): Result<EligibleCoupon, CouponRejection> {
  const { now, usage } = context;
  const refuse = (error: CouponRejection): Result<EligibleCoupon, CouponRejection> => ({ ok: false, error });
  if (coupon.startsAt && now.getTime() < coupon.startsAt.getTime()) return refuse({ type: 'not_started', startsAt: coupon.startsAt });
  if (coupon.endsAt && now.getTime() >= coupon.endsAt.getTime()) return refuse({ type: 'expired', endsAt: coupon.endsAt });
  if (coupon.usageLimit !== undefined && usage.total >= coupon.usageLimit) return refuse({ type: 'usage_limit_reached', limit: coupon.usageLimit });
  if (coupon.perCustomerLimit !== undefined && usage.byCustomer >= coupon.perCustomerLimit) {
    return refuse({ type: 'customer_limit_reached', limit: coupon.perCustomerLimit });
  }
  const eligible = context.lines.filter((line) => isEligible(line, coupon.eligibility));
  if (eligible.length === 0) return refuse({ type: 'not_eligible' });
  if (coupon.minimumSubtotal) {
    const minimum = coupon.minimumSubtotal;
    if (minimum.currency !== context.currency) {
      throw new RangeError(`Coupon ${coupon.code} has a minimum in ${minimum.currency}, the cart is in ${context.currency}`);
    }
    const subtotal = eligible.reduce((sum, line) => sum + line.unitPrice.amount * line.quantity, 0);
    if (subtotal < minimum.amount) {
      return refuse({ type: 'minimum_not_met', minimum, missing: { amount: minimum.amount - subtotal, currency: minimum.currency } });
    }
  }
  return { ok: true, value: { code: coupon.code, eligibleLineIds: eligible.map((line) => line.id) } };
}

/** Whether the coupon is restricted to some products or categories (otherwise it is an order-wide coupon). */
export function isRestrictedCoupon(coupon: Coupon): boolean {
  return isRestricted(coupon.eligibility);
}

export interface CombinedCoupons<C extends Pick<Coupon, 'code' | 'combinable'>> {
  readonly accepted: readonly C[];
  readonly rejected: readonly { readonly code: string; readonly reason: CouponRejection }[];
}

/**
 * Which of the valid coupons apply together. Precedence is the order they were applied to the cart (first come,
 * first served), so adding a code never silently removes one the shopper already has:
 * - an exclusive coupon applied first shuts out every later one (`not_combinable`, `conflictsWith` it);
 * - an exclusive coupon applied after another is refused (`conflictsWith` the first accepted one);
 * - stackable coupons otherwise all apply.
 * Pass only coupons that passed `evaluateCoupon`: an expired exclusive coupon blocks nothing.
 */
export function combineCoupons<C extends Pick<Coupon, 'code' | 'combinable'>>(coupons: readonly C[]): CombinedCoupons<C> {
  const accepted: C[] = [];
  const rejected: { code: string; reason: CouponRejection }[] = [];
  for (const coupon of coupons) {
    const first = accepted[0];
    const blocker = first === undefined ? undefined : first.combinable === 'exclusive' || coupon.combinable === 'exclusive' ? first : undefined;
    if (blocker) rejected.push({ code: coupon.code, reason: { type: 'not_combinable', conflictsWith: blocker.code } });
    else accepted.push(coupon);
  }
  return { accepted, rejected };
}
