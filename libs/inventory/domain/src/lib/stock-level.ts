/** How many units of one SKU a location holds (`onHand`) and how many of those are promised to open checkouts. */
export interface StockLevel {
  readonly sku: string;
  readonly locationId: string;
  readonly onHand: number;
  readonly reserved: number;
}

/** Units free to promise: on hand less reserved. Negative when backorders have reserved more than is on hand. */
export function availableOf(level: { readonly onHand: number; readonly reserved: number }): number {
  return level.onHand - level.reserved;
}
