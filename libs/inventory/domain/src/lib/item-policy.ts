/** How one SKU is stocked: whether levels are kept at all, whether it may be sold below zero, and when it counts as low. */
export interface ItemPolicy {
  readonly sku: string;
  readonly tracked: boolean;
  readonly allowBackorder: boolean;
  readonly lowStockThreshold: number;
}

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock' | 'backorder' | 'untracked';

/**
 * What the storefront shows for a SKU with `available` units free (summed over the locations it sells from).
 * A threshold of 0 turns the low-stock warning off.
 */
export function stockStatus(available: number, policy: ItemPolicy): StockStatus {
  if (!policy.tracked) return 'untracked';
  if (available <= 0) return policy.allowBackorder ? 'backorder' : 'out_of_stock';
  if (policy.lowStockThreshold > 0 && available <= policy.lowStockThreshold) return 'low_stock';
  return 'in_stock';
}

/** Whether a shopper can still buy it: everything but `out_of_stock` (backorders and untracked items sell). */
export function isSellable(status: StockStatus): boolean {
  return status !== 'out_of_stock';
}

/** What the catalog and alerts are told when a SKU's status moves, e.g. the last unit sold or stock came back. */
export interface StockStatusChange {
  readonly sku: string;
  readonly from: StockStatus;
  readonly to: StockStatus;
  readonly available: number;
  readonly inStock: boolean;
}

/**
 * The status change caused by available going from `before` to `after`, or null when the status stays the same —
 * so an event is published only when something a shopper sees has changed.
 */
export function stockStatusChange(sku: string, before: number, after: number, policy: ItemPolicy): StockStatusChange | null {
  const from = stockStatus(before, policy);
  const to = stockStatus(after, policy);
  if (from === to) return null;
  return { sku, from, to, available: after, inStock: isSellable(to) };
}
