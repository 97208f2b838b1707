import type { Money } from '@emporium/money';
import type { Cart, CartLine } from './cart';
import type { CartChange } from './cart-error';
import type { CartNotice } from './cart-notice';
import { DEFAULT_CART_RULES, type CartRules } from './cart-rules';
import { assertPrice } from './catalog-facts';

/** A variant's current price in one currency, null when it has none (a `CurrentVariant` will do). */
export interface VariantPrice {
  readonly variantId: string;
  readonly price: Money | null;
}

export interface MergeCarts {
  /** The signed-in customer's cart. */
  readonly customer: Cart;
  /** The guest cart from the cookie; the caller deletes it once the merged cart is stored. */
  readonly guest: Cart;
  /**
   * Current prices, in the merged cart's currency, of the guest's variants. Read only when the guest cart is in
   * another currency; the service asks the catalog for them then. A variant missing here counts as having no price.
   */
  readonly prices?: readonly VariantPrice[];
  /** `capturedAt` of guest lines re-priced into the merged cart's currency. */
  readonly now: Date;
}

/** Merging never refuses: what does not fit is reported, and the customer keeps a usable cart. */
export type MergeResult = { readonly ok: true } & CartChange;

/**
 * Folds a guest cart into a customer's cart at sign-in. The rules:
 *
 * 1. Currency: the customer's cart's currency wins — unless it has no lines, when the guest's does (an empty cart's
 *    currency says nothing about the shopper). Guest lines in another currency are re-priced from `prices` with
 *    `capturedAt = now` and a `price_updated` notice (its `from` is in the guest currency: nothing is converted, the
 *    shopper is shown both); a guest line without a price there stays out with `not_merged` `no_price_in_currency`.
 * 2. The customer's lines come first, in their order, then new guest variants in the guest's order.
 * 3. A variant in both carts becomes one line: quantities summed and capped at `maxQuantityPerLine` (`capped` notice).
 *    The newer snapshot (`capturedAt`; on a tie the customer's) supplies price, title, SKU and options; if the two
 *    prices differed, a `price_updated` notice names the one dropped as `from`.
 * 4. A new guest variant that would take the cart past `maxLines` stays out with `not_merged` `line_limit`. The
 *    customer's own lines are never dropped, so the result is within the rules whenever the customer's cart was;
 *    any line above `maxQuantityPerLine` (rules lowered since) is capped with a notice.
 *
 * Availability and purchasability are not checked here: `reviewCart` flags those before checkout. With both carts in
 * one currency and no line limit reached, the merged quantities do not depend on which cart is which.
 */
export function mergeCarts(request: MergeCarts, rules: CartRules = DEFAULT_CART_RULES): MergeResult {
  const { customer, guest, now } = request;
  const currency = customer.lines.length > 0 ? customer.currency : guest.currency;
  const prices = new Map<string, Money | null>();
  for (const entry of request.prices ?? []) if (!prices.has(entry.variantId)) prices.set(entry.variantId, entry.price);

  const lines: CartLine[] = [];
  const notices: CartNotice[] = [];

  const place = (incoming: CartLine, fromGuest: boolean): void => {
    const index = lines.findIndex((line) => line.variantId === incoming.variantId);
    const existing = lines[index];
    if (existing === undefined && fromGuest && lines.length >= rules.maxLines) {
      notices.push({ type: 'not_merged', variantId: incoming.variantId, sku: incoming.sku, quantity: incoming.quantity, reason: 'line_limit' });
      return;
    }
    const requested = (existing?.quantity ?? 0) + incoming.quantity;
    const kept = Math.min(requested, rules.maxQuantityPerLine);
    if (kept < requested) notices.push({ type: 'capped', variantId: incoming.variantId, requested, kept });
    if (existing === undefined) {
      lines.push({ ...incoming, quantity: kept });
      return;
    }
    const incomingIsNewer = incoming.capturedAt.getTime() > existing.capturedAt.getTime();
    const [winner, loser] = incomingIsNewer ? [incoming, existing] : [existing, incoming];
    if (winner.unitPrice.amount !== loser.unitPrice.amount) {
      notices.push({ type: 'price_updated', variantId: winner.variantId, from: loser.unitPrice, to: winner.unitPrice });
    }
    lines[index] = { ...winner, quantity: kept };
  };

  // An empty customer cart means the guest cart is taken as it is, in its currency.
  for (const line of customer.lines) place(line, false);
  for (const line of guest.lines) {
    if (guest.currency === currency) {
      place(line, true);
      continue;
    }
    const price = prices.get(line.variantId) ?? null;
    if (price === null) {
      notices.push({ type: 'not_merged', variantId: line.variantId, sku: line.sku, quantity: line.quantity, reason: 'no_price_in_currency' });
      continue;
    }
    if (price.currency !== currency) throw new RangeError(`Price of ${line.sku} must be in ${currency}, got ${price.currency}`);
    assertPrice(price, `Price of ${line.sku}`);
    notices.push({ type: 'price_updated', variantId: line.variantId, from: line.unitPrice, to: price });
    place({ ...line, unitPrice: price, capturedAt: now }, true);
  }
  return { ok: true, cart: { currency, lines }, notices };
}
