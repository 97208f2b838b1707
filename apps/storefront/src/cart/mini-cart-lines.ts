import { type Money } from './money';

/** How many lines the header's quick view shows; the cart page shows them all. */
export const MINI_CART_LINES = 5;

interface PricedCart {
  readonly currency: string;
  readonly totals: { readonly subtotal: Money } | null;
  readonly lines: ReadonlyArray<{ readonly subtotal: Money; readonly flags: ReadonlyArray<{ readonly type: string }> }>;
}

/**
 * The goods' subtotal before discounts: the API's figure when it could price the cart, else the sum of the lines
 * that can still be bought (a cart without a tax rate still shows what its goods cost). Null for an empty cart.
 */
export function cartSubtotal(cart: PricedCart): Money | null {
  if (cart.totals) return cart.totals.subtotal;
  const buyable = cart.lines.filter((line) => !line.flags.some((flag) => flag.type === 'unavailable'));
  if (buyable.length === 0) return null;
  return { amount: buyable.reduce((sum, line) => sum + line.subtotal.amount, 0), currency: cart.currency };
}
