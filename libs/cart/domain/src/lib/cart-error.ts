import type { CurrencyCode } from '@emporium/money';
import type { Cart } from './cart';
import type { CartNotice } from './cart-notice';
import type { NotPurchasableReason } from './catalog-facts';

/**
 * The cart's expected refusals. A refused change leaves the cart as it was.
 *
 * - `QuantityInvalid`: not a whole number from `min` to `max` (`min` is 1 when adding, 0 when setting a quantity).
 * - `LineLimitReached`: adding a new variant to a cart that already holds `maxLines` lines.
 * - `VariantNotPurchasable`: the catalog says it cannot be bought (see `notPurchasableReason`).
 * - `LineNotFound`: no line for that variant.
 * - `CurrencyMismatch`: a price in another currency than the cart's (`expected`); never converted.
 */
export type CartError =
  | { readonly type: 'QuantityInvalid'; readonly quantity: number; readonly min: 0 | 1; readonly max: number }
  | { readonly type: 'LineLimitReached'; readonly maxLines: number }
  | { readonly type: 'VariantNotPurchasable'; readonly variantId: string; readonly reason: NotPurchasableReason }
  | { readonly type: 'LineNotFound'; readonly variantId: string }
  | { readonly type: 'CurrencyMismatch'; readonly expected: CurrencyCode; readonly actual: CurrencyCode };

/** A changed cart and what the shopper should be told about the change. */
export interface CartChange {
  readonly cart: Cart;
  readonly notices: readonly CartNotice[];
}

/** The outcome of every cart operation: the new cart, or an expected refusal the caller must look at. */
export type CartResult = ({ readonly ok: true } & CartChange) | { readonly ok: false; readonly error: CartError };

const REASON_PHRASES: Readonly<Record<NotPurchasableReason, string>> = {
  variant_archived: 'is no longer sold',
  product_not_active: 'is not on sale',
  no_price_in_currency: 'has no price in this currency',
};

/** One English sentence (no trailing full stop) a shopper can act on; the API layer maps the type to a status. */
export function describeCartError(error: CartError): string {
  switch (error.type) {
    case 'QuantityInvalid':
      return `Quantity must be a whole number from ${error.min} to ${error.max} (got ${error.quantity})`;
    case 'LineLimitReached':
      return `A cart can hold at most ${error.maxLines} different items; remove one to add another`;
    case 'VariantNotPurchasable':
      return `This item ${REASON_PHRASES[error.reason]}`;
    case 'LineNotFound':
      return 'That item is not in your cart';
    case 'CurrencyMismatch':
      return `Your cart is in ${error.expected}; a price in ${error.actual} cannot be added to it`;
  }
}
