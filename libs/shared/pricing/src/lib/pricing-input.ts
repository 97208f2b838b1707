import type { CurrencyCode, Money } from '@emporium/money';
import type { CartLine } from './cart-line';
import type { Coupon, CouponUsage } from './coupon';
import type { RoundingMode } from './rounding';
import type { Destination, TaxMode, TaxRate } from './tax';

/** The shipping charge chosen for the cart, before any free-shipping discount, with its own tax class. */
export interface ShippingCharge {
  readonly amount: Money;
  readonly taxClass: string;
}

/** A coupon the shopper applied, with its redemption counts so far. */
export interface AppliedCoupon {
  readonly coupon: Coupon;
  readonly usage: CouponUsage;
}

export interface TaxSettings {
  readonly mode: TaxMode;
  readonly destination: Destination;
  /** Every class used by a line or the shipping needs a rate at the destination (0 is a rate). */
  readonly rates: readonly TaxRate[];
  /** How each line's tax is rounded; default `half-up`. */
  readonly rounding?: RoundingMode;
}

export interface PricingInput {
  readonly currency: CurrencyCode;
  readonly lines: readonly CartLine[];
  readonly shipping?: ShippingCharge;
  /** In the order the shopper applied them: that order decides which of two conflicting coupons wins. */
  readonly coupons?: readonly AppliedCoupon[];
  readonly tax: TaxSettings;
  /** The instant coupon validity windows are checked against. */
  readonly now: Date;
}
