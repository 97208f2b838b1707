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
