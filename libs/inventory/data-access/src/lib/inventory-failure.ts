import type { InventoryError, Result } from '@emporium/inventory-domain';
import { PgErrorCode, pgErrorCode } from '@emporium/platform-db';

/** Expected failures of the inventory service: the domain's, plus what only the stored state can tell. */
export type InventoryFailure =
  | InventoryError
  | { readonly type: 'UnknownLocation'; readonly locationId: string }
  | { readonly type: 'InactiveLocation'; readonly locationId: string }
  | { readonly type: 'UnknownReservation'; readonly reservationId: string }
  | { readonly type: 'IdempotencyKeyReused'; readonly idempotencyKey: string }
  | { readonly type: 'LocationCodeTaken'; readonly code: string }
  | { readonly type: 'LevelLimit' };

export type InventoryResult<T> = Result<T, InventoryFailure>;

/** Thrown inside a transaction to roll it back; the service boundary turns it back into a value. */
export class Refusal extends Error {
  constructor(readonly failure: InventoryFailure) {
    super(failure.type);
    this.name = 'Refusal';
  }
}

export function refuse(failure: InventoryFailure): never {
  throw new Refusal(failure);
}

/** A level's CHECK bounds (±1,000,000,000 units): only reachable by piling up adjustments or backorders. */
const LEVEL_BOUNDS = new Set(['stock_level_on_hand_check', 'stock_level_reserved_check']);

/**
 * Runs `work`; a Refusal anywhere inside (and the rollback it caused) becomes `{ ok: false }`, and so does a level
 * pushed past its bounds — the database refused the write, the transaction rolled back, nothing was written.
 */
export async function refusable<T>(work: () => Promise<T>): Promise<InventoryResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.failure };
    if (pgErrorCode(error) === PgErrorCode.checkViolation && LEVEL_BOUNDS.has((error as { constraint?: string }).constraint ?? '')) {
      return { ok: false, error: { type: 'LevelLimit' } };
    }
    throw error;
  }
}
