import type { Money } from '@emporium/money';
import type { Cart } from './cart';
import type { CartResult } from './cart-error';
import type { CartNotice } from './cart-notice';
import { assertPrice } from './catalog-facts';
import type { CartReview } from './review-cart';

/** A price the shopper was shown for a line and agreed to pay. */
export interface AcceptedPrice {
  readonly variantId: string;
  readonly price: Money;
}

/** The new prices a review showed (its `price_changed` flags), ready for the shopper to accept. */
export function shownPrices(review: CartReview): AcceptedPrice[] {
  return review.lines.flatMap((line) =>
    line.flags.flatMap((flag) => (flag.type === 'price_changed' ? [{ variantId: line.variantId, price: flag.to }] : [])),
  );
}

/**
 * Refreshes price snapshots to prices the shopper explicitly accepted — the only way a snapshot changes other than
 * adding the variant again. It takes the prices the shopper saw rather than re-reading the catalog, so a price that
 * moves again between the review and the click is not accepted unseen: the next `reviewCart` flags it again.
 *
 * A line whose price differs takes it with `capturedAt = now` and a `price_updated` notice; a line already at that
 * price is left as it is (accepting twice changes nothing); a variant no longer in the cart is skipped (removed in
 * another tab: there is nothing to charge); the first price given for a variant counts. A price in another currency → `CurrencyMismatch`, and nothing changes.
 */
export function acceptPrices(cart: Cart, accepted: readonly AcceptedPrice[], now: Date): CartResult {
  for (const entry of accepted) {
    if (entry.price.currency !== cart.currency) {
      return { ok: false, error: { type: 'CurrencyMismatch', expected: cart.currency, actual: entry.price.currency } };
    }
    assertPrice(entry.price, `Accepted price of ${entry.variantId}`);
  }
  const prices = new Map<string, Money>();
  for (const entry of accepted) if (!prices.has(entry.variantId)) prices.set(entry.variantId, entry.price);
  const notices: CartNotice[] = [];
  const lines = cart.lines.map((line) => {
    const price = prices.get(line.variantId);
    if (!price || price.amount === line.unitPrice.amount) return line;
    notices.push({ type: 'price_updated', variantId: line.variantId, from: line.unitPrice, to: price });
    return { ...line, unitPrice: price, capturedAt: now };
  });
  return { ok: true, cart: { ...cart, lines }, notices };
}
