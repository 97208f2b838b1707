import { randomUUID } from 'node:crypto';
import { type Database, inTransaction } from '@emporium/platform-db';
import { type AdjustmentMode, type AdjustmentReason, planAdjustment, planTransfer, skuKey } from '@emporium/inventory-domain';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { type Actor, applyLevelChanges, type EventPublisher, type LevelChange, publishStatusChanges } from './level-changes';
import { type LockedStock, lockStock } from './stock-lock';

export interface AdjustRequest {
  readonly sku: string;
  readonly locationId: string;
  /** `set` records a count (0 allowed); `add` and `remove` move units in or out. */
  readonly mode: AdjustmentMode;
  readonly quantity: number;
  readonly reason: AdjustmentReason;
  readonly note?: string | null;
}

export interface LevelView {
  readonly sku: string;
  readonly locationId: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
}

/** Staff change what is on hand at one location, with a reason the ledger keeps. */
export function adjust(db: Database, events: EventPublisher, request: AdjustRequest, actor: Actor): Promise<InventoryResult<LevelView>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const stock = await lockStock(trx, [request.sku]);
      const item = stock.items.get(skuKey(request.sku)) ?? refuse({ type: 'UnknownSku', skus: [request.sku] });
      requireLocation(stock, request.locationId);
      const level = levelAt(stock, item.sku, request.locationId);
      const plan = planAdjustment({ sku: item.sku, locationId: request.locationId, ...level }, { mode: request.mode, quantity: request.quantity });
      if (!plan.ok) refuse(plan.error);
      const changes: LevelChange[] =
        plan.value.onHandDelta === 0
          ? []
          : [{ itemId: item.id, locationId: request.locationId, kind: 'adjustment', onHandDelta: plan.value.onHandDelta, reservedDelta: 0, reason: request.reason, note: request.note ?? null }];
      await applyLevelChanges(trx, changes, actor);
      await publishStatusChanges(trx, events, stock, changes);
      return view(item.sku, request.locationId, plan.value.onHand, level.reserved);
    }),
  );
}

export interface TransferRequest {
  readonly sku: string;
  readonly fromLocationId: string;
  readonly toLocationId: string;
  readonly quantity: number;
  readonly note?: string | null;
}

/** Moves units that are not reserved from one location to another: two ledger entries sharing a reference. */
export function transfer(db: Database, events: EventPublisher, request: TransferRequest, actor: Actor): Promise<InventoryResult<{ from: LevelView; to: LevelView }>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const stock = await lockStock(trx, [request.sku]);
      const item = stock.items.get(skuKey(request.sku)) ?? refuse({ type: 'UnknownSku', skus: [request.sku] });
      requireLocation(stock, request.fromLocationId);
      requireLocation(stock, request.toLocationId);
      const source = levelAt(stock, item.sku, request.fromLocationId);
      const destination = levelAt(stock, item.sku, request.toLocationId);
      const plan = planTransfer({ sku: item.sku, locationId: request.fromLocationId, ...source }, request.toLocationId, request.quantity);
      if (!plan.ok) refuse(plan.error);
      const reference = `transfer:${randomUUID()}`;
      const common = { itemId: item.id, reservedDelta: 0, reason: 'transfer', note: request.note ?? null, reference };
      const changes: LevelChange[] = [
        { ...common, locationId: request.fromLocationId, kind: 'transfer_out', onHandDelta: -plan.value.quantity },
        { ...common, locationId: request.toLocationId, kind: 'transfer_in', onHandDelta: plan.value.quantity },
      ];
      await applyLevelChanges(trx, changes, actor);
      // Moving stock into or out of an inactive location changes what can be sold.
      await publishStatusChanges(trx, events, stock, changes);
      return {
        from: view(item.sku, request.fromLocationId, source.onHand - plan.value.quantity, source.reserved),
        to: view(item.sku, request.toLocationId, destination.onHand + plan.value.quantity, destination.reserved),
      };
    }),
  );
}

function requireLocation(stock: LockedStock, locationId: string): void {
  if (!stock.locations.some((location) => location.id === locationId)) refuse({ type: 'UnknownLocation', locationId });
}

function levelAt(stock: LockedStock, sku: string, locationId: string): { onHand: number; reserved: number } {
  const level = stock.levels.find((entry) => skuKey(entry.sku) === skuKey(sku) && entry.locationId === locationId);
  return { onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0 };
}

function view(sku: string, locationId: string, onHand: number, reserved: number): LevelView {
  return { sku, locationId, onHand, reserved, available: onHand - reserved };
}
