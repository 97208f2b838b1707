import type { ReservationAction, ReservationStatus } from './reservation';

/** One SKU that cannot be supplied in full: how many were asked for and how many the active locations have free. */
export interface Shortfall {
  readonly sku: string;
  readonly requested: number;
  readonly available: number;
}

/** The inventory's expected refusals. Lists name every offending SKU at once, so a cart can mark them all. */
export type InventoryError =
  | { readonly type: 'UnknownSku'; readonly skus: readonly string[] }
  | { readonly type: 'InsufficientStock'; readonly shortfalls: readonly Shortfall[] }
  | { readonly type: 'SplitRequired'; readonly skus: readonly string[] }
  | { readonly type: 'NegativeOnHand'; readonly sku: string; readonly locationId: string; readonly onHand: number; readonly change: number }
  | {
      readonly type: 'BelowReserved';
      readonly sku: string;
      readonly locationId: string;
      readonly onHand: number;
      readonly reserved: number;
      readonly newOnHand: number;
    }
  | { readonly type: 'InsufficientAtSource'; readonly sku: string; readonly locationId: string; readonly available: number; readonly requested: number }
  | { readonly type: 'SameLocation' }
  | { readonly type: 'ReservationNotActive'; readonly status: ReservationStatus; readonly action: ReservationAction }
  | { readonly type: 'RestockExceedsCommitted'; readonly sku: string; readonly committed: number; readonly restocked: number; readonly requested: number };

/** The outcome of a rule that can refuse: expected failures are values the caller must look at, never thrown. */
export type Result<T, E = InventoryError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

const units = (count: number): string => (count === 1 ? '1 unit' : `${count} units`);
const isAre = (count: number): string => (count === 1 ? 'is' : 'are');

/** `A`, `A and B`, `A, B and C`. */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const STATUS_PHRASES: Readonly<Record<ReservationStatus, string>> = {
  active: 'is still active',
  committed: 'has already been committed',
  released: 'has been released',
  expired: 'has expired',
};

const ACTION_PAST: Readonly<Record<ReservationAction, string>> = {
  commit: 'committed',
  release: 'released',
  expire: 'expired',
  restock: 'restocked',
};

function describeShortfall(shortfall: Shortfall): string {
  return shortfall.available <= 0
    ? `${shortfall.sku} is out of stock (you asked for ${shortfall.requested})`
    : `Only ${shortfall.available} of ${shortfall.sku} left (you asked for ${shortfall.requested})`;
}

function describeReservationRefusal(status: ReservationStatus, action: ReservationAction): string {
  if (action === 'restock') return `Only a committed reservation can be restocked, and this one ${STATUS_PHRASES[status]}`;
  if (action === 'release' && status === 'committed') {
    return 'This reservation has already been committed, so it cannot be released; restock the items instead';
  }
  return `This reservation ${STATUS_PHRASES[status]}, so it can no longer be ${ACTION_PAST[action]}`;
}

/** One clear English sentence (no trailing full stop) a shopper or a member of staff can act on. */
export function describeInventoryError(error: InventoryError): string {
  switch (error.type) {
    case 'UnknownSku':
      return `There is no inventory record for ${listOf(error.skus)}`;
    case 'InsufficientStock':
      return error.shortfalls.map(describeShortfall).join('; ');
    case 'SplitRequired':
      return `No single location can supply all of ${listOf(error.skus)}, so the order would have to ship from more than one location`;
    case 'NegativeOnHand':
      return error.change < 0
        ? `On hand at this location is ${error.onHand}; removing ${-error.change} would make it negative`
        : `On hand at this location is ${error.onHand}; a change of ${error.change} would leave it negative`;
    case 'BelowReserved':
      return `${units(error.reserved)} ${isAre(error.reserved)} reserved for open checkouts; on hand cannot go below that (asked for ${error.newOnHand})`;
    case 'InsufficientAtSource':
      return error.available <= 0
        ? `No units of ${error.sku} at this location are free to move (asked to move ${error.requested})`
        : `Only ${units(error.available)} of ${error.sku} at this location ${isAre(error.available)} free to move (asked to move ${error.requested})`;
    case 'SameLocation':
      return 'Stock cannot be transferred to the location it is already at';
    case 'ReservationNotActive':
      return describeReservationRefusal(error.status, error.action);
    case 'RestockExceedsCommitted':
      return `Only ${error.committed - error.restocked} of ${error.sku} can be restocked: ${error.committed} were committed and ${error.restocked} already restocked (asked for ${error.requested})`;
  }
}
