import type { Money } from '@emporium/money';
import type { Coupon } from './coupon';
import type { PricingError } from './pricing-error';
import type { PricingInput } from './pricing-input';
import { BASIS_POINTS_PER_WHOLE } from './rounding';

const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** The first thing wrong with the input, or null. Every amount a whole, non-negative number in the cart's currency. */
export function validateInput(input: PricingInput): PricingError | null {
  const { currency } = input;
  const checkMoney = (at: string, value: Money): PricingError | null => {
    if (value.currency !== currency) return { type: 'CurrencyMismatch', at, expected: currency, actual: value.currency };
    return isCount(value.amount) ? null : { type: 'InvalidAmount', at, amount: value.amount };
  };

  const lineIds = new Set<string>();
  for (const line of input.lines) {
    if (lineIds.has(line.id)) return { type: 'DuplicateLineId', lineId: line.id };
    lineIds.add(line.id);
    const bad = checkMoney(`line:${line.id}`, line.unitPrice);
    if (bad) return bad;
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) return { type: 'InvalidQuantity', lineId: line.id, quantity: line.quantity };
    const amount = line.unitPrice.amount * line.quantity;
    if (!Number.isSafeInteger(amount)) return { type: 'InvalidAmount', at: `line:${line.id}`, amount };
  }
  if (input.shipping) {
    const bad = checkMoney('shipping', input.shipping.amount);
    if (bad) return bad;
  }
  for (const rate of input.tax.rates) {
    if (!isCount(rate.basisPoints)) return { type: 'InvalidTaxRate', taxClass: rate.taxClass, basisPoints: rate.basisPoints };
  }

  const codes = new Set<string>();
  for (const { coupon, usage } of input.coupons ?? []) {
    if (codes.has(coupon.code)) return { type: 'DuplicateCoupon', code: coupon.code };
    codes.add(coupon.code);
    const bad = validateCoupon(coupon, checkMoney) ?? countError(coupon.code, { usageTotal: usage.total, usageByCustomer: usage.byCustomer });
    if (bad) return bad;
  }
  return null;
}

function validateCoupon(coupon: Coupon, checkMoney: (at: string, value: Money) => PricingError | null): PricingError | null {
  const at = `coupon:${coupon.code}`;
  const { discount } = coupon;
  const counts: Record<string, number | undefined> = { usageLimit: coupon.usageLimit, perCustomerLimit: coupon.perCustomerLimit };
  const money = coupon.minimumSubtotal ? checkMoney(at, coupon.minimumSubtotal) : null;
  if (money) return money;
  switch (discount.kind) {
    case 'fixed_price':
      return checkMoney(at, discount.unitPrice) ?? countError(coupon.code, counts);
    case 'fixed_amount':
      return checkMoney(at, discount.amount) ?? countError(coupon.code, counts);
    case 'percentage':
      return rangeError(coupon.code, 'basisPoints', discount.basisPoints, 0) ?? countError(coupon.code, counts);
    case 'buy_x_get_y':
      return (
        rangeError(coupon.code, 'buy', discount.buy, 1, Number.MAX_SAFE_INTEGER) ??
        rangeError(coupon.code, 'get', discount.get, 1, Number.MAX_SAFE_INTEGER) ??
        rangeError(coupon.code, 'basisPointsOff', discount.basisPointsOff, 1) ??
        countError(coupon.code, counts)
      );
    case 'free_shipping':
      return countError(coupon.code, counts);
  }
}

function rangeError(code: string, field: string, value: number, min: number, max = BASIS_POINTS_PER_WHOLE): PricingError | null {
  return Number.isSafeInteger(value) && value >= min && value <= max ? null : { type: 'InvalidCoupon', code, field, value };
}

function countError(code: string, counts: Readonly<Record<string, number | undefined>>): PricingError | null {
  for (const [field, value] of Object.entries(counts)) {
    if (value !== undefined && !isCount(value)) return { type: 'InvalidCoupon', code, field, value };
  }
  return null;
}
