import type { InventoryError, Result } from '@emporium/inventory-domain';

/** Expected failures of the inventory service: the domain's, plus what only the stored state can tell. */
export type InventoryFailure =
  | InventoryError
  | { readonly type: 'UnknownLocation'; readonly locationId: string }
  | { readonly type: 'InactiveLocation'; readonly locationId: string }
  | { readonly type: 'UnknownReservation'; readonly reservationId: string }
  | { readonly type: 'IdempotencyKeyReused'; readonly idempotencyKey: string }
  | { readonly type: 'LocationCodeTaken'; readonly code: string }
  | { readonly type: 'LocationHoldsStock'; readonly locationId: string; readonly onHand: number; readonly reserved: number };

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

/** Runs `work`; a Refusal anywhere inside (and the rollback it caused) becomes `{ ok: false }`. */
export async function refusable<T>(work: () => Promise<T>): Promise<InventoryResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.failure };
    throw error;
  }
}
