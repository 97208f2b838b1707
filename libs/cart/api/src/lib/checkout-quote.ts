import { type CartLine, reviewCart } from '@emporium/cart-domain';
import { activeAutomaticPromotions, currencySetting, findCouponCodes, taxRatesFor } from '@emporium/cart-data-access';
import type { Money } from '@emporium/money';
import { type PricedCart, priceCart, type PricingInput } from '@emporium/pricing';
import type { RequestContext } from '@emporium/platform-trpc';
import { lookupVariants, stockOf, type VariantFacts } from './cart-facts';
import { customerKeyOf } from './cart-owner';
import { fallbackCurrencySetting, planCoupons, pricingLine, ratesFor } from './cart-pricing-input';
import type { OpenedCart } from './open-cart';

export interface CheckoutQuoteRequest {
  readonly destination: { readonly country: string; readonly region?: string | undefined; readonly postalCode?: string | undefined };
  /** The delivery charge the shipping service quoted (minor units of the cart's currency); null before one is chosen. */
  readonly shippingAmount: number | null;
}

/** One line as the checkout needs it: what the shopper saw, what the catalog and the inventory say now. */
export interface CheckoutQuoteLine {
  readonly lineId: string;
  readonly variantId: string;
  readonly productId: string | null;
  readonly sku: string;
  readonly title: string;
  readonly options: readonly { readonly name: string; readonly value: string }[];
  readonly quantity: number;
  /** The price the shopper saw (the cart's snapshot). */
  readonly unitPrice: Money;
  /** The catalog's price now; null when it no longer sells the variant (or not in this currency). */
  readonly currentPrice: Money | null;
  /** Units available now; null when the inventory does not track the SKU. */
  readonly available: number | null;
}

export interface CheckoutQuote {
  readonly cartId: string;
  readonly customerId: string | null;
  /** Who a coupon's per-customer limit counts: the customer's id (a guest's e-mail is added by the checkout). */
  readonly customerKey: string | null;
  readonly couponCodes: readonly string[];
  readonly lines: readonly CheckoutQuoteLine[];
  /** Null when the cart cannot be priced for this destination (`problem` says why). */
  readonly priced: PricedCart | null;
  readonly problem: string | null;
  readonly taxLabels: readonly { readonly basisPoints: number; readonly label: string }[];
  /** What the shopper reads for each applied discount's code (an automatic promotion's name). */
  readonly discountLabels: readonly { readonly code: string; readonly label: string }[];
}

function optionList(options: CartLine['options']): { name: string; value: string }[] {
  return Object.entries(options).map(([name, value]) => ({ name, value: String(value) }));
}

/**
 * The cart priced for the checkout: settings, tax rates and promotions read from the database now (never the read
 * cache the cart page uses), the destination the shopper ships to and the delivery charge the shipping service
 * quoted. Lines keep the price the shopper saw; the catalog's current price and the stock are reported beside them,
 * so the checkout can refuse a change rather than charge it.
 */
export async function quoteForCheckout(ctx: RequestContext, opened: OpenedCart, request: CheckoutQuoteRequest): Promise<CheckoutQuote | null> {
  const { stored, owner } = opened;
  if (!stored) return null;
  const { cart } = stored;
  const currency = cart.currency;
  const customerKey = customerKeyOf(owner);
  const [facts, stock, setting, lookups, automatic, rateRecords] = await Promise.all([
    lookupVariants(ctx, cart.lines.map((line) => line.variantId), currency),
    stockOf(ctx, cart.lines.map((line) => line.sku)),
    currencySetting(ctx.db, currency),
    stored.couponCodes.length > 0 ? findCouponCodes(ctx.db, stored.couponCodes, customerKey) : Promise.resolve(new Map()),
    activeAutomaticPromotions(ctx.db, null),
    taxRatesFor(ctx.db, request.destination.country),
  ]);
  const settings = setting ?? fallbackCurrencySetting(currency);
  const review = reviewCart(cart, {
    catalog: [...facts.values()].map((variant) => ({ variantId: variant.variantId, variantStatus: variant.variantStatus, productStatus: variant.productStatus, price: variant.price })),
    stock,
  });
  const availableBySku = new Map(stock.map((entry) => [entry.sku.trim().toUpperCase(), entry.available]));
  const lines = cart.lines.map((line, index): CheckoutQuoteLine => {
    const variant = facts.get(line.variantId);
    const unavailable = review.lines[index]?.flags.some((flag) => flag.type === 'unavailable') ?? true;
    return {
      lineId: line.variantId,
      variantId: line.variantId,
      productId: variant?.productId ?? null,
      sku: line.sku,
      title: line.title,
      options: optionList(line.options),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      currentPrice: unavailable ? null : (variant?.price ?? null),
      available: availableBySku.get(line.sku.trim().toUpperCase()) ?? null,
    };
  });

  const plan = planCoupons(stored.couponCodes, lookups, automatic, currency);
  const buyable = cart.lines.filter((line) => facts.has(line.variantId));
  const pricingLines = buyable.map((line) => pricingLine(line, facts.get(line.variantId) as VariantFacts));
  const classes = [...pricingLines.map((line) => line.taxClass), settings.shippingTaxClass];
  const { country, region } = request.destination;
  const input: PricingInput = {
    currency,
    lines: pricingLines,
    coupons: plan.coupons,
    tax: { mode: settings.taxMode, rounding: settings.rounding, destination: { country, ...(region ? { region } : {}) }, rates: ratesFor(rateRecords, country, classes) },
    ...(request.shippingAmount === null ? {} : { shipping: { amount: { amount: request.shippingAmount, currency }, taxClass: settings.shippingTaxClass } }),
    now: new Date(),
  };
  const priced = priceCart(input);
  return {
    cartId: stored.id,
    customerId: owner.kind === 'customer' ? owner.userId : null,
    customerKey,
    couponCodes: stored.couponCodes,
    lines,
    priced: priced.ok ? priced.value : null,
    problem: priced.ok ? null : 'Totals cannot be worked out for this address; please contact the shop.',
    taxLabels: rateRecords.map((rate) => ({ basisPoints: rate.basisPoints, label: rate.label })),
    discountLabels: [...plan.labels].map(([code, label]) => ({ code, label })),
  };
}
