import type { CarrierTrackingEvent } from '@emporium/shipping-carriers';
import { lockShipmentByTrackingNumber, lockTrackingNumbers, recordTrackingEvent, type Shipment, updateShipmentStatus } from '@emporium/shipping-data-access';
import { applyTrackingEvent, type TrackingEvent, type TrackingState } from '@emporium/shipping-domain';
import type { Config } from '@emporium/platform-config';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import type { EventBus } from '@emporium/platform-events';
import type { Logger } from '@emporium/platform-observability';
import { carrierFor, WEBHOOK_SLUGS } from './shipping-carriers';
import { eventForStatusChange, type ShipmentStatusReached, shipmentIdentity } from './shipment-events';

export interface WebhookDeps {
  readonly config: Config;
  readonly db: Database;
  readonly events: EventBus;
  readonly logger: Logger;
}

export interface WebhookDelivery {
  /** The route's `:carrier` (`sandbox`). */
  readonly slug: string;
  readonly headers: Headers;
  readonly rawBody: string;
  readonly now: Date;
}

export const CARRIER_WEBHOOK_PATH = '/webhooks/shipping/:carrier';

/**
 * A carrier's webhook delivery. The signature and timestamp are checked first (`parseWebhook`): a refusal is 400 and
 * nothing is written. Then each event in its own transaction: the shipment is locked by the event's tracking number,
 * the event stored once per (carrier, event id) — a redelivery changes nothing — and folded with
 * `applyTrackingEvent` from the stored deciding event, so late and out-of-order events never move the status back.
 * A change publishes `shipment.shipped`, `shipment.delivered` or `shipment.exception`. 200 once all are recorded
 * (the carrier retries anything else, which is safe).
 */
export async function receiveCarrierWebhook(deps: WebhookDeps, delivery: WebhookDelivery): Promise<{ status: number; body: unknown }> {
  const code = Object.hasOwn(WEBHOOK_SLUGS, delivery.slug) ? WEBHOOK_SLUGS[delivery.slug] : undefined;
  const carrier = code ? carrierFor(deps.config, deps.db, code) : null;
  if (!carrier) return { status: 404, body: { error: 'unknown_carrier' } };
  const parsed = carrier.parseWebhook({ headers: delivery.headers, rawBody: delivery.rawBody, now: delivery.now });
  if (!parsed.ok) {
    deps.logger.warn({ carrier: carrier.code, reason: parsed.reason }, 'carrier webhook refused');
    return { status: 400, body: { error: parsed.reason } };
  }
  let recorded = 0;
  for (const event of parsed.events) if (await recordEvent(deps, carrier.code, event)) recorded++;
  return { status: 200, body: { received: parsed.events.length, recorded } };
}

async function recordEvent(deps: WebhookDeps, carrier: string, event: CarrierTrackingEvent): Promise<boolean> {
  return inTransaction(deps.db, async (trx) => {
    await lockTrackingNumbers(trx, carrier, [event.trackingNumber]);
    const shipment = await lockShipmentByTrackingNumber(trx, carrier, event.trackingNumber);
    const fresh = await recordTrackingEvent(trx, {
      carrier,
      eventId: event.id,
      shipmentId: shipment?.id ?? null,
      trackingNumber: event.trackingNumber,
      status: event.status,
      carrierStatus: event.carrierStatus,
      occurredAt: event.occurredAt,
      description: event.description,
      location: event.location,
    });
    // An event for a number not stored yet is kept without a shipment: the purchase adopts it when it records the label.
    if (fresh && shipment) await foldTrackingEvents(trx, deps.events, shipment, [{ id: event.id, status: event.status, occurredAt: event.occurredAt, trackingNumber: event.trackingNumber }]);
    return fresh;
  });
}

/**
 * Folds new tracking events into the locked shipment's status with `applyTrackingEvent` (from the stored deciding
 * event), stores the result, and publishes `shipment.shipped` / `.delivered` / `.exception` on those changes.
 */
export async function foldTrackingEvents(
  trx: DbTransaction,
  events: Pick<EventBus, 'publish'>,
  shipment: Shipment,
  received: readonly (TrackingEvent & { readonly trackingNumber: string })[],
): Promise<void> {
  let state: TrackingState = { status: shipment.status, decidedBy: shipment.decidedBy };
  for (const event of received) {
    const next = applyTrackingEvent(state, { id: event.id, status: event.status, occurredAt: event.occurredAt });
    if (next.decidedBy === state.decidedBy) continue;
    await updateShipmentStatus(trx, shipment.id, next.status, next.decidedBy);
    const type = next.changed ? eventForStatusChange(state.status, next.status) : null;
    if (type) {
      const payload: ShipmentStatusReached = {
        ...shipmentIdentity(shipment),
        carrier: shipment.carrier,
        status: next.status,
        trackingNumber: event.trackingNumber,
        occurredAt: event.occurredAt.toISOString(),
        source: 'carrier',
      };
      await events.publish(trx, type, payload);
    }
    state = { status: next.status, decidedBy: next.decidedBy };
  }
}
