import type { RequestContext } from '@emporium/platform-trpc';
import { orderSnapshot, priceCheckout } from './checkout-pricing';
import type { Destination } from './checkout.inputs';

/**
 * The review the shopper confirms: the order exactly as it would be placed now (lines, each discount, delivery,
 * taxes, totals), priced on the server. Placing it re-prices and refuses if the total moved.
 */
export async function reviewCheckout(ctx: RequestContext, cartId: string | undefined, destination: Destination, optionId: string) {
  const priced = await priceCheckout(ctx, cartId, destination, optionId);
  const snapshot = orderSnapshot(priced);
  const taxLabel = (basisPoints: number) => priced.quote.taxLabels.find((rate) => rate.basisPoints === basisPoints)?.label ?? 'Tax';
  const discountLabel = (code: string) => priced.quote.discountLabels.find((entry) => entry.code === code)?.label ?? code;
  const variantOf = new Map(priced.quote.lines.map((line) => [line.lineId, line.variantId]));
  return {
    cartId: priced.quote.cartId,
    currency: snapshot.currency,
    taxMode: snapshot.taxMode,
    lines: snapshot.lines.map((line) => ({
      variantId: variantOf.get(line.lineId) ?? line.lineId,
      sku: line.sku,
      title: line.title,
      options: line.options,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      subtotal: line.subtotal,
      discount: line.discount,
      total: line.total,
      tax: line.tax,
    })),
    shipping: { optionId: priced.option.id, name: priced.option.name, charge: snapshot.shipping.charge, discount: snapshot.shipping.discount, tax: snapshot.shipping.tax },
    discounts: snapshot.discounts.map((discount) => ({ code: discount.code, label: discountLabel(discount.code), amount: discount.amount })),
    taxes: snapshot.taxes.map((tax) => ({ label: taxLabel(tax.basisPoints), basisPoints: tax.basisPoints, tax: tax.tax })),
    totals: snapshot.totals,
  };
}
