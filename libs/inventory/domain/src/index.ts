export { isValidQuantity, MAX_QUANTITY } from './lib/quantity';
export { skuKey } from './lib/sku';
export { availableOf, type StockLevel } from './lib/stock-level';
export { byPriority, type StockLocation } from './lib/location';
export { type ItemPolicy, isSellable, stockStatus, type StockStatus, type StockStatusChange, stockStatusChange } from './lib/item-policy';
export { describeInventoryError, type InventoryError, type Result, type Shortfall } from './lib/errors';
export {
  allocate,
  type Allocation,
  type AllocationLine,
  type AllocationRequest,
  type RequestLine,
  sumLines,
} from './lib/allocate';
export { ADJUSTMENT_REASONS, type AdjustmentMode, type AdjustmentPlan, type AdjustmentReason, planAdjustment } from './lib/adjust';
export { planTransfer } from './lib/transfer';
export {
  compareLevels,
  type LevelDiscrepancy,
  type Movement,
  MOVEMENT_KINDS,
  movementDeltas,
  type MovementKind,
  rebuildLevels,
} from './lib/ledger';
export {
  DEFAULT_RESERVATION_TTL_SECONDS,
  MAX_RESERVATION_TTL_SECONDS,
  MIN_RESERVATION_TTL_SECONDS,
  planTransition,
  requestFingerprint,
  type ReservationAction,
  reservationExpiry,
  type ReservationStatus,
  type TransitionOutcome,
} from './lib/reservation';
export { type CommittedAllocation, planRestock } from './lib/restock';
