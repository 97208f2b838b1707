export { type Result } from './lib/result';
export { BASIS_POINTS_PER_WHOLE, basisPointsOf, divideRounded, type RoundingMode, scaleRounded } from './lib/rounding';
export { allocateLargestRemainder } from './lib/allocate';
export { type CartLine, lineSubtotal } from './lib/cart-line';
export { type Eligibility, isEligible } from './lib/eligibility';
export { type Discount, type DiscountKind, DISCOUNT_ORDER } from './lib/discount';
export {
  buyXGetYParts,
  type DiscountableLine,
  fixedPriceParts,
  orderAmountParts,
  percentageParts,
  unitAmountParts,
} from './lib/line-discounts';
export {
  combineCoupons,
  type CombinedCoupons,
  type Coupon,
  type CouponContext,
  type CouponRejection,
  type CouponUsage,
  type EligibleCoupon,
  evaluateCoupon,
} from './lib/coupon';
export { describeCouponRejection } from './lib/describe-rejection';
export {
  type ComputedTax,
  computeTax,
  type Destination,
  findTaxRate,
  type TaxableAmount,
  type TaxBreakdownLine,
  type TaxMode,
  taxOn,
  type TaxRate,
} from './lib/tax';
export { type AppliedCoupon, type PricingInput, type ShippingCharge, type TaxSettings } from './lib/pricing-input';
export { type PricingError } from './lib/pricing-error';
export { type AppliedDiscount, type DiscountAllocation, type PricedCart, type PricedLine, type TaxLine } from './lib/priced-cart';
export { priceCart } from './lib/price-cart';
