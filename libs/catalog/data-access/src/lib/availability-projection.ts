import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { refreshListingEntries } from './read-models';

/**
 * What the catalog needs from the inventory service's `inventory.availability-changed` event: per SKU, whether it
 * can be sold now. The inventory service publishes it whenever a SKU's stock status changes (crossing zero or its
 * low-stock threshold); the catalog only cares about `inStock`. `occurredAt` orders deliveries, which may arrive late
 * or twice.
 */
export interface AvailabilityChanged {
  readonly sku: string;
  readonly inStock: boolean;
  readonly occurredAt: string;
}

/**
 * Applies one availability change to the catalog's projection, unless a newer change for that variant was applied
 * already (events can arrive out of order). Unknown SKUs are ignored: the catalog may not know a SKU yet, and the
 * inventory service is not the place that decides what the catalog sells.
 */
export async function applyAvailabilityChange(trx: DbTransaction, change: AvailabilityChanged): Promise<'applied' | 'stale' | 'unknown-sku'> {
  const result = await sql<{ product_id: string; was_in_stock: boolean; applied: boolean }>`
    WITH target AS (SELECT id, product_id FROM catalog.variant WHERE upper(sku) = upper(${change.sku})),
    previous AS (SELECT a.in_stock FROM catalog.variant_availability a JOIN target t ON t.id = a.variant_id),
    upsert AS (
      INSERT INTO catalog.variant_availability (variant_id, in_stock, updated_at)
      SELECT id, ${change.inStock}, ${change.occurredAt}::timestamptz FROM target
      ON CONFLICT (variant_id) DO UPDATE SET in_stock = excluded.in_stock, updated_at = excluded.updated_at
        WHERE catalog.variant_availability.updated_at < excluded.updated_at
      RETURNING variant_id
    )
    SELECT t.product_id, coalesce((SELECT in_stock FROM previous), true) AS was_in_stock, EXISTS (SELECT 1 FROM upsert) AS applied
    FROM target t`.execute(trx);
  const [row] = result.rows;
  if (!row) return 'unknown-sku';
  if (!row.applied) return 'stale';
  // Low-stock changes arrive too; listings only change when the in-stock flag does.
  if (row.was_in_stock !== change.inStock) await refreshListingEntries(trx, [row.product_id]);
  return 'applied';
}
