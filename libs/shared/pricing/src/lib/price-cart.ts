import type { Money } from '@emporium/money';
import type { CartLine } from './cart-line';
import { type AppliedDiscount, type PricedCart } from './priced-cart';
import { combineCoupons, type Coupon, type CouponRejection, evaluateCoupon } from './coupon';
import { discountStage } from './discount';
import { isEligible } from './eligibility';
import { buyXGetYParts, type DiscountableLine, fixedPriceParts, orderAmountParts, percentageParts, unitAmountParts } from './line-discounts';
import type { PricingError } from './pricing-error';
import type { AppliedCoupon, PricingInput } from './pricing-input';
import type { Result } from './result';
import { computeTax, findTaxRate } from './tax';
import { validateInput } from './validate-input';

/**
 * Prices a cart (or an order: the same input gives the same totals to the unit, whatever the order of its lines).
 *
 * 1. Validates the input (`PricingError` for bad data or a class without a tax rate at the destination).
 * 2. Line subtotal = unit price × quantity; subtotal = their sum.
 * 3. Coupons: each is checked with `evaluateCoupon` (validity window against `now`, usage limits, eligible lines,
 *    minimum); the valid ones are combined with `combineCoupons` (first applied wins over an exclusive conflict).
 *    Refused coupons are listed with their reason; they do not fail the pricing.
 * 4. Discounts apply in `DISCOUNT_ORDER` (fixed price → buy X get Y → percentage → fixed amount → free shipping),
 *    each on what the earlier ones left, each split over its eligible lines (see `line-discounts.ts`), never taking a
 *    line or the shipping below zero.
 * 5. Tax per line (and on the shipping) on the discounted amount, rounded per line with the tax settings' rounding
 *    (default half-up), then summed by rate.
 * 6. Totals as documented on `PricedCart`; none is ever negative.
 *
 * Lines are worked on in order of id, so ties in an allocation never depend on the order lines were added.
 */
export function priceCart(input: PricingInput): Result<PricedCart, PricingError> {
  const invalid = validateInput(input);
  if (invalid) return { ok: false, error: invalid };
  const { currency, tax } = input;
  const cash = (amount: number): Money => ({ amount, currency });

  const ordered = [...input.lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rateOf = new Map<string, number>();
  for (const taxClass of [...ordered.map((line) => line.taxClass), ...(input.shipping ? [input.shipping.taxClass] : [])]) {
    const rate = findTaxRate(tax.rates, tax.destination, taxClass);
    if (!rate) return { ok: false, error: { type: 'NoTaxRate', taxClass, destination: tax.destination } };
    rateOf.set(taxClass, rate.basisPoints);
  }

  const subtotals = ordered.map((line) => line.unitPrice.amount * line.quantity);
  const subtotal = subtotals.reduce((sum, amount) => sum + amount, 0);
  if (!Number.isSafeInteger(subtotal)) return { ok: false, error: { type: 'InvalidAmount', at: 'subtotal', amount: subtotal } };

  const { accepted, rejectedCoupons } = chooseCoupons(input, ordered);
  const remaining = [...subtotals];
  const shipping = input.shipping?.amount.amount ?? 0;
  let shippingLeft = shipping;
  const discounts: AppliedDiscount[] = [];
  for (const coupon of accepted) {
    const eligible = ordered.flatMap((line, index) => (isEligible(line, coupon.eligibility) ? [index] : []));
    const lines = eligible.map((index) => ({ amount: remaining[index] ?? 0, quantity: ordered[index]?.quantity ?? 0 }));
    const parts = lineParts(coupon, lines);
    eligible.forEach((index, position) => (remaining[index] = (remaining[index] ?? 0) - (parts[position] ?? 0)));
    const shippingPart = coupon.discount.kind === 'free_shipping' ? shippingLeft : 0;
    shippingLeft -= shippingPart;
    const allocations = eligible.map((index, position) => ({ lineId: ordered[index]?.id ?? '', amount: cash(parts[position] ?? 0) }));
    discounts.push({
      code: coupon.code,
      kind: coupon.discount.kind,
      amount: cash(parts.reduce((sum, part) => sum + part, shippingPart)),
      lines: inCartOrder(allocations, input.lines),
      shipping: cash(shippingPart),
    });
  }

  const shippingRate = input.shipping ? (rateOf.get(input.shipping.taxClass) ?? 0) : 0;
  const taxable = ordered.map((line, index) => ({ amount: remaining[index] ?? 0, basisPoints: rateOf.get(line.taxClass) ?? 0 }));
  const computed = computeTax(input.shipping ? [...taxable, { amount: shippingLeft, basisPoints: shippingRate }] : taxable, tax.mode, tax.rounding ?? 'half-up');
  const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount.amount, 0);
  const total = subtotal - discountTotal + shipping + (tax.mode === 'exclusive' ? computed.total : 0);
  if (!Number.isSafeInteger(total)) return { ok: false, error: { type: 'InvalidAmount', at: 'total', amount: total } };

  const pricedLines = ordered.map((line, index) => ({
    id: line.id,
    productId: line.productId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    subtotal: cash(subtotals[index] ?? 0),
    discount: cash((subtotals[index] ?? 0) - (remaining[index] ?? 0)),
    total: cash(remaining[index] ?? 0),
    taxBasisPoints: rateOf.get(line.taxClass) ?? 0,
    tax: cash(computed.perAmount[index] ?? 0),
  }));
  return {
    ok: true,
    value: {
      currency,
      taxMode: tax.mode,
      lines: inCartOrder(pricedLines.map((line) => ({ ...line, lineId: line.id })), input.lines).map(({ lineId: _, ...line }) => line),
      subtotal: cash(subtotal),
      discounts,
      discountTotal: cash(discountTotal),
      shipping: cash(shipping),
      shippingDiscount: cash(shipping - shippingLeft),
      shippingTax: cash(input.shipping ? (computed.perAmount[ordered.length] ?? 0) : 0),
      taxes: computed.breakdown.map((entry) => ({ basisPoints: entry.basisPoints, taxableBase: cash(entry.taxableBase), tax: cash(entry.tax) })),
      taxTotal: cash(computed.total),
      total: cash(total),
      rejectedCoupons,
    },
  };
}

/** Evaluates the coupons, combines the valid ones, and sorts the accepted into application order. */
function chooseCoupons(input: PricingInput, lines: readonly CartLine[]): { accepted: Coupon[]; rejectedCoupons: { code: string; reason: CouponRejection }[] } {
  const reasons = new Map<string, CouponRejection>();
  const valid: (AppliedCoupon & { code: string; combinable: Coupon['combinable'] })[] = [];
  for (const applied of input.coupons ?? []) {
    const check = evaluateCoupon(applied.coupon, { currency: input.currency, lines, usage: applied.usage, now: input.now });
    if (check.ok) valid.push({ ...applied, code: applied.coupon.code, combinable: applied.coupon.combinable });
    else reasons.set(applied.coupon.code, check.error);
  }
  const combined = combineCoupons(valid);
  for (const { code, reason } of combined.rejected) reasons.set(code, reason);
  const order = (input.coupons ?? []).map((applied) => applied.coupon.code);
  const accepted = combined.accepted
    .map((applied) => applied.coupon)
    .sort((a, b) => discountStage(a.discount.kind) - discountStage(b.discount.kind) || order.indexOf(a.code) - order.indexOf(b.code));
  const rejectedCoupons = order.flatMap((code) => {
    const reason = reasons.get(code);
    return reason ? [{ code, reason }] : [];
  });
  return { accepted, rejectedCoupons };
}

/** One coupon's part of each eligible line (same order). */
function lineParts(coupon: Coupon, lines: readonly DiscountableLine[]): number[] {
  const { discount } = coupon;
  switch (discount.kind) {
    case 'fixed_price':
      return fixedPriceParts(lines, discount.unitPrice.amount);
    case 'buy_x_get_y':
      return buyXGetYParts(lines, discount.buy, discount.get, discount.basisPointsOff);
    case 'percentage':
      return percentageParts(lines, discount.basisPoints);
    case 'fixed_amount':
      return discount.per === 'order' ? orderAmountParts(lines, discount.amount.amount) : unitAmountParts(lines, discount.amount.amount);
    case 'free_shipping':
      return lines.map(() => 0);
  }
}

/** Items keyed by line id, back in the order the lines were given. */
function inCartOrder<T extends { readonly lineId: string }>(items: readonly T[], cart: readonly CartLine[]): T[] {
  const position = new Map(cart.map((line, index) => [line.id, index]));
  return [...items].sort((a, b) => (position.get(a.lineId) ?? 0) - (position.get(b.lineId) ?? 0));
}
