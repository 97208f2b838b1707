import type { CurrencyCode, Money } from '@emporium/money';
import type { Coupon, CouponUsage, Discount } from '@emporium/pricing';

/** Currency → amount in minor units. A currency left out has no amount: nothing is converted. */
export type AmountsByCurrency = Readonly<Partial<Record<string, number>>>;

/**
 * What a promotion takes off, as the merchant sets it: like pricing's `Discount`, with fixed amounts and prices given
 * per currency, since one promotion serves carts in every currency the shop sells in.
 */
export type PromotionDiscount =
  | { readonly kind: 'percentage'; readonly basisPoints: number }
  | { readonly kind: 'fixed_amount'; readonly per: 'order' | 'unit'; readonly amounts: AmountsByCurrency }
  | { readonly kind: 'fixed_price'; readonly unitPrices: AmountsByCurrency }
  | { readonly kind: 'buy_x_get_y'; readonly buy: number; readonly get: number; readonly basisPointsOff: number }
  | { readonly kind: 'free_shipping' };

/** A promotion: one discount with its rules. `code` promotions apply through their coupon codes, `automatic` ones to every cart they fit. */
export interface Promotion {
  readonly id: string;
  readonly name: string;
  readonly trigger: 'code' | 'automatic';
  readonly discount: PromotionDiscount;
  readonly productIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly minimumSubtotal: AmountsByCurrency;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  /** Redemptions allowed across all its codes. */
  readonly usageLimit: number | null;
  readonly perCustomerLimit: number | null;
  readonly combinable: 'stackable' | 'exclusive';
  readonly active: boolean;
}

/** One code of a promotion, with its own limit (1 for the single-use codes of a batch). */
export interface PromotionCode {
  readonly code: string;
  readonly usageLimit: number | null;
  readonly usedCount: number;
  readonly active: boolean;
}

/** Redemptions counted so far: of the promotion (all codes), of this code, and by this customer. */
export interface PromotionUsage {
  readonly promotion: number;
  readonly code: number;
  readonly byCustomer: number;
}

export type PromotionStatus = 'inactive' | 'scheduled' | 'active' | 'expired';

/** Where a promotion stands at `now`: switched off, not started, running, or over (by date or spent). */
export function promotionStatus(promotion: Pick<Promotion, 'active' | 'startsAt' | 'endsAt' | 'usageLimit'>, usedCount: number, now: Date): PromotionStatus {
  if (!promotion.active) return 'inactive';
  if (promotion.startsAt && now.getTime() < promotion.startsAt.getTime()) return 'scheduled';
  if (promotion.endsAt && now.getTime() >= promotion.endsAt.getTime()) return 'expired';
  if (promotion.usageLimit !== null && usedCount >= promotion.usageLimit) return 'expired';
  return 'active';
}

function amountIn(amounts: AmountsByCurrency, currency: CurrencyCode): Money | null {
  const amount = amounts[currency];
  return amount === undefined ? null : { amount, currency };
}

/** The pricing discount in one currency, or null when the promotion has no amount in it. */
export function discountIn(discount: PromotionDiscount, currency: CurrencyCode): Discount | null {
  switch (discount.kind) {
    case 'percentage':
    case 'buy_x_get_y':
    case 'free_shipping':
      return discount;
    case 'fixed_amount': {
      const amount = amountIn(discount.amounts, currency);
      return amount && { kind: 'fixed_amount', amount, per: discount.per };
    }
    case 'fixed_price': {
      const unitPrice = amountIn(discount.unitPrices, currency);
      return unitPrice && { kind: 'fixed_price', unitPrice };
    }
  }
}

/** A coupon pricing can apply, with the usage that decides its limits. */
export interface CouponForCart {
  readonly coupon: Coupon;
  readonly usage: CouponUsage;
}

/**
 * The pricing coupon for a promotion reached through `code` in a cart of `currency`, or null when the promotion has
 * no amount in that currency (a fixed amount set only in USD does not apply to a EUR cart).
 *
 * Two total limits can apply: the code's own (a single-use code) and the promotion's (across all its codes). The one
 * already reached is the one pricing is told about; otherwise the promotion's, so "usage limit reached" names the
 * limit that stopped it.
 */
export function couponFor(promotion: Promotion, code: PromotionCode, currency: CurrencyCode, usage: PromotionUsage): CouponForCart | null {
  const discount = discountIn(promotion.discount, currency);
  if (!discount) return null;
  const codeSpent = code.usageLimit !== null && usage.code >= code.usageLimit;
  const limit = codeSpent ? { usageLimit: code.usageLimit ?? undefined, total: usage.code } : { usageLimit: promotion.usageLimit ?? undefined, total: usage.promotion };
  const minimum = amountIn(promotion.minimumSubtotal, currency);
  const coupon: Coupon = {
    code: code.code,
    discount,
    combinable: promotion.combinable,
    eligibility: { productIds: promotion.productIds, categoryIds: promotion.categoryIds },
    ...(promotion.startsAt ? { startsAt: promotion.startsAt } : {}),
    ...(promotion.endsAt ? { endsAt: promotion.endsAt } : {}),
    ...(limit.usageLimit !== undefined ? { usageLimit: limit.usageLimit } : {}),
    ...(promotion.perCustomerLimit !== null ? { perCustomerLimit: promotion.perCustomerLimit } : {}),
    ...(minimum ? { minimumSubtotal: minimum } : {}),
  };
  return { coupon, usage: { total: limit.total, byCustomer: usage.byCustomer } };
}
