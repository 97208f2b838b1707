import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { compareLevels, type LevelDiscrepancy, type Movement, rebuildLevels, skuKey, type StockLevel } from '@emporium/inventory-domain';

/**
 * Rebuilds levels from the ledger and compares them with the recorded ones: an empty answer means every level is
 * exactly the sum of its movements. PostgreSQL sums per level; the domain folds and compares.
 */
export async function auditLedger(db: Database, sku?: string): Promise<LevelDiscrepancy[]> {
  const only = sku ? sql`WHERE upper(i.sku) = ${skuKey(sku)}` : sql``;
  const sums = await sql<{ sku: string; location_id: string; on_hand: number; reserved: number }>`
    SELECT i.sku, m.location_id, sum(m.on_hand_delta)::int AS on_hand, sum(m.reserved_delta)::int AS reserved
    FROM inventory.movement m JOIN inventory.item i ON i.id = m.item_id ${only}
    GROUP BY i.sku, m.location_id`.execute(db);
  const recorded = await sql<{ sku: string; location_id: string; on_hand: number; reserved: number }>`
    SELECT i.sku, l.location_id, l.on_hand, l.reserved FROM inventory.stock_level l JOIN inventory.item i ON i.id = l.item_id ${only}`.execute(db);
  const movements: Movement[] = sums.rows.map((row) => ({ sku: row.sku, locationId: row.location_id, kind: 'adjustment', onHandDelta: row.on_hand, reservedDelta: row.reserved }));
  const levels: StockLevel[] = recorded.rows.map((row) => ({ sku: row.sku, locationId: row.location_id, onHand: row.on_hand, reserved: row.reserved }));
  return compareLevels(levels, rebuildLevels(movements));
}
