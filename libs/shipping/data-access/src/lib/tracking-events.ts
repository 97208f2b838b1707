import { sql } from 'kysely';
import type { ShipmentStatus } from '@emporium/shipping-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { shippingDb } from './shipping.tables';

type Db = Database | DbTransaction;

export interface EventPlace {
  readonly city: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country: string;
}

export interface StoredTrackingEvent {
  readonly carrier: string;
  readonly eventId: string;
  readonly shipmentId: string | null;
  readonly trackingNumber: string;
  readonly status: ShipmentStatus;
  readonly carrierStatus: string;
  readonly occurredAt: Date;
  readonly description: string;
  readonly location: EventPlace | null;
  readonly receivedAt: Date;
}

export type NewTrackingEvent = Omit<StoredTrackingEvent, 'receivedAt'>;

/**
 * Stores a carrier's tracking event once: true when it is new, false when (carrier, event id) was stored before
 * (a redelivery), in which case nothing is written.
 */
export async function recordTrackingEvent(trx: DbTransaction, event: NewTrackingEvent): Promise<boolean> {
  const inserted = await shippingDb(trx)
    .insertInto('tracking_event')
    .values({
      carrier: event.carrier,
      event_id: event.eventId,
      shipment_id: event.shipmentId,
      tracking_number: event.trackingNumber,
      status: event.status,
      carrier_status: event.carrierStatus,
      occurred_at: event.occurredAt,
      description: event.description,
      location: event.location ? JSON.stringify(event.location) : null,
    })
    .onConflict((oc) => oc.columns(['carrier', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The shipment's tracking events in the order they happened (then by event id, for a stable timeline). */
export async function listTrackingEvents(db: Db, shipmentId: string): Promise<StoredTrackingEvent[]> {
  const rows = await shippingDb(db).selectFrom('tracking_event').selectAll().where('shipment_id', '=', shipmentId).orderBy('occurred_at').orderBy('event_id').execute();
  return rows.map((row) => ({
    carrier: row.carrier,
    eventId: row.event_id,
    shipmentId: row.shipment_id,
    trackingNumber: row.tracking_number,
    status: row.status as ShipmentStatus,
    carrierStatus: row.carrier_status,
    occurredAt: row.occurred_at,
    description: row.description,
    location: row.location as EventPlace | null,
    receivedAt: row.received_at,
  }));
}

/**
 * Gives the shipment the events that arrived before its tracking numbers were stored (a carrier may post
 * `label_created` while the purchase's answer is still on its way) and returns them, oldest first.
 */
export async function adoptTrackingEvents(trx: DbTransaction, shipmentId: string, carrier: string, trackingNumbers: readonly string[]): Promise<StoredTrackingEvent[]> {
  if (trackingNumbers.length === 0) return [];
  await shippingDb(trx)
    .updateTable('tracking_event')
    .set({ shipment_id: shipmentId })
    .where('shipment_id', 'is', null)
    .where('carrier', '=', carrier)
    .where('tracking_number', 'in', [...trackingNumbers])
    .execute();
  return (await listTrackingEvents(trx, shipmentId)).filter((event) => event.carrier === carrier);
}

/**
 * Serialises, per (carrier, tracking number), a webhook looking the number up with the purchase storing it, until the
 * transaction ends: otherwise an event could read "no such number" just before the purchase commits it and stay
 * orphaned after the purchase looked for orphans. Numbers are locked in sorted order (no deadlocks).
 */
export async function lockTrackingNumbers(trx: DbTransaction, carrier: string, trackingNumbers: readonly string[]): Promise<void> {
  for (const trackingNumber of [...new Set(trackingNumbers)].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`shipping.tracking:${carrier}:${trackingNumber}`}, 0))`.execute(trx);
  }
}
