import type { Money } from '@emporium/money';
import type { Cart } from './cart';
import { assertPrice, type CurrentVariant, notPurchasableReason, type NotPurchasableReason } from './catalog-facts';

/** Units a SKU can still be sold, or null when unknown (untracked, backorderable, or the inventory did not answer). */
export interface StockFact {
  readonly sku: string;
  readonly available: number | null;
}

/** Why a line cannot be bought now: a catalog reason, or the variant is gone from the catalog. */
export type UnavailableReason = NotPurchasableReason | 'not_in_catalog';

/**
 * What the shopper must see about a line before paying. Every flag blocks checkout until the shopper acts:
 * `price_changed` → accept the new price (`acceptPrices`) or remove the line; `unavailable` → remove it;
 * `insufficient_stock` → lower the quantity to `available` or remove it.
 */
export type LineFlag =
  | { readonly type: 'price_changed'; readonly from: Money; readonly to: Money }
  | { readonly type: 'unavailable'; readonly reason: UnavailableReason }
  | { readonly type: 'insufficient_stock'; readonly available: number };

export interface LineReview {
  readonly variantId: string;
  readonly sku: string;
  readonly quantity: number;
  /** Empty when the line can be bought as it is. */
  readonly flags: readonly LineFlag[];
}

export interface CartReview {
  /** One per cart line, in the cart's order. */
  readonly lines: readonly LineReview[];
  /** True only for a cart with lines, none of them flagged. */
  readonly canProceed: boolean;
}

export interface CartFacts {
  /** Current standing of the cart's variants, priced in the cart's currency; a variant missing is `not_in_catalog`. */
  readonly catalog: readonly CurrentVariant[];
  /** Availability per SKU; a SKU missing counts as unknown. */
  readonly stock: readonly StockFact[];
}

/**
 * SKUs are compared trimmed and upper-case, as the catalog keeps them unique and the inventory matches them (its
 * `skuKey`; services do not import each other's domains, so the rule is repeated here).
 */
const skuKey = (sku: string): string => sku.trim().toUpperCase();

/**
 * Re-checks a cart against the catalog and the inventory just before checkout, so a changed price or an item gone
 * is shown to the shopper, never silently charged or dropped. Per line, in this order:
 *
 * 1. Not in `catalog` → `unavailable` `not_in_catalog`; not purchasable → `unavailable` with the catalog's reason.
 *    An unavailable line gets no other flag: there is nothing to re-price or reserve.
 * 2. Current price ≠ snapshot → `price_changed { from: snapshot, to: current }` (cheaper counts too: the shopper
 *    should pay what the shop asks now, and see it).
 * 3. Known availability below the quantity → `insufficient_stock { available }` (never below 0; an oversold level
 *    shows 0). Unknown availability is not flagged: the inventory decides at reservation.
 *
 * The first fact given for a variant or SKU counts. A current price in another currency than the cart's is a broken
 * contract (the service asks the catalog in the cart's currency) and throws `RangeError`. This is a preview; the
 * reservation itself (inventory's `allocate`) is still the final word on stock.
 */
export function reviewCart(cart: Cart, facts: CartFacts): CartReview {
  const catalog = new Map<string, CurrentVariant>();
  for (const entry of facts.catalog) if (!catalog.has(entry.variantId)) catalog.set(entry.variantId, entry);
  const stock = new Map<string, number | null>();
  for (const entry of facts.stock) if (!stock.has(skuKey(entry.sku))) stock.set(skuKey(entry.sku), entry.available);

  const lines = cart.lines.map((line): LineReview => {
    const flags: LineFlag[] = [];
    const current = catalog.get(line.variantId);
    const reason = current ? notPurchasableReason(current) : 'not_in_catalog';
    if (reason !== null || !current?.price) {
      flags.push({ type: 'unavailable', reason: reason ?? 'no_price_in_currency' });
    } else {
      const price = current.price;
      if (price.currency !== cart.currency) throw new RangeError(`Price of ${line.sku} must be in ${cart.currency}, got ${price.currency}`);
      assertPrice(price, `Price of ${line.sku}`);
      if (price.amount !== line.unitPrice.amount) flags.push({ type: 'price_changed', from: line.unitPrice, to: price });
      const available = stock.get(skuKey(line.sku)) ?? null;
      if (available !== null && available < line.quantity) flags.push({ type: 'insufficient_stock', available: Math.max(0, available) });
    }
    return { variantId: line.variantId, sku: line.sku, quantity: line.quantity, flags };
  });
  return { lines, canProceed: lines.length > 0 && lines.every((line) => line.flags.length === 0) };
}
