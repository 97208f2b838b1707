import { sql } from 'kysely';
import { type Database, inTransaction } from '@emporium/platform-db';
import { isSellable, type ItemPolicy, skuKey, stockStatus } from '@emporium/inventory-domain';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { AVAILABILITY_CHANGED, type AvailabilityChanged, type EventPublisher } from './level-changes';
import { availableAtActiveLocations, lockStock } from './stock-lock';

export type PolicyChange = Omit<ItemPolicy, 'sku'>;

/**
 * Changes how a SKU is stocked (tracked or not, backorders, threshold). Stopping tracking or allowing backorders can
 * make a sold-out SKU sellable (and the reverse), so the change is published like a level change.
 */
export function updateItemPolicy(db: Database, events: EventPublisher, sku: string, change: PolicyChange): Promise<InventoryResult<ItemPolicy>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const stock = await lockStock(trx, [sku]);
      const item = stock.items.get(skuKey(sku)) ?? refuse({ type: 'UnknownSku', skus: [sku] });
      const available = availableAtActiveLocations(stock, item.sku);
      const next: ItemPolicy = { sku: item.sku, ...change };
      await sql`
        UPDATE inventory.item SET tracked = ${next.tracked}, allow_backorder = ${next.allowBackorder}, low_stock_threshold = ${next.lowStockThreshold}, updated_at = now()
        WHERE id = ${item.id}::bigint`.execute(trx);
      const before = stockStatus(available, item);
      const after = stockStatus(available, next);
      if (before !== after) {
        const payload: AvailabilityChanged = { sku: item.sku, inStock: isSellable(after), status: after, previousStatus: before, available, occurredAt: stock.lockedAt.toISOString() };
        await events.publish(trx, AVAILABILITY_CHANGED, payload);
      }
      return next;
    }),
  );
}
