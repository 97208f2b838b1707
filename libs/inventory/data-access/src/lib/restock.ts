import { sql } from 'kysely';
import { type Database, inTransaction } from '@emporium/platform-db';
import { planRestock, planTransition, type RequestLine, requestFingerprint, skuKey, sumLines } from '@emporium/inventory-domain';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { type Actor, applyLevelChanges, type EventPublisher, type LevelChange, publishStatusChanges } from './level-changes';
import { loadReservations, type ReservationView } from './reservation-view';
import { lockStockByIds } from './stock-lock';

export interface RestockRequest {
  readonly reservationId: string;
  /** The caller's key for this return or cancellation: a retried call restocks once. */
  readonly idempotencyKey: string;
  readonly lines: readonly RequestLine[];
  /** `return`, `cancellation`… kept in the ledger. */
  readonly reason: string;
  /** Where the units come back to; by default the locations they were shipped from. */
  readonly locationId?: string | null;
}

export interface RestockOutcome {
  readonly reservation: ReservationView;
  readonly restocked: ReadonlyArray<{ readonly sku: string; readonly locationId: string; readonly quantity: number }>;
  readonly replayed: boolean;
}

/**
 * Units of a committed reservation come back (a return received, an order cancelled after commitment): on-hand rises
 * where they were shipped from (or at the given location), never more than was committed, once per idempotency key.
 */
export function restock(db: Database, events: EventPublisher, request: RestockRequest, actor: Actor): Promise<InventoryResult<RestockOutcome>> {
  const lines = sumLines(request.lines);
  const fingerprint = requestFingerprint(lines, { ttlSeconds: 0, allowSplit: true, reference: `${request.reservationId}|${request.reason}|${request.locationId ?? ''}` });
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const [reservation] = await loadReservations(trx, { ids: [request.reservationId] }, { lock: true });
      if (!reservation) return refuse({ type: 'UnknownReservation', reservationId: request.reservationId });
      const previous = await sql<{ fingerprint: string; reservation_id: string; lines: RestockOutcome['restocked'] }>`
        SELECT fingerprint, reservation_id, lines FROM inventory.restock WHERE idempotency_key = ${request.idempotencyKey}`.execute(trx);
      const [done] = previous.rows;
      if (done) {
        if (done.fingerprint !== fingerprint || done.reservation_id !== reservation.id) refuse({ type: 'IdempotencyKeyReused', idempotencyKey: request.idempotencyKey });
        return { reservation, restocked: done.lines, replayed: true };
      }
      const outcome = planTransition(reservation.status, 'restock');
      if (outcome.kind === 'refuse') refuse(outcome.error);
      if (request.locationId) {
        const location = await sql`SELECT 1 FROM inventory.location WHERE id = ${request.locationId}::uuid`.execute(trx);
        if (location.rows.length === 0) refuse({ type: 'UnknownLocation', locationId: request.locationId });
      }

      const held = await sql<{ item_id: string; sku: string; location_id: string; quantity: number; restocked: number }>`
        SELECT l.item_id::text, i.sku, l.location_id, l.quantity, l.restocked
        FROM inventory.reservation_line l JOIN inventory.item i ON i.id = l.item_id JOIN inventory.location loc ON loc.id = l.location_id
        WHERE l.reservation_id = ${reservation.id}
        -- Returned units go back to the locations they came from, the highest-priority one first.
        ORDER BY l.item_id, loc.priority, loc.code`.execute(trx);
      const plan = planRestock(
        held.rows.map((row) => ({ sku: row.sku, locationId: row.location_id, committed: row.quantity, restocked: row.restocked })),
        lines,
      );
      if (!plan.ok) refuse(plan.error);

      const stock = await lockStockByIds(trx, held.rows.map((row) => row.item_id));
      const itemOf = (sku: string) => held.rows.find((row) => skuKey(row.sku) === skuKey(sku))?.item_id ?? refuse({ type: 'UnknownSku', skus: [sku] });
      const changes: LevelChange[] = plan.value.map((line) => ({
        itemId: itemOf(line.sku),
        locationId: request.locationId ?? line.locationId,
        kind: 'restock',
        onHandDelta: line.quantity,
        reservedDelta: 0,
        reason: request.reason,
        reference: reservation.id,
      }));
      await applyLevelChanges(trx, changes, actor);
      await sql`
        UPDATE inventory.reservation_line AS l SET restocked = l.restocked + c.quantity
        FROM unnest(${plan.value.map((line) => itemOf(line.sku))}::bigint[], ${plan.value.map((line) => line.locationId)}::uuid[], ${plan.value.map((line) => line.quantity)}::int[])
          AS c(item_id, location_id, quantity)
        WHERE l.reservation_id = ${reservation.id} AND l.item_id = c.item_id AND l.location_id = c.location_id`.execute(trx);
      const restocked = changes.map((change, index) => ({ sku: plan.value[index]?.sku ?? '', locationId: change.locationId, quantity: change.onHandDelta }));
      // The key was free when checked under this reservation's lock; another reservation's restock may take it meanwhile.
      const recorded = await sql`
        INSERT INTO inventory.restock (reservation_id, idempotency_key, fingerprint, reason, lines, actor)
        VALUES (${reservation.id}, ${request.idempotencyKey}, ${fingerprint}, ${request.reason}, ${JSON.stringify(restocked)}::jsonb, ${actor.id})
        ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`.execute(trx);
      if (recorded.rows.length === 0) refuse({ type: 'IdempotencyKeyReused', idempotencyKey: request.idempotencyKey });
      await publishStatusChanges(trx, events, stock, changes);
      const [updated] = await loadReservations(trx, { ids: [reservation.id] });
      return { reservation: updated ?? reservation, restocked, replayed: false };
    }),
  );
}
