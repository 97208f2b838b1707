import { type CartLine, couponFor, type CouponForCart } from '@emporium/cart-domain';
import type { AutomaticPromotion, CodeLookup, CurrencySetting, TaxRateRecord } from '@emporium/cart-data-access';
import type { CurrencyCode } from '@emporium/money';
import type { CartLine as PricingLine, CouponRejection, TaxRate } from '@emporium/pricing';
import type { VariantFacts } from './cart-facts';

/** Settings for a currency the merchant has not configured: tax added on top, no shipping estimate. */
export function fallbackCurrencySetting(currency: CurrencyCode): CurrencySetting {
  return { currency, taxMode: 'exclusive', rounding: 'half-up', defaultCountry: 'US', shippingEstimate: 0, freeShippingFrom: null, shippingTaxClass: 'standard' };
}

/** A line pricing can work on: the snapshot price the shopper saw, the catalog's product, categories and tax class. */
export function pricingLine(line: CartLine, facts: VariantFacts): PricingLine {
  return { id: line.variantId, productId: facts.productId, categoryIds: facts.categoryIds, unitPrice: line.unitPrice, quantity: line.quantity, taxClass: facts.taxClass };
}

/** A refusal decided by the cart service before pricing sees the coupon. */
export type ServiceRejection = { readonly type: 'inactive' } | { readonly type: 'currency_not_supported'; readonly currency: CurrencyCode };

export interface CouponPlan {
  /** In the order pricing applies them: automatic promotions first, then the shopper's codes as applied. */
  readonly coupons: readonly CouponForCart[];
  /** What the shopper reads for each pricing code (a code, or an automatic promotion's name). */
  readonly labels: ReadonlyMap<string, string>;
  /** The pricing codes of automatic promotions (not listed among the shopper's coupons). */
  readonly automatic: ReadonlySet<string>;
  /** Codes on the cart that never reach pricing, with why. */
  readonly refused: ReadonlyMap<string, ServiceRejection>;
}

const automaticCode = (promotionId: string): string => `AUTO-${promotionId}`;

/**
 * The coupons to price a cart with. An unknown code (deleted since it was applied) or a switched-off one is refused
 * as inactive; a promotion with no amount in the cart's currency as `currency_not_supported`.
 */
export function planCoupons(codes: readonly string[], lookups: ReadonlyMap<string, CodeLookup>, automatic: readonly AutomaticPromotion[], currency: CurrencyCode): CouponPlan {
  const coupons: CouponForCart[] = [];
  const labels = new Map<string, string>();
  const automaticCodes = new Set<string>();
  const refused = new Map<string, ServiceRejection>();
  for (const { promotion, usage } of automatic) {
    const code = automaticCode(promotion.id);
    const coupon = couponFor(promotion, { code, usageLimit: null, usedCount: 0, active: true }, currency, usage);
    if (!coupon) continue;
    coupons.push(coupon);
    labels.set(code, promotion.name);
    automaticCodes.add(code);
  }
  for (const code of codes) {
    labels.set(code, code);
    const lookup = lookups.get(code);
    if (!lookup || !lookup.code.active || !lookup.promotion.active || lookup.promotion.trigger !== 'code') {
      refused.set(code, { type: 'inactive' });
      continue;
    }
    const coupon = couponFor(lookup.promotion, lookup.code, currency, lookup.usage);
    if (coupon) coupons.push(coupon);
    else refused.set(code, { type: 'currency_not_supported', currency });
  }
  return { coupons, labels, automatic: automaticCodes, refused };
}

/**
 * The rates for the destination. A country the merchant set no tax region for is not taxed: every class gets 0 %
 * there. A country with regions must have a rate for every class sold (pricing refuses a missing one).
 */
export function ratesFor(records: readonly TaxRateRecord[], country: string, classes: readonly string[]): TaxRate[] {
  if (records.length > 0) return [...records];
  return [...new Set(classes)].map((taxClass) => ({ country, taxClass, basisPoints: 0 }));
}

export function describeServiceRejection(code: string, rejection: ServiceRejection): string {
  return rejection.type === 'inactive' ? `Coupon ${code} is no longer valid` : `Coupon ${code} cannot be used with prices in ${rejection.currency}`;
}

export type AnyRejection = CouponRejection | ServiceRejection;
