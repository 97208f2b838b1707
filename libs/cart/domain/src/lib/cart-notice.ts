import type { Money } from '@emporium/money';

/** Why a line was left out of a merged cart, or out of a cart switched to another currency. */
export type NotMergedReason = 'line_limit' | 'no_price_in_currency';

/**
 * Something a change did that the shopper did not ask for in so many words. The change still happened (these come
 * with `ok: true`); the caller shows them so nothing is adjusted silently.
 *
 * - `capped`: quantities were summed past the per-line maximum; `requested` is the sum, `kept` what the line holds.
 * - `price_updated`: a line's price snapshot was replaced by a different price (added again, a newer snapshot won a
 *   merge, or the shopper accepted a new price).
 * - `not_merged`: a guest line could not join the customer's cart (`quantity` units of it stay out).
 * - `removed`: switching the cart's currency took out a line with no price in the new currency.
 */
export type CartNotice =
  | { readonly type: 'capped'; readonly variantId: string; readonly requested: number; readonly kept: number }
  | { readonly type: 'price_updated'; readonly variantId: string; readonly from: Money; readonly to: Money }
  | {
      readonly type: 'not_merged';
      readonly variantId: string;
      readonly sku: string;
      readonly quantity: number;
      readonly reason: NotMergedReason;
    }
  | {
      readonly type: 'removed';
      readonly variantId: string;
      readonly sku: string;
      readonly quantity: number;
      readonly reason: 'no_price_in_currency';
    };
