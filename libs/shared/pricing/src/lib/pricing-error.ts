import type { CurrencyCode } from '@emporium/money';
import type { Destination } from './tax';

/**
 * Inputs pricing refuses (bad data or configuration, not a shopper's mistake: a coupon that does not apply is a
 * `CouponRejection` inside a priced cart instead). `at` names the place: `line:<id>`, `shipping`, `coupon:<code>`,
 * `subtotal` or `total`.
 */
export type PricingError =
  | { readonly type: 'CurrencyMismatch'; readonly at: string; readonly expected: CurrencyCode; readonly actual: CurrencyCode }
  | { readonly type: 'InvalidAmount'; readonly at: string; readonly amount: number }
  | { readonly type: 'InvalidQuantity'; readonly lineId: string; readonly quantity: number }
  | { readonly type: 'DuplicateLineId'; readonly lineId: string }
  | { readonly type: 'DuplicateCoupon'; readonly code: string }
  | { readonly type: 'InvalidCoupon'; readonly code: string; readonly field: string; readonly value: number }
  | { readonly type: 'InvalidTaxRate'; readonly taxClass: string; readonly basisPoints: number }
  | { readonly type: 'NoTaxRate'; readonly taxClass: string; readonly destination: Destination };
