import { DEFAULT_CART_RULES, reviewCart } from '@emporium/cart-domain';
import { cachedAutomaticPromotions, cachedCurrencySetting, cachedTaxRates, findCouponCodes } from '@emporium/cart-data-access';
import { type CurrencyCode, type Money, zero } from '@emporium/money';
import { type PricedCart, priceCart, type PricingError, type PricingInput } from '@emporium/pricing';
import type { RequestContext } from '@emporium/platform-trpc';
import { lookupVariants, stockOf, type VariantFacts } from './cart-facts';
import { customerKeyOf } from './cart-owner';
import { type CouponPlan, describeServiceRejection, fallbackCurrencySetting, planCoupons, pricingLine, ratesFor } from './cart-pricing-input';
import { couponRejectionText } from './shopper-text';
import type { CartCouponView, CartLineView, CartNoticeView, CartTotalsView, CartView } from './cart-view';
import { DEFAULT_CART_CURRENCY, type OpenedCart } from './open-cart';

export function emptyCartView(currency: CurrencyCode, notices: readonly CartNoticeView[] = []): CartView {
  return { id: null, currency, itemCount: 0, lines: [], coupons: [], destination: null, totals: null, problem: null, canCheckout: false, notices };
}

function describePricingError(error: PricingError): string {
  if (error.type === 'NoTaxRate') {
    const place = error.destination.region ? `${error.destination.country}-${error.destination.region}` : error.destination.country;
    return `Tax for ${error.taxClass} items is not set up for ${place} yet, so totals cannot be shown. Please contact the shop.`;
  }
  return 'Totals cannot be worked out for this cart right now. Please contact the shop.';
}

export interface ViewOptions {
  /** Price as if these codes were applied (trying a code before storing it). */
  readonly couponCodes?: readonly string[];
  /** Price as of this instant (tests); now by default. */
  readonly now?: Date;
}

/**
 * The cart as the shopper sees it, priced now: current catalog facts and availability flag the lines (changed price,
 * gone, short of stock), and pricing computes the totals at the snapshot prices of the lines that can be bought —
 * the same computation the order will make. Nothing here trusts the client.
 */
export async function buildCartView(ctx: RequestContext, opened: OpenedCart, options: ViewOptions = {}): Promise<CartView> {
  const { stored, owner, notices } = opened;
  if (!stored) return emptyCartView(DEFAULT_CART_CURRENCY, notices);
  const { cart } = stored;
  const currency = cart.currency;
  const codes = options.couponCodes ?? stored.couponCodes;
  const customerKey = customerKeyOf(owner);
  const [facts, stock, setting, lookups, automatic, destinationRates] = await Promise.all([
    lookupVariants(ctx, cart.lines.map((line) => line.variantId), currency),
    stockOf(ctx, cart.lines.map((line) => line.sku)),
    cachedCurrencySetting(ctx.db, currency),
    codes.length > 0 ? findCouponCodes(ctx.db, codes, customerKey) : Promise.resolve(new Map()),
    cachedAutomaticPromotions(ctx.db),
    stored.destination ? cachedTaxRates(ctx.db, stored.destination.country) : Promise.resolve(null),
  ]);
  const settings = setting ?? fallbackCurrencySetting(currency);
  const place = stored.destination ?? { country: settings.defaultCountry, region: null };
  const rateRecords = destinationRates ?? (await cachedTaxRates(ctx.db, place.country));

  const review = reviewCart(cart, {
    catalog: [...facts.values()].map((variant) => ({ variantId: variant.variantId, variantStatus: variant.variantStatus, productStatus: variant.productStatus, price: variant.price })),
    stock,
  });
  const buyable = cart.lines.filter((_, index) => !review.lines[index]?.flags.some((flag) => flag.type === 'unavailable'));
  const plan = planCoupons(codes, lookups, automatic, currency);
  const lines = buyable.map((line) => pricingLine(line, facts.get(line.variantId) as VariantFacts));
  const classes = [...lines.map((line) => line.taxClass), settings.shippingTaxClass];
  const input: PricingInput = {
    currency,
    lines,
    coupons: plan.coupons,
    tax: {
      mode: settings.taxMode,
      rounding: settings.rounding,
      destination: { country: place.country, ...(place.region ? { region: place.region } : {}) },
      rates: ratesFor(rateRecords, place.country, classes),
    },
    now: options.now ?? new Date(),
  };
  const priced = priceWithShippingEstimate(input, settings.shippingEstimate, settings.freeShippingFrom, settings.shippingTaxClass);

  const availableBySku = new Map(stock.map((entry) => [entry.sku.trim().toUpperCase(), entry.available]));
  const pricedLines = priced.ok ? new Map(priced.value.lines.map((line) => [line.id, line])) : new Map();
  const lineViews = cart.lines.map((line, index): CartLineView => {
    const variant = facts.get(line.variantId);
    const priceLine = pricedLines.get(line.variantId);
    const flags = review.lines[index]?.flags ?? [];
    const available = availableBySku.get(line.sku.trim().toUpperCase()) ?? null;
    return {
      variantId: line.variantId,
      productId: variant?.productId ?? null,
      productSlug: variant?.productSlug ?? null,
      sku: line.sku,
      title: line.title,
      options: line.options,
      image: variant?.image ?? null,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      subtotal: { amount: line.unitPrice.amount * line.quantity, currency },
      discount: priceLine?.discount ?? zero(currency),
      total: priceLine?.total ?? zero(currency),
      maxQuantity: available === null ? DEFAULT_CART_RULES.maxQuantityPerLine : Math.min(DEFAULT_CART_RULES.maxQuantityPerLine, Math.max(available, 0)),
      flags,
    };
  });

  return {
    id: stored.id,
    currency,
    itemCount: cart.lines.reduce((sum, line) => sum + line.quantity, 0),
    lines: lineViews,
    coupons: couponViews(codes, plan, priced.ok ? priced.value : null, currency),
    destination: stored.destination,
    totals: priced.ok ? totalsView(priced.value, plan, rateRecords, { country: place.country, region: place.region ?? null, estimated: !stored.destination }) : null,
    problem: priced.ok ? null : describePricingError(priced.error),
    canCheckout: review.canProceed && priced.ok,
    notices,
  };
}

/**
 * Prices with the currency's shipping estimate, free when the merchandise after discounts reaches the threshold
 * (inclusive). An empty cart ships nothing.
 */
function priceWithShippingEstimate(input: PricingInput, estimate: number, freeFrom: number | null, taxClass: string) {
  if (input.lines.length === 0 || estimate === 0) return priceCart(input);
  const withShipping = priceCart({ ...input, shipping: { amount: { amount: estimate, currency: input.currency }, taxClass } });
  if (!withShipping.ok || freeFrom === null) return withShipping;
  const merchandise = withShipping.value.subtotal.amount - (withShipping.value.discountTotal.amount - withShipping.value.shippingDiscount.amount);
  return merchandise >= freeFrom ? priceCart({ ...input, shipping: { amount: { amount: 0, currency: input.currency }, taxClass } }) : withShipping;
}

function couponViews(codes: readonly string[], plan: CouponPlan, priced: PricedCart | null, currency: CurrencyCode): CartCouponView[] {
  return codes.map((code): CartCouponView => {
    const serviceRejection = plan.refused.get(code);
    if (serviceRejection) return { code, applied: false, amount: zero(currency), rejection: serviceRejection, message: describeServiceRejection(code, serviceRejection) };
    const discount = priced?.discounts.find((entry) => entry.code === code);
    if (discount) return { code, applied: true, amount: discount.amount, rejection: null, message: null };
    const rejected = priced?.rejectedCoupons.find((entry) => entry.code === code);
    if (!rejected) return { code, applied: false, amount: zero(currency), rejection: null, message: null };
    const reason =
      rejected.reason.type === 'not_combinable' ? { ...rejected.reason, conflictsWith: plan.labels.get(rejected.reason.conflictsWith) ?? rejected.reason.conflictsWith } : rejected.reason;
    return { code, applied: false, amount: zero(currency), rejection: reason, message: couponRejectionText(code, reason) };
  });
}

function totalsView(
  priced: PricedCart,
  plan: CouponPlan,
  rates: readonly { basisPoints: number; label: string }[],
  taxDestination: CartTotalsView['taxDestination'],
): CartTotalsView {
  const labelOf = (basisPoints: number): string => rates.find((rate) => rate.basisPoints === basisPoints)?.label ?? 'Tax';
  const money = (value: Money): Money => value;
  return {
    taxMode: priced.taxMode,
    subtotal: priced.subtotal,
    discounts: priced.discounts.map((discount) => ({
      code: plan.automatic.has(discount.code) ? null : discount.code,
      label: plan.labels.get(discount.code) ?? discount.code,
      kind: discount.kind,
      amount: discount.amount,
    })),
    discountTotal: priced.discountTotal,
    shipping: money(priced.shipping),
    shippingDiscount: priced.shippingDiscount,
    // A 0 % rate adds nothing worth a line of its own (an untaxed destination, zero-rated goods).
    taxes: priced.taxes
      .filter((tax) => tax.basisPoints > 0)
      .map((tax) => ({ label: labelOf(tax.basisPoints), basisPoints: tax.basisPoints, taxableBase: tax.taxableBase, tax: tax.tax })),
    taxTotal: priced.taxTotal,
    total: priced.total,
    taxDestination,
  };
}
