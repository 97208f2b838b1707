import type { Result } from './errors';
import { assertWholeQuantity } from './quantity';

/** Why a merchant changed stock by hand; kept on the ledger entry for audits. */
export const ADJUSTMENT_REASONS = ['received', 'stock_count', 'damaged', 'lost', 'found', 'returned', 'correction', 'other'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** `set` records a count (the new on hand), `add` and `remove` a movement of that many units. */
export type AdjustmentMode = 'set' | 'add' | 'remove';

export interface AdjustmentPlan {
  readonly onHandDelta: number;
  readonly onHand: number;
}

/**
 * The on-hand change a manual adjustment makes at one location. A change that lowers on hand is refused when it
 * would go below zero (`NegativeOnHand`, with the signed change) or below the units reserved for open checkouts
 * (`BelowReserved`): those units are promised to shoppers. A change that does not lower on hand is always allowed —
 * receiving goods against backorders, where reserved already exceeds on hand, must never be blocked; a zero change
 * is ok too. `quantity` is a whole number (0 allowed: `set` to 0, or a no-op); anything else throws `RangeError`.
 */
export function planAdjustment(
  level: { sku: string; locationId: string; onHand: number; reserved: number },
  change: { mode: AdjustmentMode; quantity: number },
): Result<AdjustmentPlan> {
  assertWholeQuantity(change.quantity, 0, 'Adjustment quantity');
  const onHandDelta = change.mode === 'set' ? change.quantity - level.onHand : change.mode === 'add' ? change.quantity : 0 - change.quantity;
  const onHand = level.onHand + onHandDelta;
  if (onHandDelta < 0 && onHand < 0) {
    return { ok: false, error: { type: 'NegativeOnHand', sku: level.sku, locationId: level.locationId, onHand: level.onHand, change: onHandDelta } };
  }
  if (onHandDelta < 0 && onHand < level.reserved) {
    return {
      ok: false,
      error: { type: 'BelowReserved', sku: level.sku, locationId: level.locationId, onHand: level.onHand, reserved: level.reserved, newOnHand: onHand },
    };
  }
  return { ok: true, value: { onHandDelta, onHand } };
}
