import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { isSellable, skuKey, type StockStatus, stockStatus } from '@emporium/inventory-domain';

export interface SkuAvailability {
  /** As the caller wrote it. */
  readonly sku: string;
  readonly status: StockStatus;
  /** Whether it can be added to a cart and bought now. */
  readonly inStock: boolean;
  /** Units sellable over active locations (on hand − reserved); null when stock is not tracked. */
  readonly available: number | null;
  readonly allowBackorder: boolean;
}

export interface AvailabilityAnswer {
  readonly skus: readonly SkuAvailability[];
  /** SKUs the inventory does not know (not sold by the catalog, or not yet registered). */
  readonly unknown: readonly string[];
}

/** Availability of many SKUs in one indexed query: for the cart's soft check and the catalog. */
export async function availabilityOf(db: Database, skus: readonly string[]): Promise<AvailabilityAnswer> {
  const keys = [...new Set(skus.map(skuKey))];
  const rows = await sql<{ key: string; tracked: boolean; allow_backorder: boolean; low_stock_threshold: number; available: number }>`
    SELECT upper(i.sku) AS key, i.tracked, i.allow_backorder, i.low_stock_threshold,
      coalesce((SELECT sum(l.on_hand - l.reserved) FROM inventory.stock_level l JOIN inventory.location loc ON loc.id = l.location_id
                WHERE l.item_id = i.id AND loc.active), 0)::int AS available
    FROM inventory.item i WHERE upper(i.sku) = ANY(${keys}::text[])`.execute(db);
  const byKey = new Map(rows.rows.map((row) => [row.key, row]));
  const known: SkuAvailability[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const sku of skus) {
    const key = skuKey(sku);
    if (seen.has(key)) continue;
    seen.add(key);
    const row = byKey.get(key);
    if (!row) {
      unknown.push(sku);
      continue;
    }
    const status = stockStatus(row.available, { sku, tracked: row.tracked, allowBackorder: row.allow_backorder, lowStockThreshold: row.low_stock_threshold });
    known.push({ sku, status, inStock: isSellable(status), available: row.tracked ? row.available : null, allowBackorder: row.allow_backorder });
  }
  return { skus: known, unknown };
}
