import { sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';
import type { AvailabilityChanged } from './level-changes';

/**
 * Keeps the alerts list from `inventory.availability-changed`: a SKU that went low or out of stock gets (or updates)
 * its alert, one that recovered loses it. Deliveries can be late or repeated; an older change than the last applied
 * one for that SKU is ignored.
 */
export async function applyStockAlert(trx: DbTransaction, change: AvailabilityChanged): Promise<'applied' | 'stale' | 'unknown-sku'> {
  const item = await sql<{ id: string }>`SELECT id::text FROM inventory.item WHERE upper(sku) = upper(${change.sku})`.execute(trx);
  const [found] = item.rows;
  if (!found) return 'unknown-sku';
  const seen = await sql`
    INSERT INTO inventory.stock_status_seen AS s (item_id, changed_at) VALUES (${found.id}::bigint, ${change.occurredAt}::timestamptz)
    ON CONFLICT (item_id) DO UPDATE SET changed_at = excluded.changed_at WHERE s.changed_at < excluded.changed_at
    RETURNING 1`.execute(trx);
  if (seen.rows.length === 0) return 'stale';
  if (change.status === 'low_stock' || change.status === 'out_of_stock') {
    await sql`
      INSERT INTO inventory.stock_alert AS a (item_id, status, available, raised_at, changed_at)
      VALUES (${found.id}::bigint, ${change.status}, ${change.available}, ${change.occurredAt}::timestamptz, ${change.occurredAt}::timestamptz)
      ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, available = excluded.available, changed_at = excluded.changed_at`.execute(trx);
  } else {
    await sql`DELETE FROM inventory.stock_alert WHERE item_id = ${found.id}::bigint`.execute(trx);
  }
  return 'applied';
}

export interface StockAlertView {
  readonly sku: string;
  readonly status: 'low_stock' | 'out_of_stock';
  /** Units sellable when the alert was last updated; the stock page shows the live figure. */
  readonly available: number;
  readonly lowStockThreshold: number;
  readonly raisedAt: string;
  readonly changedAt: string;
}

/** Current alerts, most urgent first (out of stock, then low), newest first within each. */
export async function listStockAlerts(db: Database, limit: number): Promise<StockAlertView[]> {
  const rows = await sql<{ sku: string; status: 'low_stock' | 'out_of_stock'; available: number; low_stock_threshold: number; raised_at: Date; changed_at: Date }>`
    SELECT i.sku, a.status, a.available, i.low_stock_threshold, a.raised_at, a.changed_at
    FROM inventory.stock_alert a JOIN inventory.item i ON i.id = a.item_id
    ORDER BY (a.status = 'out_of_stock') DESC, a.raised_at DESC, i.id LIMIT ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    sku: row.sku,
    status: row.status,
    available: row.available,
    lowStockThreshold: row.low_stock_threshold,
    raisedAt: new Date(row.raised_at).toISOString(),
    changedAt: new Date(row.changed_at).toISOString(),
  }));
}
