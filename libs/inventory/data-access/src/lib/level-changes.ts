import { type RawBuilder, sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { type MovementKind, type StockStatus, stockStatusChange } from '@emporium/inventory-domain';
import { activeLocationIds, availableAtActiveLocations, type LockedStock } from './stock-lock';

/** Who changed stock: a signed-in staff member (`user:<id>`, with their e-mail as label) or a service. */
export interface Actor {
  readonly id: string;
  readonly label: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', label: 'Inventory service' };

/** One movement: a change of one item's level at one location, written to the ledger and applied to the level. */
export interface LevelChange {
  readonly itemId: string;
  readonly locationId: string;
  readonly kind: MovementKind;
  readonly onHandDelta: number;
  readonly reservedDelta: number;
  readonly reason?: string | null;
  readonly note?: string | null;
  readonly reference?: string | null;
}

/**
 * Applies movements to the levels and appends them to the ledger, in one statement. The caller holds the items'
 * locks (lockStock), so the levels it decided from are still the levels being changed. `alongside` is one more data
 * change that belongs with these movements (a reservation's lines, its new status): it runs in the same statement,
 * which saves a round trip while the item locks are held.
 */
export async function applyLevelChanges(trx: DbTransaction, changes: readonly LevelChange[], actor: Actor, alongside?: RawBuilder<unknown>): Promise<void> {
  if (changes.length === 0) {
    if (alongside) await alongside.execute(trx);
    return;
  }
  await sql`
    WITH change AS (
      SELECT * FROM unnest(
        ${changes.map((change) => change.itemId)}::bigint[], ${changes.map((change) => change.locationId)}::uuid[],
        ${changes.map((change) => change.kind)}::text[], ${changes.map((change) => change.onHandDelta)}::int[],
        ${changes.map((change) => change.reservedDelta)}::int[], ${changes.map((change) => change.reason ?? null)}::text[],
        ${changes.map((change) => change.note ?? null)}::text[], ${changes.map((change) => change.reference ?? null)}::text[]
      ) WITH ORDINALITY AS c(item_id, location_id, kind, on_hand_delta, reserved_delta, reason, note, reference, position)
    ), per_level AS (
      SELECT item_id, location_id, sum(on_hand_delta)::int AS on_hand, sum(reserved_delta)::int AS reserved
      FROM change GROUP BY item_id, location_id
    ), updated AS (
      UPDATE inventory.stock_level AS l
      SET on_hand = l.on_hand + p.on_hand, reserved = l.reserved + p.reserved, updated_at = now()
      FROM per_level p WHERE l.item_id = p.item_id AND l.location_id = p.location_id
      RETURNING l.item_id, l.location_id
    ), inserted AS (
      -- Only levels that did not exist yet; the caller's item locks keep anyone else from creating them meanwhile.
      INSERT INTO inventory.stock_level (item_id, location_id, on_hand, reserved)
      SELECT p.item_id, p.location_id, p.on_hand, p.reserved FROM per_level p
      WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.item_id = p.item_id AND u.location_id = p.location_id)
      RETURNING 1
    ), moves AS (
      INSERT INTO inventory.movement (item_id, location_id, kind, on_hand_delta, reserved_delta, reason, note, actor, actor_label, reference)
      SELECT item_id, location_id, kind, on_hand_delta, reserved_delta, reason, note, ${actor.id}, ${actor.label}, reference
      FROM change ORDER BY position
      RETURNING 1
    )${alongside ? sql`, alongside AS (${alongside})` : sql``}
    SELECT (SELECT count(*) FROM updated) + (SELECT count(*) FROM inserted) AS levels, (SELECT count(*) FROM moves) AS moves`.execute(trx);
}

/** What `inventory.availability-changed` carries: published when a SKU's stock status changes. */
export interface AvailabilityChanged {
  readonly sku: string;
  /** Whether the SKU can be sold now (the catalog's in-stock flag). */
  readonly inStock: boolean;
  readonly status: StockStatus;
  readonly previousStatus: StockStatus | null;
  /** Units sellable over active locations after the change (on hand − reserved). */
  readonly available: number;
  /** When the change happened (database clock, under the item's lock): consumers ignore older deliveries. */
  readonly occurredAt: string;
}

export const AVAILABILITY_CHANGED = 'inventory.availability-changed';

/**
 * Publishes a status change for every locked item whose status these changes move (crossing zero or the low-stock
 * threshold). `activeAfter` is the set of active locations after the change, when the change is (de)activating one.
 */
export async function publishStatusChanges(
  trx: DbTransaction,
  events: EventPublisher,
  stock: LockedStock,
  changes: readonly LevelChange[],
  activeAfter: ReadonlySet<string> = activeLocationIds(stock),
): Promise<AvailabilityChanged[]> {
  const activeBefore = activeLocationIds(stock);
  const published: AvailabilityChanged[] = [];
  for (const item of stock.itemsById.values()) {
    const before = availableAtActiveLocations(stock, item.sku, activeBefore);
    const after =
      availableAtActiveLocations(stock, item.sku, activeAfter) +
      changes.filter((change) => change.itemId === item.id && activeAfter.has(change.locationId)).reduce((sum, change) => sum + change.onHandDelta - change.reservedDelta, 0);
    const change = stockStatusChange(item.sku, before, after, item);
    if (!change) continue;
    const payload: AvailabilityChanged = {
      sku: item.sku,
      inStock: change.inStock,
      status: change.to,
      previousStatus: change.from,
      available: after,
      occurredAt: stock.lockedAt.toISOString(),
    };
    await events.publish(trx, AVAILABILITY_CHANGED, payload);
    published.push(payload);
  }
  return published;
}

/** The part of the event bus stock writers need. */
export interface EventPublisher {
  publish(trx: DbTransaction, type: string, payload: unknown): Promise<unknown>;
}
