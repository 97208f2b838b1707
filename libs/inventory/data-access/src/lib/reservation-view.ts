import { sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { type ReservationStatus, skuKey } from '@emporium/inventory-domain';

/** Where a reserved SKU's units are held. */
export interface HeldUnits {
  readonly locationId: string;
  readonly quantity: number;
  /** Of `quantity`, units reserved beyond stock (backorder). */
  readonly backordered: number;
  /** Units returned to stock after commitment. */
  readonly restocked: number;
}

export interface ReservationLineView {
  readonly sku: string;
  readonly quantity: number;
  /** False for SKUs whose stock is not tracked: they are part of the reservation but hold nothing. */
  readonly tracked: boolean;
  readonly held: readonly HeldUnits[];
}

export interface ReservationView {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly reference: string | null;
  readonly status: ReservationStatus;
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly closedReason: string | null;
  readonly lines: readonly ReservationLineView[];
}

interface ReservationRow {
  id: string;
  idempotency_key: string;
  reference: string | null;
  status: ReservationStatus;
  expires_at: Date;
  created_at: Date;
  closed_reason: string | null;
  requested: Array<{ sku: string; quantity: number }>;
  held: Array<{ sku: string; location_id: string; quantity: number; backordered: number; restocked: number }>;
}

/**
 * Reads reservations with their held units. `lock` first takes their rows FOR UPDATE, in a statement of its own, so
 * the read that follows sees whatever the previous lock holder committed (restocked counts included).
 */
export async function loadReservations(
  executor: Database | DbTransaction,
  where: { ids?: readonly string[]; idempotencyKey?: string },
  options: { lock?: boolean } = {},
): Promise<ReservationView[]> {
  const filter = where.idempotencyKey !== undefined ? sql`r.idempotency_key = ${where.idempotencyKey}` : sql`r.id = ANY(${where.ids ?? []}::uuid[])`;
  if (options.lock) await sql`SELECT r.id FROM inventory.reservation r WHERE ${filter} ORDER BY r.id FOR UPDATE`.execute(executor);
  const rows = await sql<ReservationRow>`
    SELECT r.id, r.idempotency_key, r.reference, r.status, r.expires_at, r.created_at, r.closed_reason, r.requested,
      (SELECT coalesce(json_agg(json_build_object('sku', i.sku, 'location_id', l.location_id, 'quantity', l.quantity,
         'backordered', l.backordered, 'restocked', l.restocked) ORDER BY i.id, loc.priority, loc.code), '[]')
       FROM inventory.reservation_line l JOIN inventory.item i ON i.id = l.item_id JOIN inventory.location loc ON loc.id = l.location_id
       WHERE l.reservation_id = r.id) AS held
    FROM inventory.reservation r WHERE ${filter}
    ORDER BY r.created_at, r.id`.execute(executor);
  return rows.rows.map(toView);
}

function toView(row: ReservationRow): ReservationView {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    reference: row.reference,
    status: row.status,
    expiresAt: new Date(row.expires_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    closedReason: row.closed_reason,
    lines: row.requested.map((line) => {
      const held = row.held
        .filter((entry) => skuKey(entry.sku) === skuKey(line.sku))
        .map((entry) => ({ locationId: entry.location_id, quantity: entry.quantity, backordered: entry.backordered, restocked: entry.restocked }));
      return { sku: line.sku, quantity: line.quantity, tracked: held.length > 0, held };
    }),
  };
}
