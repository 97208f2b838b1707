import { currencyExponent, type Money, toDecimalString } from '@emporium/money';
import type { CouponRejection } from '@emporium/pricing';

/** An amount as a shopper reads it in English: $11.00, €4.95, ¥800, KWD 1.250 — formatted from the exact decimal text, never a float. */
export function formatAmount(money: Money): string {
  const digits = currencyExponent(money.currency);
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return format.format(toDecimalString(money) as Intl.StringNumericLiteral);
}

/** A date as a shopper reads it: "September 1, 2024" (UTC, where validity windows are kept). */
export function formatDay(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Why a coupon does not apply, in a sentence a shopper can act on (no trailing full stop). */
export function couponRejectionText(code: string, reason: CouponRejection): string {
  switch (reason.type) {
    case 'not_started':
      return `Coupon ${code} can be used from ${formatDay(reason.startsAt)}`;
    case 'expired':
      return `Coupon ${code} expired on ${formatDay(reason.endsAt)}`;
    case 'usage_limit_reached':
      return `Coupon ${code} has been used as many times as it can be`;
    case 'customer_limit_reached':
      return reason.limit === 1 ? `You have already used coupon ${code}` : `You have already used coupon ${code} ${reason.limit} times`;
    case 'not_eligible':
      return `Coupon ${code} does not apply to anything in your cart`;
    case 'minimum_not_met':
      return `Add ${formatAmount(reason.missing)} more of eligible items to use coupon ${code} (minimum ${formatAmount(reason.minimum)})`;
    case 'not_combinable':
      return `Coupon ${code} cannot be combined with ${reason.conflictsWith}`;
  }
}
