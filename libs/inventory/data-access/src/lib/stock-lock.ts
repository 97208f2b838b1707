import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { type ItemPolicy, type StockLevel, type StockLocation, skuKey } from '@emporium/inventory-domain';

export interface LockedItem extends ItemPolicy {
  readonly id: string;
}

/** Items locked for this transaction, with their levels and the locations, read after the locks were granted. */
export interface LockedStock {
  /** By skuKey. */
  readonly items: ReadonlyMap<string, LockedItem>;
  readonly itemsById: ReadonlyMap<string, LockedItem>;
  readonly levels: readonly StockLevel[];
  readonly locations: readonly (StockLocation & { readonly code: string; readonly name: string })[];
  /** The database clock once the locks were held: orders the status changes this transaction publishes. */
  readonly lockedAt: Date;
}

export interface ItemRow {
  id: string;
  sku: string;
  tracked: boolean;
  allow_backorder: boolean;
  low_stock_threshold: number;
}

/**
 * Locks the items of these SKUs (FOR UPDATE, in id order, so two transactions locking overlapping sets never wait on
 * each other in a cycle) and then reads their levels. Every writer of stock levels goes through here: holding the item
 * row is what entitles a transaction to change that item's levels.
 *
 * Levels are read by a second statement on purpose: under READ COMMITTED a statement that waited for a lock still
 * reads other tables as of its start, so levels read in the locking statement could predate the transaction that
 * held the lock.
 */
export async function lockStock(trx: DbTransaction, skus: readonly string[]): Promise<LockedStock> {
  const keys = [...new Set(skus.map(skuKey))];
  const locked = await sql<ItemRow>`
    SELECT id, sku, tracked, allow_backorder, low_stock_threshold FROM inventory.item
    WHERE upper(sku) = ANY(${keys}::text[]) ORDER BY id FOR UPDATE`.execute(trx);
  return readLockedStock(trx, locked.rows);
}

/** The same, for items named by id (reservations and restocks hold item ids). */
export async function lockStockByIds(trx: DbTransaction, itemIds: readonly string[]): Promise<LockedStock> {
  const locked = await sql<ItemRow>`
    SELECT id, sku, tracked, allow_backorder, low_stock_threshold FROM inventory.item
    WHERE id = ANY(${[...new Set(itemIds)]}::bigint[]) ORDER BY id FOR UPDATE`.execute(trx);
  return readLockedStock(trx, locked.rows);
}

/** Reads levels and locations for items the caller has just locked (in a statement of its own, after the locks). */
export async function readLockedStock(trx: DbTransaction, rows: readonly ItemRow[]): Promise<LockedStock> {
  const items = rows.map(
    (row): LockedItem => ({ id: String(row.id), sku: row.sku, tracked: row.tracked, allowBackorder: row.allow_backorder, lowStockThreshold: row.low_stock_threshold }),
  );
  const state = await sql<{ levels: Array<{ item_id: string; location_id: string; on_hand: number; reserved: number }>; locations: Array<{ id: string; code: string; name: string; priority: number; active: boolean }>; now: Date }>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('item_id', l.item_id::text, 'location_id', l.location_id, 'on_hand', l.on_hand, 'reserved', l.reserved)), '[]')
         FROM inventory.stock_level l WHERE l.item_id = ANY(${items.map((item) => item.id)}::bigint[])) AS levels,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'name', name, 'priority', priority, 'active', active)), '[]') FROM inventory.location) AS locations,
      clock_timestamp() AS now`.execute(trx);
  const [row] = state.rows;
  if (!row) throw new Error('stock state query returned no row');
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const levels = row.levels.flatMap((level): StockLevel[] => {
    const item = itemsById.get(level.item_id);
    return item ? [{ sku: item.sku, locationId: level.location_id, onHand: level.on_hand, reserved: level.reserved }] : [];
  });
  return { items: new Map(items.map((item) => [skuKey(item.sku), item])), itemsById, levels, locations: row.locations, lockedAt: new Date(row.now) };
}

export function activeLocationIds(stock: Pick<LockedStock, 'locations'>): Set<string> {
  return new Set(stock.locations.filter((location) => location.active).map((location) => location.id));
}

/** Sellable units of one item: on hand minus reserved, over the active locations (or the given set of them). */
export function availableAtActiveLocations(
  stock: Pick<LockedStock, 'levels' | 'locations'>,
  sku: string,
  active: ReadonlySet<string> = activeLocationIds(stock),
): number {
  const key = skuKey(sku);
  return stock.levels.filter((level) => skuKey(level.sku) === key && active.has(level.locationId)).reduce((sum, level) => sum + level.onHand - level.reserved, 0);
}
