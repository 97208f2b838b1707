import { type Money } from '../cart/money';
import { type TotalsFacts } from '../cart/totals-rows';

/** The parts of `storefront.checkout.review` the totals read. */
export interface ReviewTotalsInput {
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly shipping: { readonly charge: Money; readonly discount: Money };
  readonly discounts: ReadonlyArray<{ readonly code: string | null; readonly label: string; readonly amount: Money }>;
  readonly taxes: ReadonlyArray<{ readonly label: string; readonly basisPoints: number; readonly tax: Money }>;
  readonly totals: { readonly subtotal: Money; readonly total: Money };
}

/**
 * The review's figures in the shape the cart's breakdown reads, so the checkout shows its totals in the same rows
 * the cart did: subtotal, each discount on the goods, shipping after its discount, taxes, total. A discount's
 * `amount` is what it takes off the goods; what it takes off shipping is in `shipping.discount`.
 */
export function reviewTotalsFacts(review: ReviewTotalsInput): TotalsFacts {
  return {
    taxMode: review.taxMode,
    subtotal: review.totals.subtotal,
    discounts: review.discounts.map((discount) => ({ code: discount.code, label: discount.label, kind: 'order', amount: discount.amount })),
    shipping: review.shipping.charge,
    shippingDiscount: review.shipping.discount,
    taxes: review.taxes,
    total: review.totals.total,
  };
}
