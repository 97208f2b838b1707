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

  // Worked on in order of id; `remaining` is what the line costs after the discounts applied so far.
  const work = [...input.lines]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((line) => ({ line, subtotal: line.unitPrice.amount * line.quantity, remaining: line.unitPrice.amount * line.quantity }));
  const rateOf = new Map<string, number>();
  for (const taxClass of [...work.map(({ line }) => line.taxClass), ...(input.shipping ? [input.shipping.taxClass] : [])]) {
    const rate = findTaxRate(tax.rates, tax.destination, taxClass);
    if (!rate) return { ok: false, error: { type: 'NoTaxRate', taxClass, destination: tax.destination } };
    rateOf.set(taxClass, rate.basisPoints);
  }
  const subtotal = work.reduce((sum, item) => sum + item.subtotal, 0);
  if (!Number.isSafeInteger(subtotal)) return { ok: false, error: { type: 'InvalidAmount', at: 'subtotal', amount: subtotal } };

  const { accepted, rejectedCoupons } = chooseCoupons(input, work.map(({ line }) => line));
  const shipping = input.shipping?.amount.amount ?? 0;
  let shippingLeft = shipping;
  const discounts: AppliedDiscount[] = [];
  for (const coupon of accepted) {
    const eligible = work.filter(({ line }) => isEligible(line, coupon.eligibility));
    const parts = lineParts(coupon, eligible.map((item) => ({ amount: item.remaining, quantity: item.line.quantity })));
    const allocations = eligible.map((item, position) => {
      const part = parts[position] ?? 0;
      item.remaining -= part;
      return { lineId: item.line.id, amount: cash(part) };
    });
    const shippingPart = coupon.discount.kind === 'free_shipping' ? shippingLeft : 0;
    shippingLeft -= shippingPart;
    discounts.push({
      code: coupon.code,
      kind: coupon.discount.kind,
      amount: cash(parts.reduce((sum, part) => sum + part, shippingPart)),
      lines: inCartOrder(allocations, (allocation) => allocation.lineId, input.lines),
      shipping: cash(shippingPart),
    });
  }

  // Shipping is taxed like one more line, after the lines, so the breakdown covers both.
  const taxable = work.map((item) => ({ amount: item.remaining, basisPoints: rateOf.get(item.line.taxClass) ?? 0 }));
  const shippingTaxable = input.shipping ? [{ amount: shippingLeft, basisPoints: rateOf.get(input.shipping.taxClass) ?? 0 }] : [];
  const computed = computeTax([...taxable, ...shippingTaxable], tax.mode, tax.rounding ?? 'half-up');
  const taxTotal = computed.total;
  const shippingTax = input.shipping ? (computed.perAmount[work.length] ?? 0) : 0;
  const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount.amount, 0);
  const total = subtotal - discountTotal + shipping + (tax.mode === 'exclusive' ? taxTotal : 0);
  if (!Number.isSafeInteger(total)) return { ok: false, error: { type: 'InvalidAmount', at: 'total', amount: total } };

  const lines = work.map(({ line, subtotal: lineSubtotal, remaining }, index) => ({
    id: line.id,
    productId: line.productId,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    subtotal: cash(lineSubtotal),
    discount: cash(lineSubtotal - remaining),
    total: cash(remaining),
    taxBasisPoints: rateOf.get(line.taxClass) ?? 0,
    tax: cash(computed.perAmount[index] ?? 0),
  }));
  return {
    ok: true,
    value: {
      currency,
      taxMode: tax.mode,
      lines: inCartOrder(lines, (line) => line.id, input.lines),
      subtotal: cash(subtotal),
      discounts,
      discountTotal: cash(discountTotal),
      shipping: cash(shipping),
      shippingDiscount: cash(shipping - shippingLeft),
      shippingTax: cash(shippingTax),
      taxes: computed.breakdown.map((entry) => ({ basisPoints: entry.basisPoints, taxableBase: cash(entry.taxableBase), tax: cash(entry.tax) })),
      taxTotal: cash(taxTotal),
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

/** Items of lines, back in the order the lines were given. */
function inCartOrder<T>(items: readonly T[], lineIdOf: (item: T) => string, cart: readonly CartLine[]): T[] {
  const position = new Map(cart.map((line, index) => [line.id, index]));
  return [...items].sort((a, b) => (position.get(lineIdOf(a)) ?? 0) - (position.get(lineIdOf(b)) ?? 0));
}

