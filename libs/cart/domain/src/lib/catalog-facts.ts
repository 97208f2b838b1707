import type { Money } from '@emporium/money';

/** What the catalog says about whether a variant can be bought in a currency. The cart never asks; it is told. */
export interface PurchaseFacts {
  readonly variantStatus: 'active' | 'archived';
  readonly productStatus: 'draft' | 'active' | 'archived';
  /** The current price in the currency asked for; null when the variant has no price in it (never converted). */
  readonly price: Money | null;
}

/** A variant as the catalog describes it at the moment it is added to a cart: the facts plus what a cart displays. */
export interface CatalogVariant extends PurchaseFacts {
  readonly variantId: string;
  readonly sku: string;
  /** The product's title, as the shopper saw it. */
  readonly title: string;
  /** Option name → value (e.g. `{ Size: 'M' }`); empty for a product without options. */
  readonly options: Readonly<Record<string, string>>;
}

/** A variant's current standing, for re-validating lines already in a cart. */
export interface CurrentVariant extends PurchaseFacts {
  readonly variantId: string;
}

/** Why a variant cannot be bought: the first that applies, in this order. */
export type NotPurchasableReason = 'variant_archived' | 'product_not_active' | 'no_price_in_currency';

/** Null when the variant can be bought, else the reason. Drafts count as not active: shoppers never see them. */
export function notPurchasableReason(facts: PurchaseFacts): NotPurchasableReason | null {
  if (facts.variantStatus !== 'active') return 'variant_archived';
  if (facts.productStatus !== 'active') return 'product_not_active';
  if (facts.price === null) return 'no_price_in_currency';
  return null;
}

/**
 * Guards a broken contract: a price is a whole, non-negative count of minor units (the catalog never stores anything
 * else), so a fraction or a negative here is a programmer's mistake and is thrown, not returned.
 */
export function assertPrice(price: Money, what: string): void {
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    throw new RangeError(`${what} must be a whole, non-negative number of minor units, got ${price.amount}`);
  }
}
