import type { Cart, CartLine } from './cart';
import type { CartResult } from './cart-error';
import type { CartNotice } from './cart-notice';
import { DEFAULT_CART_RULES, type CartRules, isValidLineQuantity } from './cart-rules';
import { assertPrice, type CatalogVariant, notPurchasableReason } from './catalog-facts';

export interface AddToCart {
  /** What the catalog says about the variant now, priced in the cart's currency. */
  readonly variant: CatalogVariant;
  /** Units to add: a whole number from 1 to the per-line maximum. */
  readonly quantity: number;
  /** When the price is captured. */
  readonly now: Date;
}

/**
 * Puts units of a variant in the cart, taking a snapshot of its price. The rules, in order:
 *
 * 1. The quantity is a whole number from 1 to `maxQuantityPerLine` → else `QuantityInvalid` (min 1). Asking for more
 *    than a line may ever hold is refused, not capped: the shopper typed it.
 * 2. The variant can be bought (`notPurchasableReason`) → else `VariantNotPurchasable` with the reason.
 * 3. Its price is in the cart's currency → else `CurrencyMismatch` (the shopper switched currency after filling the
 *    cart; nothing is converted).
 * 4. A variant already in the cart: quantities are summed and capped at `maxQuantityPerLine` with a `capped` notice
 *    (even when the line was already full and nothing changes). The line keeps its place and takes the new snapshot
 *    (price, title, SKU, options, `capturedAt = now`) — the price the shopper just saw; a different price from the
 *    old snapshot comes with a `price_updated` notice.
 * 5. A new variant goes at the end, unless the cart already has `maxLines` lines → `LineLimitReached`.
 *
 * A refused add leaves the cart as it was. A price that is not a whole, non-negative number of minor units is a
 * broken contract and throws `RangeError`.
 */
export function addToCart(cart: Cart, request: AddToCart, rules: CartRules = DEFAULT_CART_RULES): CartResult {
  const { variant, quantity, now } = request;
  if (!isValidLineQuantity(quantity, rules)) {
    return { ok: false, error: { type: 'QuantityInvalid', quantity, min: 1, max: rules.maxQuantityPerLine } };
  }
  const reason = notPurchasableReason(variant);
  if (reason !== null || variant.price === null) {
    return { ok: false, error: { type: 'VariantNotPurchasable', variantId: variant.variantId, reason: reason ?? 'no_price_in_currency' } };
  }
  const price = variant.price;
  if (price.currency !== cart.currency) {
    return { ok: false, error: { type: 'CurrencyMismatch', expected: cart.currency, actual: price.currency } };
  }
  assertPrice(price, `Price of ${variant.sku}`);

  const snapshot = (lineQuantity: number): CartLine => ({
    variantId: variant.variantId,
    sku: variant.sku,
    title: variant.title,
    options: variant.options,
    quantity: lineQuantity,
    unitPrice: price,
    capturedAt: now,
  });

  const index = cart.lines.findIndex((line) => line.variantId === variant.variantId);
  const existing = cart.lines[index];
  if (!existing) {
    if (cart.lines.length >= rules.maxLines) return { ok: false, error: { type: 'LineLimitReached', maxLines: rules.maxLines } };
    return { ok: true, cart: { ...cart, lines: [...cart.lines, snapshot(quantity)] }, notices: [] };
  }

  const notices: CartNotice[] = [];
  const requested = existing.quantity + quantity;
  const kept = Math.min(requested, rules.maxQuantityPerLine);
  if (kept < requested) notices.push({ type: 'capped', variantId: variant.variantId, requested, kept });
  if (existing.unitPrice.amount !== price.amount) {
    notices.push({ type: 'price_updated', variantId: variant.variantId, from: existing.unitPrice, to: price });
  }
  const lines = cart.lines.map((line, at) => (at === index ? snapshot(kept) : line));
  return { ok: true, cart: { ...cart, lines }, notices };
}
