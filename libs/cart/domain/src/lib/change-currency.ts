import type { CurrencyCode } from '@emporium/money';
import type { Cart, CartLine } from './cart';
import type { CartChange } from './cart-error';
import type { CartNotice } from './cart-notice';
import { assertPrice } from './catalog-facts';
import type { VariantPrice } from './merge-carts';

export interface ChangeCurrency {
  readonly currency: CurrencyCode;
  /** Current prices of the cart's variants in the new currency; a variant missing here has no price in it. */
  readonly prices: readonly VariantPrice[];
  /** `capturedAt` of the re-priced lines. */
  readonly now: Date;
}

/**
 * Moves a cart to another currency, the shopper having switched the shop's. Nothing is converted: every line takes the
 * catalog's price in the new currency (a `price_updated` notice shows both), and a line without one is taken out with
 * a `removed` notice. The same currency changes nothing. Lines keep their order and quantities.
 */
export function changeCurrency(cart: Cart, request: ChangeCurrency): { readonly ok: true } & CartChange {
  if (cart.currency === request.currency) return { ok: true, cart, notices: [] };
  const prices = new Map<string, VariantPrice['price']>();
  for (const entry of request.prices) if (!prices.has(entry.variantId)) prices.set(entry.variantId, entry.price);
  const lines: CartLine[] = [];
  const notices: CartNotice[] = [];
  for (const line of cart.lines) {
    const price = prices.get(line.variantId) ?? null;
    if (price === null) {
      notices.push({ type: 'removed', variantId: line.variantId, sku: line.sku, quantity: line.quantity, reason: 'no_price_in_currency' });
      continue;
    }
    if (price.currency !== request.currency) throw new RangeError(`Price of ${line.sku} must be in ${request.currency}, got ${price.currency}`);
    assertPrice(price, `Price of ${line.sku}`);
    notices.push({ type: 'price_updated', variantId: line.variantId, from: line.unitPrice, to: price });
    lines.push({ ...line, unitPrice: price, capturedAt: request.now });
  }
  return { ok: true, cart: { currency: request.currency, lines }, notices };
}
