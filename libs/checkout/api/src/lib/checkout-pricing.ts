import type { CartRouter, CartService } from '@emporium/cart-api';
import type { ShippingService } from '@emporium/shipping-api';
import type { Money } from '@emporium/money';
import type { PricedCart } from '@emporium/pricing';
import { type LineDetails, snapshotFromPricedCart } from '@emporium/order-domain';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import type { inferRouterOutputs } from '@trpc/server';
import type { Destination } from './checkout.inputs';

type Quote = NonNullable<inferRouterOutputs<CartRouter>['checkout']['quote']>;

/** The caller's cart, priced for the destination with a delivery charge (or none yet). Empty → a refusal. */
async function quoteCart(ctx: RequestContext, cartId: string | undefined, destination: Destination, shippingAmount: number | null) {
  const quote = await ctx.services.client<CartService>('cart').checkout.quote.query({ cartId, destination, shippingAmount });
  if (!quote || quote.lines.length === 0) throw domainError('CONFLICT', 'CART_EMPTY', 'Your cart is empty');
  return quote;
}

/** The merchandise after discounts: what a free-delivery threshold counts. */
function merchandiseTotal(priced: { subtotal: Money; discountTotal: Money; shippingDiscount: Money }): number {
  return priced.subtotal.amount - (priced.discountTotal.amount - priced.shippingDiscount.amount);
}

/** Delivery options for the cart and destination, rated on what the shopper pays for the goods. */
export async function deliveryOptions(ctx: RequestContext, cartId: string | undefined, destination: Destination) {
  const quote = await quoteCart(ctx, cartId, destination, null);
  if (!quote.priced) throw domainError('CONFLICT', 'CART_NOT_PRICEABLE', quote.problem ?? 'Totals cannot be worked out for this address');
  const rates = await ctx.services.client<ShippingService>('shipping').checkoutRates.query({
    destination: { country: destination.country, ...(destination.region ? { region: destination.region } : {}), ...(destination.postalCode ? { postalCode: destination.postalCode } : {}) },
    currency: quote.priced.currency,
    lines: quote.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    subtotal: merchandiseTotal(quote.priced),
  });
  return { quote, rates };
}

export interface PricedCheckout {
  readonly quote: Quote;
  readonly option: { readonly id: string; readonly name: string; readonly amount: Money };
  /** The cart priced with the chosen delivery: exactly what the order will hold. */
  readonly priced: NonNullable<Quote['priced']>;
}

/**
 * The cart priced with the delivery option the shopper chose, re-quoted now (a stale or forged amount is never
 * charged): the review page shows it and placing the order builds the order from it.
 */
export async function priceCheckout(ctx: RequestContext, cartId: string | undefined, destination: Destination, optionId: string): Promise<PricedCheckout> {
  const { quote, rates } = await deliveryOptions(ctx, cartId, destination);
  const chosen = rates.options.find((option) => option.id === optionId);
  if (!chosen) {
    throw domainError('CONFLICT', 'SHIPPING_UNAVAILABLE', 'The delivery option you chose is no longer available for this address; choose another', {
      options: rates.options.map((option) => option.id),
    });
  }
  const withDelivery = await quoteCart(ctx, quote.cartId, destination, chosen.amount.amount);
  if (!withDelivery.priced) throw domainError('CONFLICT', 'CART_NOT_PRICEABLE', withDelivery.problem ?? 'Totals cannot be worked out for this address');
  return { quote: withDelivery, option: { id: chosen.id, name: chosen.name, amount: chosen.amount }, priced: withDelivery.priced };
}

/** The order's snapshot of the priced cart (the order domain's own copy rule), with the lines' catalog details. */
export function orderSnapshot(checkout: PricedCheckout) {
  const details = new Map<string, LineDetails>(checkout.quote.lines.map((line) => [line.lineId, { sku: line.sku, title: line.title, options: line.options }]));
  // Refused coupons are not part of an order (and their dates arrive as text over HTTP).
  const priced: PricedCart = { ...checkout.priced, rejectedCoupons: [] };
  const built = snapshotFromPricedCart(priced, details, { id: checkout.option.id, name: checkout.option.name });
  if (!built.ok) throw new Error(`The priced cart cannot become an order: ${built.error.type}`);
  return built.value;
}

