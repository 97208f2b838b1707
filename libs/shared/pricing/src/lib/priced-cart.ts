import type { CurrencyCode, Money } from '@emporium/money';
import type { CouponRejection } from './coupon';
import type { DiscountKind } from './discount';
import type { TaxMode } from './tax';

/** A line after discounts and tax. Amounts are in the entered terms (gross when inclusive, net when exclusive). */
export interface PricedLine {
  readonly id: string;
  readonly productId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  /** unitPrice × quantity. */
  readonly subtotal: Money;
  /** Every discount's part on this line. */
  readonly discount: Money;
  /** subtotal − discount, never negative. */
  readonly total: Money;
  readonly taxBasisPoints: number;
  /** The tax on `total`: contained in it when inclusive, owed on top when exclusive. */
  readonly tax: Money;
}

/** One line's part of a discount. */
export interface DiscountAllocation {
  readonly lineId: string;
  readonly amount: Money;
}

/** A discount as applied: its amount, split over its eligible lines (in cart order) and the shipping. */
export interface AppliedDiscount {
  readonly code: string;
  readonly kind: DiscountKind;
  /** Sum of `lines` and `shipping`, exactly. */
  readonly amount: Money;
  readonly lines: readonly DiscountAllocation[];
  readonly shipping: Money;
}

/** Tax at one rate: the net base (tax excluded in both modes) and the tax, summed from the rounded line taxes. */
export interface TaxLine {
  readonly basisPoints: number;
  readonly taxableBase: Money;
  readonly tax: Money;
}

/**
 * A cart with its totals. When exclusive: total = subtotal − discountTotal + shipping + taxTotal.
 * When inclusive: total = subtotal − discountTotal + shipping (taxTotal is contained in it).
 * `discountTotal` includes the shipping discount; `shipping` is the charge before it.
 */
export interface PricedCart {
  readonly currency: CurrencyCode;
  readonly taxMode: TaxMode;
  /** In the order given. */
  readonly lines: readonly PricedLine[];
  readonly subtotal: Money;
  /** In the order they were applied (`DISCOUNT_ORDER`, then the order the coupons were applied). */
  readonly discounts: readonly AppliedDiscount[];
  readonly discountTotal: Money;
  readonly shipping: Money;
  readonly shippingDiscount: Money;
  readonly shippingTax: Money;
  /** Lowest rate first; lines and shipping of the same rate share an entry. */
  readonly taxes: readonly TaxLine[];
  readonly taxTotal: Money;
  readonly total: Money;
  /** Coupons that did not apply, in the order given, with the reason. */
  readonly rejectedCoupons: readonly { readonly code: string; readonly reason: CouponRejection }[];
}
