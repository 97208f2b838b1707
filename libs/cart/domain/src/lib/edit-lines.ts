import type { Cart } from './cart';
import type { CartResult } from './cart-error';
import { DEFAULT_CART_RULES, type CartRules } from './cart-rules';

/**
 * Sets a line's quantity to what the shopper typed in the cart. 0 removes the line — a quantity box emptied to 0
 * means "none of these", as on most shops' cart pages (adding 0 is still refused: see `addToCart`). Anything else
 * must be a whole number up to `maxQuantityPerLine` → else `QuantityInvalid` (min 0); it is never capped, because
 * the shopper named the number. No line for the variant → `LineNotFound`. The price snapshot is kept as it is.
 */
export function setLineQuantity(cart: Cart, variantId: string, quantity: number, rules: CartRules = DEFAULT_CART_RULES): CartResult {
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > rules.maxQuantityPerLine) {
    return { ok: false, error: { type: 'QuantityInvalid', quantity, min: 0, max: rules.maxQuantityPerLine } };
  }
  if (!cart.lines.some((line) => line.variantId === variantId)) return { ok: false, error: { type: 'LineNotFound', variantId } };
  if (quantity === 0) return removeLine(cart, variantId);
  const lines = cart.lines.map((line) => (line.variantId === variantId ? { ...line, quantity } : line));
  return { ok: true, cart: { ...cart, lines }, notices: [] };
}

/**
 * Takes a variant's line out of the cart; the other lines keep their order. No such line → `LineNotFound` (a
 * repeated remove from a second tab; the service may treat it as done).
 */
export function removeLine(cart: Cart, variantId: string): CartResult {
  const lines = cart.lines.filter((line) => line.variantId !== variantId);
  if (lines.length === cart.lines.length) return { ok: false, error: { type: 'LineNotFound', variantId } };
  return { ok: true, cart: { ...cart, lines }, notices: [] };
}

/** Empties the cart; it keeps its currency. Clearing an empty cart is fine. */
export function clearCart(cart: Cart): CartResult {
  return { ok: true, cart: { ...cart, lines: [] }, notices: [] };
}
