import { toDecimalString } from '@emporium/money';
import type { CouponRejection } from './coupon';

/** One English sentence (no trailing full stop) a shopper can act on; dates in ISO 8601 UTC, amounts in major units. */
export function describeCouponRejection(code: string, reason: CouponRejection): string {
  switch (reason.type) {
    case 'not_started':
      return `Coupon ${code} is valid from ${reason.startsAt.toISOString()}`;
    case 'expired':
      return `Coupon ${code} expired at ${reason.endsAt.toISOString()}`;
    case 'usage_limit_reached':
      return `Coupon ${code} has been used as many times as it can be`;
    case 'customer_limit_reached':
      return reason.limit === 1 ? `You have already used coupon ${code}` : `You have already used coupon ${code} ${reason.limit} times`;
    case 'not_eligible':
      return `Coupon ${code} does not apply to anything in your cart`;
    case 'minimum_not_met':
      return `Add ${toDecimalString(reason.missing)} ${reason.missing.currency} more of eligible items to use coupon ${code} (minimum ${toDecimalString(reason.minimum)} ${reason.minimum.currency})`;
    case 'not_combinable':
      return `Coupon ${code} cannot be combined with ${reason.conflictsWith}`;
  }
}
