import type { Result } from './errors';
import { assertWholeQuantity } from './quantity';
import { availableOf } from './stock-level';

/**
 * Whether `quantity` units of one SKU may move from `source` to another location. Only units not reserved for open
 * checkouts may leave (`InsufficientAtSource`); moving to the same location is refused (`SameLocation`), since it
 * would write two ledger entries for nothing. `quantity` must be a whole number ≥ 1, or `RangeError` is thrown.
 */
export function planTransfer(
  source: { sku: string; locationId: string; onHand: number; reserved: number },
  destinationLocationId: string,
  quantity: number,
): Result<{ readonly quantity: number }> {
  assertWholeQuantity(quantity, 1, 'Transfer quantity');
  if (source.locationId === destinationLocationId) return { ok: false, error: { type: 'SameLocation' } };
  const available = availableOf(source);
  if (quantity > available) {
    return { ok: false, error: { type: 'InsufficientAtSource', sku: source.sku, locationId: source.locationId, available, requested: quantity } };
  }
  return { ok: true, value: { quantity } };
}
