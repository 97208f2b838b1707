import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import {
  allocate,
  byPriority,
  DEFAULT_RESERVATION_TTL_SECONDS,
  planTransition,
  type RequestLine,
  requestFingerprint,
  type ReservationAction,
  type ReservationStatus,
  skuKey,
  type StockLocation,
  sumLines,
} from '@emporium/inventory-domain';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { type Actor, applyLevelChanges, type EventPublisher, type LevelChange, publishStatusChanges } from './level-changes';
import { loadReservations, type ReservationView } from './reservation-view';
import { type ItemRow, lockStockByIds, readLockedStock } from './stock-lock';

export interface ReserveRequest {
  /** The caller's key for this attempt (a checkout attempt id): the same key returns the same reservation. */
  readonly idempotencyKey: string;
  readonly lines: readonly RequestLine[];
  /** How long the units are held unless committed (default 15 minutes). */
  readonly ttlSeconds?: number;
  /** Whether one SKU may be taken from several locations (default true). */
  readonly allowSplit?: boolean;
  /** What the reservation is for (a checkout or order reference), for the ledger and staff. */
  readonly reference?: string | null;
}

export interface ReserveOutcome {
  readonly reservation: ReservationView;
  /** True when the key had already reserved: nothing new was held. */
  readonly replayed: boolean;
}

/**
 * Holds stock for a checkout. The decision is made under the items' row locks (taken in id order, so overlapping
 * reservations queue instead of deadlocking), from levels read after the locks were granted: concurrent requests,
 * from any number of processes, can never hold more than is available. A refused request writes nothing.
 */
export async function reserve(db: Database, events: EventPublisher, request: ReserveRequest, actor: Actor): Promise<InventoryResult<ReserveOutcome>> {
  const ttlSeconds = request.ttlSeconds ?? DEFAULT_RESERVATION_TTL_SECONDS;
  const allowSplit = request.allowSplit ?? true;
  const reference = request.reference ?? null;
  const lines = sumLines(request.lines);
  const fingerprint = requestFingerprint(lines, { ttlSeconds, allowSplit, reference });
  return refusable(() =>
    inTransaction(db, async (trx) => {
      // One statement records the attempt and, only if the key was new, locks the items (in id order). A concurrent
      // request with the same key waits on the key's unique index and then takes the replay path.
      const opened = await sql<{ created: { id: string; expires_at: string; created_at: string } | null; items: ItemRow[] }>`
        WITH created AS (
          INSERT INTO inventory.reservation (idempotency_key, fingerprint, reference, requested, expires_at, actor)
          VALUES (${request.idempotencyKey}, ${fingerprint}, ${reference}, ${JSON.stringify(lines)}::jsonb,
                  now() + make_interval(secs => ${ttlSeconds}), ${actor.id})
          ON CONFLICT (idempotency_key) DO NOTHING
          RETURNING id, expires_at, created_at
        ), locked AS MATERIALIZED (
          SELECT i.id, i.sku, i.tracked, i.allow_backorder, i.low_stock_threshold FROM inventory.item i
          WHERE upper(i.sku) = ANY(${lines.map((line) => skuKey(line.sku))}::text[]) AND EXISTS (SELECT 1 FROM created)
          ORDER BY i.id FOR UPDATE
        )
        SELECT (SELECT row_to_json(created) FROM created) AS created,
               (SELECT coalesce(json_agg(json_build_object('id', id::text, 'sku', sku, 'tracked', tracked, 'allow_backorder', allow_backorder,
                 'low_stock_threshold', low_stock_threshold) ORDER BY id), '[]') FROM locked) AS items`.execute(trx);
      const created = opened.rows[0]?.created;
      if (!created) return replay(trx, request.idempotencyKey, fingerprint);

      const stock = await readLockedStock(trx, opened.rows[0]?.items ?? []);
      const allocation = allocate({ lines, items: [...stock.items.values()], locations: stock.locations, levels: stock.levels, allowSplit });
      if (!allocation.ok) refuse(allocation.error);

      const itemId = (sku: string) => stock.items.get(skuKey(sku))?.id ?? refuse({ type: 'UnknownSku', skus: [sku] });
      const changes: LevelChange[] = allocation.value.lines.map((line) => ({
        itemId: itemId(line.sku),
        locationId: line.locationId,
        kind: 'reservation',
        onHandDelta: 0,
        reservedDelta: line.quantity,
        reference: created.id,
      }));
      const backordered = backorderedAt(allocation.value.lines, allocation.value.backordered, stock.locations);
      const backorderedOf = (line: { sku: string; locationId: string }) => backordered.get(`${skuKey(line.sku)}@${line.locationId}`) ?? 0;
      await applyLevelChanges(
        trx,
        changes,
        actor,
        sql`INSERT INTO inventory.reservation_line (reservation_id, item_id, location_id, quantity, backordered)
            SELECT ${created.id}::uuid, * FROM unnest(${changes.map((change) => change.itemId)}::bigint[], ${changes.map((change) => change.locationId)}::uuid[],
              ${changes.map((change) => change.reservedDelta)}::int[], ${allocation.value.lines.map(backorderedOf)}::int[])`,
      );
      await publishStatusChanges(trx, events, stock, changes);
      const reservation: ReservationView = {
        id: created.id,
        idempotencyKey: request.idempotencyKey,
        reference,
        status: 'active',
        expiresAt: new Date(created.expires_at).toISOString(),
        createdAt: new Date(created.created_at).toISOString(),
        closedReason: null,
        lines: lines.map((line) => {
          const held = allocation.value.lines
            .filter((entry) => skuKey(entry.sku) === skuKey(line.sku))
            .map((entry) => ({ locationId: entry.locationId, quantity: entry.quantity, backordered: backorderedOf(entry), restocked: 0 }));
          return { sku: line.sku, quantity: line.quantity, tracked: held.length > 0, held };
        }),
      };
      return { reservation, replayed: false };
    }),
  );
}

/** The same key again: the same reservation if it meant the same, a refusal if it did not. */
async function replay(trx: DbTransaction, idempotencyKey: string, fingerprint: string): Promise<ReserveOutcome> {
  const existing = await sql<{ fingerprint: string }>`SELECT fingerprint FROM inventory.reservation WHERE idempotency_key = ${idempotencyKey}`.execute(trx);
  if (existing.rows[0]?.fingerprint !== fingerprint) refuse({ type: 'IdempotencyKeyReused', idempotencyKey });
  const [reservation] = await loadReservations(trx, { idempotencyKey });
  if (!reservation) throw new Error(`reservation with key ${idempotencyKey} vanished`);
  return { reservation, replayed: true };
}

/** Backordered units sit at the highest-priority active location's line of their SKU. */
function backorderedAt(
  lines: readonly { sku: string; locationId: string }[],
  backordered: readonly RequestLine[],
  locations: readonly StockLocation[],
): Map<string, number> {
  const first = locations.filter((location) => location.active).sort(byPriority)[0];
  const result = new Map<string, number>();
  if (!first) return result;
  for (const entry of backordered) {
    if (lines.some((line) => skuKey(line.sku) === skuKey(entry.sku) && line.locationId === first.id)) result.set(`${skuKey(entry.sku)}@${first.id}`, entry.quantity);
  }
  return result;
}

export interface CloseRequest {
  readonly reservationId: string;
  /** Why (payment failed, checkout abandoned, order cancelled…): kept on the reservation. */
  readonly reason?: string | null;
}

/** Gives held units back (payment failed, checkout abandoned). Releasing a released or expired reservation changes nothing. */
export function release(db: Database, events: EventPublisher, request: CloseRequest, actor: Actor): Promise<InventoryResult<ReservationView>> {
  return refusable(() => inTransaction(db, (trx) => transition(trx, events, request, 'release', actor)));
}

/**
 * The order was placed: held units leave on-hand (reserved and on-hand both drop), atomically. Committing twice
 * changes nothing the second time. A reservation that was already released or expired cannot be committed.
 */
export function commit(db: Database, events: EventPublisher, request: CloseRequest, actor: Actor): Promise<InventoryResult<ReservationView>> {
  return refusable(() => inTransaction(db, (trx) => transition(trx, events, request, 'commit', actor)));
}

const NEXT_MOVEMENT: Record<'release' | 'expire' | 'commit', { kind: LevelChange['kind']; onHand: number; reserved: number }> = {
  release: { kind: 'release', onHand: 0, reserved: -1 },
  expire: { kind: 'release', onHand: 0, reserved: -1 },
  commit: { kind: 'commitment', onHand: -1, reserved: -1 },
};

interface LockedReservation {
  id: string;
  idempotency_key: string;
  reference: string | null;
  status: ReservationStatus;
  expires_at: string;
  created_at: string;
  closed_reason: string | null;
  requested: Array<{ sku: string; quantity: number }>;
  held: Array<{ item_id: string; location_id: string; quantity: number; backordered: number; restocked: number }>;
}

async function transition(
  trx: DbTransaction,
  events: EventPublisher,
  request: CloseRequest,
  action: Exclude<ReservationAction, 'restock'>,
  actor: Actor,
): Promise<ReservationView> {
  // The held units never change after reserve, so reading them in the locking statement is safe.
  const locked = await sql<LockedReservation>`
    SELECT r.id, r.idempotency_key, r.reference, r.status, r.expires_at, r.created_at, r.closed_reason, r.requested,
      (SELECT coalesce(json_agg(json_build_object('item_id', l.item_id::text, 'location_id', l.location_id, 'quantity', l.quantity,
         'backordered', l.backordered, 'restocked', l.restocked) ORDER BY l.item_id, loc.priority, loc.code), '[]')
       FROM inventory.reservation_line l JOIN inventory.location loc ON loc.id = l.location_id WHERE l.reservation_id = r.id) AS held
    FROM inventory.reservation r WHERE r.id = ${request.reservationId}::uuid FOR UPDATE OF r`.execute(trx);
  const [row] = locked.rows;
  if (!row) return refuse({ type: 'UnknownReservation', reservationId: request.reservationId });
  const outcome = planTransition(row.status, action);
  if (outcome.kind === 'refuse') refuse(outcome.error);
  if (outcome.kind === 'noop') {
    const [current] = await loadReservations(trx, { ids: [row.id] });
    return current ?? refuse({ type: 'UnknownReservation', reservationId: request.reservationId });
  }

  const stock = await lockStockByIds(trx, row.held.map((held) => held.item_id));
  const movement = NEXT_MOVEMENT[action];
  const closedReason = action === 'expire' ? 'expired' : (request.reason ?? null);
  const changes: LevelChange[] = row.held.map((held) => ({
    itemId: held.item_id,
    locationId: held.location_id,
    kind: movement.kind,
    onHandDelta: movement.onHand * held.quantity,
    reservedDelta: movement.reserved * held.quantity,
    reason: closedReason,
    reference: row.id,
  }));
  await applyLevelChanges(
    trx,
    changes,
    actor,
    sql`UPDATE inventory.reservation SET status = ${outcome.next}, closed_reason = coalesce(${closedReason}, closed_reason), updated_at = now()
        WHERE id = ${row.id}::uuid`,
  );
  // Committing moves units out of on-hand and reserved alike: what is sellable does not change.
  if (action !== 'commit') await publishStatusChanges(trx, events, stock, changes);
  const skuOf = (itemId: string) => stock.itemsById.get(itemId)?.sku ?? '';
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    reference: row.reference,
    status: outcome.next,
    expiresAt: new Date(row.expires_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    closedReason: closedReason ?? row.closed_reason,
    lines: row.requested.map((line) => {
      const held = row.held
        .filter((entry) => skuKey(skuOf(entry.item_id)) === skuKey(line.sku))
        .map((entry) => ({ locationId: entry.location_id, quantity: entry.quantity, backordered: entry.backordered, restocked: entry.restocked }));
      return { sku: line.sku, quantity: line.quantity, tracked: held.length > 0, held };
    }),
  };
}

/**
 * Releases reservations whose time ran out, one transaction each. `FOR UPDATE SKIP LOCKED` lets several workers
 * sweep at once without taking the same reservation; the status check makes a release happen exactly once.
 */
export async function expireReservations(db: Database, events: EventPublisher, options: { limit?: number } = {}): Promise<number> {
  const limit = options.limit ?? 1000;
  let expired = 0;
  while (expired < limit) {
    const done = await inTransaction(db, async (trx) => {
      const due = await sql<{ id: string }>`
        SELECT id FROM inventory.reservation WHERE status = 'active' AND expires_at <= now()
        ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED`.execute(trx);
      const [next] = due.rows;
      if (!next) return false;
      await transition(trx, events, { reservationId: next.id }, 'expire', { id: 'system', label: 'Reservation expiry' });
      return true;
    });
    if (!done) break;
    expired++;
  }
  return expired;
}

/** Reads one reservation (for the checkout and staff). */
export async function getReservation(db: Database, reservationId: string): Promise<ReservationView | null> {
  const [reservation] = await loadReservations(db, { ids: [reservationId] });
  return reservation ?? null;
}
