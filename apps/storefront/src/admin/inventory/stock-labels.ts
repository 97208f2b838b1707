import { ADJUSTMENT_REASONS, type AdjustmentMode, type AdjustmentReason, type MovementKind } from '@emporium/inventory-domain';
import type { BadgeTone } from '@emporium/ui';
import type { StockAlert, StockListFilter, StockLocation, StockRow, StockStatus } from '../admin-types';

/** How the stock pages word things: statuses, reasons, movement kinds, signed changes, locations. */

const STATUSES: Readonly<Record<StockStatus, { readonly label: string; readonly tone: BadgeTone }>> = {
  in_stock: { label: 'In stock', tone: 'success' },
  low_stock: { label: 'Low stock', tone: 'accent' },
  out_of_stock: { label: 'Out of stock', tone: 'danger' },
  backorder: { label: 'On backorder', tone: 'accent' },
  untracked: { label: 'Not tracked', tone: 'neutral' },
};

export function stockStatusLabel(status: StockStatus): string {
  return STATUSES[status]?.label ?? status;
}

export function stockStatusTone(status: StockStatus): BadgeTone {
  return STATUSES[status]?.tone ?? 'neutral';
}

export const STOCK_FILTERS: ReadonlyArray<{ readonly value: StockListFilter; readonly label: string }> = [
  { value: 'all', label: 'All SKUs' },
  { value: 'attention', label: 'Needs attention' },
  { value: 'out_of_stock', label: 'Out of stock' },
];

/** The filter a `?filter=` value names; anything else is "all". */
export function readStockFilter(value: string | null): StockListFilter {
  return STOCK_FILTERS.find((option) => option.value === value)?.value ?? 'all';
}

const REASONS: Readonly<Record<AdjustmentReason, string>> = {
  received: 'Received',
  stock_count: 'Stock count',
  damaged: 'Damaged',
  lost: 'Lost',
  found: 'Found',
  returned: 'Returned',
  correction: 'Correction',
  other: 'Other',
};

export const REASON_OPTIONS: ReadonlyArray<{ readonly value: AdjustmentReason; readonly label: string }> = ADJUSTMENT_REASONS.map((value) => ({
  value,
  label: REASONS[value],
}));

/**
 * A ledger entry's reason in words. Staff adjustments carry one of the adjustment reasons; other movements carry
 * what the service wrote (`transfer`, `return`, `payment_failed`), shown readably rather than hidden.
 */
export function reasonLabel(reason: string | null): string {
  if (!reason) return '';
  if ((ADJUSTMENT_REASONS as readonly string[]).includes(reason)) return REASONS[reason as AdjustmentReason];
  const words = reason.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const MODE_OPTIONS: ReadonlyArray<{ readonly value: AdjustmentMode; readonly label: string; readonly hint: string }> = [
  { value: 'add', label: 'Add units', hint: 'Units that arrived or turned up.' },
  { value: 'remove', label: 'Remove units', hint: 'Units that left or were written off.' },
  { value: 'set', label: 'Set the on-hand count', hint: 'What a count found on the shelf; 0 for an empty shelf.' },
];

const KINDS: Readonly<Record<MovementKind, string>> = {
  adjustment: 'Adjustment',
  reservation: 'Reserved',
  release: 'Released',
  commitment: 'Shipped',
  restock: 'Restocked',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer in',
};

export function movementKindLabel(kind: MovementKind): string {
  return KINDS[kind] ?? kind;
}

/** "+5", "−3" (a true minus sign), "0": a change with its direction. */
export function signed(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${Math.abs(delta)}`;
  return '0';
}

/** "Main warehouse (MAIN)", with "inactive" where it no longer sells. */
export function locationLabel(location: Pick<StockLocation, 'code' | 'name' | 'active'>): string {
  return `${location.name} (${location.code})${location.active ? '' : ', inactive'}`;
}

/** A location's code by its id, for tables that show ids from the API (ledger, levels); the id itself if unknown. */
export function locationCode(locations: readonly StockLocation[], locationId: string): string {
  return locations.find((location) => location.id === locationId)?.code ?? locationId;
}

export interface LocationLevel {
  readonly location: StockLocation;
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
}

/** A SKU's level at each of the given locations, in their order, 0 where it has no stock record there yet. */
export function levelsAt(row: Pick<StockRow, 'levels'>, locations: readonly StockLocation[]): LocationLevel[] {
  return locations.map((location) => {
    const level = row.levels.find((entry) => entry.locationId === location.id);
    const onHand = level?.onHand ?? 0;
    const reserved = level?.reserved ?? 0;
    return { location, onHand, reserved, available: onHand - reserved };
  });
}

/** The level of a SKU at one location, 0 / 0 where there is none. */
export function levelAt(row: Pick<StockRow, 'levels'>, locationId: string): { readonly onHand: number; readonly reserved: number } {
  const level = row.levels.find((entry) => entry.locationId === locationId);
  return { onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0 };
}

/** Out of stock before low stock; the order the API gave is kept within each. */
export function byUrgency(alerts: readonly StockAlert[]): StockAlert[] {
  const rank = (alert: StockAlert) => (alert.status === 'out_of_stock' ? 0 : 1);
  return [...alerts].sort((a, b) => rank(a) - rank(b));
}

/** An address on one line ("4100 Logistics Pkwy, Columbus, OH 43217, US"); empty when none was given. */
export function addressLine(address: StockLocation['address']): string {
  const place = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.line1, address.line2, place, address.countryCode].filter(Boolean).join(', ');
}
