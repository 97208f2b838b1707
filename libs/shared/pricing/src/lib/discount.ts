import type { Money } from '@emporium/money';

/**
 * What a coupon takes off. Amounts are in the cart's currency and in the same terms as the prices: gross when
 * prices include tax, net when tax is added on top.
 *
 * - `fixed_price`: each eligible unit is sold at `unitPrice` (a line already cheaper is left alone).
 * - `buy_x_get_y`: among the eligible units pooled together, for every `buy + get` units the `get` cheapest get
 *   `basisPointsOff` off (10 000 = free; "buy 2 get 1 free" is `{ buy: 2, get: 1, basisPointsOff: 10_000 }`).
 * - `percentage`: `basisPoints` off the eligible lines (off the whole order when the coupon is not restricted).
 * - `fixed_amount`: `per: 'order'` takes `amount` once off the eligible lines (the whole order when not
 *   restricted), capped at what they cost; `per: 'unit'` takes `amount` off every eligible unit, capped per line.
 * - `free_shipping`: the shipping charge becomes zero.
 */
export type Discount =
  | { readonly kind: 'fixed_price'; readonly unitPrice: Money }
  | { readonly kind: 'buy_x_get_y'; readonly buy: number; readonly get: number; readonly basisPointsOff: number }
  | { readonly kind: 'percentage'; readonly basisPoints: number }
  | { readonly kind: 'fixed_amount'; readonly amount: Money; readonly per: 'order' | 'unit' }
  | { readonly kind: 'free_shipping' };

export type DiscountKind = Discount['kind'];

/**
 * The order discounts are applied in; each works on what the earlier ones left. Prices first become what the
 * merchant set (fixed price), then quantity deals pick the cheapest units at those prices (BXGY), then percentages
 * apply to what is left, so a fixed amount is never multiplied by a percentage, and shipping comes last.
 * Within one kind, coupons apply in the order they were applied to the cart.
 */
export const DISCOUNT_ORDER: readonly DiscountKind[] = ['fixed_price', 'buy_x_get_y', 'percentage', 'fixed_amount', 'free_shipping'];

export function discountStage(kind: DiscountKind): number {
  return DISCOUNT_ORDER.indexOf(kind);
}
