import type { CheckoutError, OutOfStockLine } from '@emporium/checkout-domain';
import type { Refusal } from './step-failure';

/** The inventory's OUT_OF_STOCK, with its shortfall per SKU; any other refusal of a reservation is the service's. */
export function outOfStockError(refusal: Refusal): CheckoutError {
  if (refusal.reason !== 'OUT_OF_STOCK') return { type: 'ServiceUnavailable' };
  const shortfalls = Array.isArray(refusal.details['shortfalls']) ? (refusal.details['shortfalls'] as OutOfStockLine[]) : [];
  return { type: 'OutOfStock', lines: shortfalls.map(({ sku, requested, available }) => ({ sku, requested, available })) };
}

/** The cart service's coupon refusals, as the shopper is told them. */
export function couponError(code: string, refusal: Refusal): CheckoutError {
  switch (refusal.reason) {
    case 'COUPON_USAGE_LIMIT_REACHED':
    case 'COUPON_CUSTOMER_LIMIT_REACHED':
      return { type: 'CouponInvalid', code, reason: 'used_up' };
    case 'COUPON_EXPIRED':
    case 'COUPON_INACTIVE':
      return { type: 'CouponInvalid', code, reason: 'expired' };
    case 'COUPON_NOT_FOUND':
      return { type: 'CouponInvalid', code, reason: 'unknown' };
    default:
      return { type: 'CouponInvalid', code, reason: 'not_applicable' };
  }
}

/** A gateway's decline code, as the shopper is told it (never the gateway's own text). */
export function declineError(code: string): CheckoutError {
  switch (code) {
    case 'insufficient_funds':
      return { type: 'CardDeclined', reason: 'insufficient_funds' };
    case 'expired_card':
      return { type: 'CardDeclined', reason: 'expired_card' };
    case 'incorrect_cvc':
    case 'incorrect_number':
      return { type: 'CardDeclined', reason: 'incorrect_details' };
    case 'authentication_failed':
      return { type: 'AuthenticationFailed' };
    default:
      return { type: 'CardDeclined', reason: 'generic' };
  }
}
