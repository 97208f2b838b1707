import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { refreshListingEntries } from './read-models';

/**
 * What the catalog needs from the inventory service's `inventory.availability-changed` event: per SKU, whether it
 * can be sold now. The inventory service publishes it when a SKU crosses zero (and on low stock, which the catalog
 * ignores); `occurredAt` orders deliveries, which may arrive late or twice.
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
  const result = await sql<{ product_id: string }>`
    WITH target AS (SELECT id FROM catalog.variant WHERE upper(sku) = upper(${change.sku}))
    INSERT INTO catalog.variant_availability (variant_id, in_stock, updated_at)
    SELECT id, ${change.inStock}, ${change.occurredAt}::timestamptz FROM target
    ON CONFLICT (variant_id) DO UPDATE SET in_stock = excluded.in_stock, updated_at = excluded.updated_at
      WHERE catalog.variant_availability.updated_at < excluded.updated_at
    RETURNING (SELECT product_id FROM catalog.variant WHERE id = variant_id) AS product_id`.execute(trx);
  const [applied] = result.rows;
  if (applied) {
    await refreshListingEntries(trx, [applied.product_id]);
    return 'applied';
  }
  const known = await sql`SELECT 1 FROM catalog.variant WHERE upper(sku) = upper(${change.sku})`.execute(trx);
  return known.rows.length > 0 ? 'stale' : 'unknown-sku';
}
