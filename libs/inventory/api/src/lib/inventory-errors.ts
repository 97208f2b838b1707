import type { TRPCError } from '@trpc/server';
import { describeInventoryError } from '@emporium/inventory-domain';
import type { InventoryFailure, InventoryResult } from '@emporium/inventory-data-access';
import { domainError, invalidInput } from '@emporium/platform-trpc';

/** The typed error a client sees for each expected failure: a code, a stable reason, details and a sentence. */
export function inventoryError(failure: InventoryFailure): TRPCError {
  switch (failure.type) {
    case 'UnknownSku':
      return domainError('NOT_FOUND', 'SKU_NOT_FOUND', `Unknown SKU: ${failure.skus.join(', ')}`, { skus: failure.skus });
    case 'UnknownLocation':
      return domainError('NOT_FOUND', 'LOCATION_NOT_FOUND', 'No such stock location', { locationId: failure.locationId });
    case 'UnknownReservation':
      return domainError('NOT_FOUND', 'RESERVATION_NOT_FOUND', 'No such reservation', { reservationId: failure.reservationId });
    case 'InsufficientStock':
      return domainError('CONFLICT', 'OUT_OF_STOCK', `Out of stock: ${describeInventoryError(failure)}`, { shortfalls: failure.shortfalls });
    case 'SplitRequired':
      return domainError('CONFLICT', 'SPLIT_REQUIRED', describeInventoryError(failure), { skus: failure.skus });
    case 'NegativeOnHand':
      return domainError('CONFLICT', 'NEGATIVE_ON_HAND', describeInventoryError(failure), { onHand: failure.onHand, change: failure.change });
    case 'BelowReserved':
      return domainError('CONFLICT', 'BELOW_RESERVED', describeInventoryError(failure), { onHand: failure.onHand, reserved: failure.reserved });
    case 'InsufficientAtSource':
      return domainError('CONFLICT', 'INSUFFICIENT_AT_SOURCE', describeInventoryError(failure), { available: failure.available, requested: failure.requested });
    case 'SameLocation':
      return invalidInput([{ path: 'toLocationId', message: describeInventoryError(failure) }]);
    case 'ReservationNotActive':
      return domainError('CONFLICT', failure.status === 'expired' ? 'RESERVATION_EXPIRED' : 'RESERVATION_NOT_ACTIVE', describeInventoryError(failure), {
        status: failure.status,
      });
    case 'RestockExceedsCommitted':
      return domainError('CONFLICT', 'RESTOCK_EXCEEDS_COMMITTED', describeInventoryError(failure), {
        sku: failure.sku,
        committed: failure.committed,
        restocked: failure.restocked,
      });
    case 'IdempotencyKeyReused':
      return domainError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request');
    case 'InactiveLocation':
      return domainError('CONFLICT', 'LOCATION_INACTIVE', 'This stock location is inactive', { locationId: failure.locationId });
    case 'LocationCodeTaken':
      return invalidInput([{ path: 'code', message: `Another location already uses the code ${failure.code}` }]);
    case 'LevelLimit':
      return domainError('CONFLICT', 'LEVEL_LIMIT', 'Stock levels are limited to 1,000,000,000 units per location');
  }
}

/** The value of a successful result; the typed error of a failed one. */
export function unwrap<T>(result: InventoryResult<T>): T {
  if (!result.ok) throw inventoryError(result.error);
  return result.value;
}
