import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { skuKey, stockStatus } from '@emporium/inventory-domain';
import { type Actor, applyLevelChanges, AVAILABILITY_CHANGED, type AvailabilityChanged, type EventPublisher, type LevelChange } from './level-changes';
import { ensureDemoLocations, demoStockFor } from './demo-stock';

/** What the catalog's `catalog.skus-registered` event carries (see the catalog's publisher). */
export interface SkusRegistered {
  readonly skus: readonly string[];
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly demoStock?: { readonly soldOut: readonly string[] };
}

const DEMO_ACTOR: Actor = { id: 'system', label: 'Demo stock' };

/**
 * The catalog sells new SKUs: each becomes an item, tracked, with nothing on hand (so the catalog shows it sold out
 * until stock is received). A renamed SKU keeps its item, levels and ledger. Demo seeds also receive demo stock.
 */
export async function registerSkus(trx: DbTransaction, events: EventPublisher, registered: SkusRegistered): Promise<{ created: number; renamed: number }> {
  let renamed = 0;
  for (const rename of registered.renamed) {
    if (skuKey(rename.from) === skuKey(rename.to)) {
      await sql`UPDATE inventory.item SET sku = ${rename.to}, updated_at = now() WHERE upper(sku) = ${skuKey(rename.from)}`.execute(trx);
      continue;
    }
    const moved = await sql`
      UPDATE inventory.item SET sku = ${rename.to}, updated_at = now()
      WHERE upper(sku) = ${skuKey(rename.from)} AND NOT EXISTS (SELECT 1 FROM inventory.item WHERE upper(sku) = ${skuKey(rename.to)})`.execute(trx);
    renamed += Number(moved.numAffectedRows ?? 0);
  }
  const wanted = [...registered.skus, ...registered.renamed.map((rename) => rename.to)];
  if (wanted.length === 0) return { created: 0, renamed };
  const inserted = await sql<{ id: string; sku: string; low_stock_threshold: number }>`
    INSERT INTO inventory.item (sku) SELECT DISTINCT ON (upper(sku)) sku FROM unnest(${wanted}::text[]) AS s(sku)
    ON CONFLICT ((upper(sku))) DO NOTHING
    RETURNING id::text, sku, low_stock_threshold`.execute(trx);
  const created = inserted.rows;
  const now = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(trx);
  const occurredAt = new Date(now.rows[0]?.now ?? Date.now()).toISOString();

  const onHand = new Map<string, number>();
  if (registered.demoStock) {
    const soldOut = new Set(registered.demoStock.soldOut.map(skuKey));
    const locations = await ensureDemoLocations(trx);
    const changes: LevelChange[] = created.flatMap((item) =>
      soldOut.has(skuKey(item.sku))
        ? []
        : demoStockFor(item.sku, locations).map((entry) => ({
            itemId: item.id,
            locationId: entry.locationId,
            kind: 'adjustment' as const,
            onHandDelta: entry.quantity,
            reservedDelta: 0,
            reason: 'received',
            note: 'Demo stock',
          })),
    );
    await applyLevelChanges(trx, changes, DEMO_ACTOR);
    for (const change of changes) onHand.set(change.itemId, (onHand.get(change.itemId) ?? 0) + change.onHandDelta);
  }
  // A new item starts from nothing: tell the catalog (and the alerts list) where it stands when that is not plain "in stock".
  for (const item of created) {
    const available = onHand.get(item.id) ?? 0;
    const status = stockStatus(available, { sku: item.sku, tracked: true, allowBackorder: false, lowStockThreshold: item.low_stock_threshold });
    if (status === 'in_stock') continue;
    const payload: AvailabilityChanged = { sku: item.sku, inStock: status !== 'out_of_stock', status, previousStatus: null, available, occurredAt };
    await events.publish(trx, AVAILABILITY_CHANGED, payload);
  }
  return { created: created.length, renamed };
}
