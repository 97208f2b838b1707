import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import {
  allocate,
  DEFAULT_RESERVATION_TTL_SECONDS,
  planTransition,
  type RequestLine,
  requestFingerprint,
  type ReservationAction,
  type ReservationStatus,
  skuKey,
  sumLines,
} from '@emporium/inventory-domain';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { type Actor, applyLevelChanges, type EventPublisher, type LevelChange, publishStatusChanges } from './level-changes';
import { loadReservations, type ReservationView } from './reservation-view';
import { lockStock, lockStockByIds } from './stock-lock';

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
      const inserted = await sql<{ id: string; expires_at: Date; created_at: Date }>`
        INSERT INTO inventory.reservation (idempotency_key, fingerprint, reference, requested, expires_at, actor)
        VALUES (${request.idempotencyKey}, ${fingerprint}, ${reference}, ${JSON.stringify(lines)}::jsonb,
                now() + make_interval(secs => ${ttlSeconds}), ${actor.id})
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id, expires_at, created_at`.execute(trx);
      const [created] = inserted.rows;
      if (!created) return replay(trx, request.idempotencyKey, fingerprint);

      const stock = await lockStock(trx, lines.map((line) => line.sku));
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
      await applyLevelChanges(trx, changes, actor);
      if (changes.length > 0) {
        await sql`
          INSERT INTO inventory.reservation_line (reservation_id, item_id, location_id, quantity, backordered)
          SELECT ${created.id}::uuid, * FROM unnest(${changes.map((change) => change.itemId)}::bigint[], ${changes.map((change) => change.locationId)}::uuid[],
            ${changes.map((change) => change.reservedDelta)}::int[], ${allocation.value.lines.map((line) => backordered.get(`${skuKey(line.sku)}@${line.locationId}`) ?? 0)}::int[])`.execute(trx);
      }
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
            .map((entry) => ({ locationId: entry.locationId, quantity: entry.quantity, backordered: backordered.get(`${skuKey(entry.sku)}@${entry.locationId}`) ?? 0, restocked: 0 }));
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
  locations: readonly { id: string; priority: number; active: boolean }[],
): Map<string, number> {
  const first = [...locations].filter((location) => location.active).sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id))[0];
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

async function transition(
  trx: DbTransaction,
  events: EventPublisher,
  request: CloseRequest,
  action: Exclude<ReservationAction, 'restock'>,
  actor: Actor,
): Promise<ReservationView> {
  const [reservation] = await loadReservations(trx, { ids: [request.reservationId] }, { lock: true });
  if (!reservation) return refuse({ type: 'UnknownReservation', reservationId: request.reservationId });
  const outcome = planTransition(reservation.status, action);
  if (outcome.kind === 'refuse') refuse(outcome.error);
  if (outcome.kind === 'noop') return reservation;

  const held = await sql<{ item_id: string; location_id: string; quantity: number }>`
    SELECT item_id::text, location_id, quantity FROM inventory.reservation_line WHERE reservation_id = ${reservation.id} ORDER BY item_id, location_id`.execute(trx);
  const stock = await lockStockByIds(trx, held.rows.map((row) => row.item_id));
  const movement = NEXT_MOVEMENT[action];
  const changes: LevelChange[] = held.rows.map((row) => ({
    itemId: row.item_id,
    locationId: row.location_id,
    kind: movement.kind,
    onHandDelta: movement.onHand * row.quantity,
    reservedDelta: movement.reserved * row.quantity,
    reason: action === 'expire' ? 'expired' : (request.reason ?? null),
    reference: reservation.id,
  }));
  await applyLevelChanges(trx, changes, actor);
  const closedReason = action === 'expire' ? 'expired' : (request.reason ?? null);
  await sql`
    UPDATE inventory.reservation SET status = ${outcome.next}, closed_reason = coalesce(${closedReason}, closed_reason), updated_at = now()
    WHERE id = ${reservation.id}`.execute(trx);
  // Committing moves units out of on-hand and reserved alike: what is sellable does not change.
  if (action !== 'commit') await publishStatusChanges(trx, events, stock, changes);
  return { ...reservation, status: outcome.next as ReservationStatus, closedReason: closedReason ?? reservation.closedReason };
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
