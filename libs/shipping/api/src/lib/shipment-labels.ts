import { type Carrier, CarrierRejected, CarrierUnavailable, IdempotencyConflict, type PurchasedLabel } from '@emporium/shipping-carriers';
import {
  adoptTrackingEvents,
  clearTrackingNumbers,
  getLiveLabel,
  getShipment,
  lockShipment,
  lockTrackingNumbers,
  markLabelCancelled,
  openLabelAttempt,
  resolveLabelAttempt,
  saveLabel,
  setTrackingNumbers,
  type Shipment,
  type ShipmentWithDetails,
  updateShipmentStatus,
} from '@emporium/shipping-data-access';
import { transition } from '@emporium/shipping-domain';
import type { CurrencyCode } from '@emporium/money';
import { type DbTransaction, inTransaction } from '@emporium/platform-db';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import { foldTrackingEvents } from './carrier-webhooks';
import { carrierFor } from './shipping-carriers';
import { SHIPMENT_LABEL_PURCHASED, type ShipmentLabelPurchased, shipmentIdentity } from './shipment-events';
import { shipmentNotFound, transitionRefused } from './shipment-errors';

function carrierOf(ctx: RequestContext, shipment: Shipment): Carrier {
  const carrier = carrierFor(ctx.config, ctx.db, shipment.carrier);
  if (!carrier) {
    throw domainError('SERVICE_UNAVAILABLE', 'CARRIER_UNAVAILABLE', `The carrier ${shipment.carrier} is not configured here`, { carrier: shipment.carrier });
  }
  return carrier;
}

async function locked(trx: DbTransaction, shipmentId: string): Promise<Shipment> {
  const shipment = await lockShipment(trx, shipmentId);
  if (!shipment) throw shipmentNotFound(shipmentId);
  return shipment;
}

/**
 * Buys the shipment's label. The attempt (and its idempotency key) is committed BEFORE the carrier is called, so a
 * crash or a lost response leaves an unresolved attempt whose key the next try sends again — the carrier then
 * answers the label it already sold instead of selling a second. The outcome, the label, the tracking numbers and
 * the status are written after the call in a second transaction, with `shipment.label_purchased`.
 */
export async function buyLabel(ctx: RequestContext, shipmentId: string): Promise<ShipmentWithDetails> {
  const { shipment, attempt } = await inTransaction(ctx.db, async (trx) => {
    const current = await locked(trx, shipmentId);
    const allowed = transition(current.status, 'purchase_label');
    if (!allowed.ok) throw transitionRefused(allowed.error);
    const details = (await getShipment(trx, shipmentId)) as ShipmentWithDetails;
    return { shipment: details, attempt: await openLabelAttempt(trx, shipmentId) };
  });
  const carrier = carrierOf(ctx, shipment);

  let label: PurchasedLabel;
  try {
    label = await carrier.createLabel({
      idempotencyKey: attempt.idempotencyKey,
      service: shipment.service,
      shipFrom: shipment.shipFrom,
      shipTo: shipment.shipTo,
      parcels: shipment.parcels.map((parcel) => ({ weightGrams: parcel.weightGrams })),
      reference: shipment.orderRef,
      currency: shipment.currency as CurrencyCode,
      isReturn: shipment.kind === 'return',
    });
  } catch (error) {
    if (error instanceof CarrierRejected) {
      await resolveLabelAttempt(ctx.db, attempt.id, 'failed', { error: `${error.code}: ${error.message}` });
      throw domainError('BAD_REQUEST', 'CARRIER_REJECTED', error.message, { carrier: error.carrier, carrierCode: error.code, fieldErrors: error.details.fieldErrors ?? {} });
    }
    if (error instanceof IdempotencyConflict) {
      // The key was used for another request (the shipment changed since): that attempt can never succeed.
      await resolveLabelAttempt(ctx.db, attempt.id, 'failed', { error: error.message });
      throw domainError('CONFLICT', 'CARRIER_REJECTED', 'The carrier refused the repeated purchase; try again', { carrier: error.carrier });
    }
    // A timeout after the adapter's retries, or anything unexpected: the carrier may have sold the label. Keep the
    // key for the next try.
    await resolveLabelAttempt(ctx.db, attempt.id, 'unknown', { error: error instanceof Error ? error.message : String(error) });
    if (error instanceof CarrierUnavailable) {
      throw domainError('SERVICE_UNAVAILABLE', 'CARRIER_UNAVAILABLE', 'The carrier did not answer; buying the label again is safe', { carrier: error.carrier, reason: error.reason });
    }
    throw error;
  }

  const refusal = await inTransaction(ctx.db, async (trx) => {
    const current = await locked(trx, shipmentId);
    await resolveLabelAttempt(trx, attempt.id, 'succeeded', { labelId: label.labelId, amount: label.amount.amount, currency: label.amount.currency });
    const live = await getLiveLabel(trx, shipmentId);
    // Two staff clicks raced: both sent the same key, the carrier answered the same label; the first stored it.
    if (live && live.carrier === label.carrier && live.labelId === label.labelId) return null;
    const stored = {
      shipmentId,
      carrier: label.carrier,
      labelId: label.labelId,
      attemptId: attempt.id,
      pdf: label.pdf,
      document: label.document,
      amount: label.amount.amount,
      currency: label.amount.currency,
    };
    const allowed = transition(current.status, 'purchase_label');
    if (!allowed.ok) {
      // Cancelled (or otherwise moved on) while the carrier was selling the label: keep a record of the label
      // bought, void, so the money spent is accounted for; the carrier is asked to void it after the commit.
      if (!live) {
        await saveLabel(trx, stored);
        await markLabelCancelled(trx, label.carrier, label.labelId);
      }
      return allowed.error;
    }
    await saveLabel(trx, stored);
    const trackingNumbers = label.parcels.map((parcel) => parcel.trackingNumber);
    await lockTrackingNumbers(trx, label.carrier, trackingNumbers);
    await setTrackingNumbers(trx, shipmentId, trackingNumbers);
    await updateShipmentStatus(trx, shipmentId, allowed.value);
    const early = await adoptTrackingEvents(trx, shipmentId, label.carrier, trackingNumbers);
    const purchased = { ...current, status: allowed.value };
    const payload: ShipmentLabelPurchased = {
      ...shipmentIdentity(current),
      carrier: label.carrier,
      service: label.service,
      trackingNumbers,
      amount: label.amount.amount,
      currency: label.amount.currency,
    };
    await ctx.events.publish(trx, SHIPMENT_LABEL_PURCHASED, payload);
    // Webhooks the carrier sent before this answer was recorded (label_created, even a first scan).
    await foldTrackingEvents(
      trx,
      ctx.events,
      purchased,
      early.map((event) => ({ id: event.eventId, status: event.status, occurredAt: event.occurredAt, trackingNumber: event.trackingNumber })),
    );
    return null;
  });
  if (refusal) {
    try {
      await carrier.cancelLabel({ labelId: label.labelId });
    } catch (error) {
      ctx.logger.warn({ err: error, shipmentId, labelId: label.labelId }, 'a label bought for a shipment cancelled meanwhile could not be voided at the carrier');
    }
    throw transitionRefused(refusal);
  }
  return (await getShipment(ctx.db, shipmentId)) as ShipmentWithDetails;
}

/**
 * Cancels the shipment (pending, or with a label the parcel has not moved on): the carrier voids the label first,
 * then the label is marked cancelled, its tracking numbers cleared and the shipment `cancelled`. A carrier that
 * refuses because the parcel has moved is CONFLICT and nothing changes here.
 */
export async function cancelShipmentLabel(ctx: RequestContext, shipmentId: string): Promise<ShipmentWithDetails> {
  const { shipment, live } = await inTransaction(ctx.db, async (trx) => {
    const current = await locked(trx, shipmentId);
    const allowed = transition(current.status, 'cancel');
    if (!allowed.ok) throw transitionRefused(allowed.error);
    return { shipment: current, live: await getLiveLabel(trx, shipmentId) };
  });
  if (live) {
    let answer: { cancelled: boolean };
    try {
      answer = await carrierOf(ctx, shipment).cancelLabel({ labelId: live.labelId });
    } catch (error) {
      if (error instanceof CarrierRejected) {
        throw domainError('CONFLICT', 'CARRIER_REJECTED', error.message, { carrier: error.carrier, carrierCode: error.code });
      }
      if (error instanceof CarrierUnavailable) {
        throw domainError('SERVICE_UNAVAILABLE', 'CARRIER_UNAVAILABLE', 'The carrier did not answer; cancelling again is safe', { carrier: error.carrier, reason: error.reason });
      }
      throw error;
    }
    if (!answer.cancelled) throw domainError('CONFLICT', 'CARRIER_REJECTED', 'The carrier has the parcel already: it can no longer be cancelled', { carrier: shipment.carrier });
  }
  await inTransaction(ctx.db, async (trx) => {
    const current = await locked(trx, shipmentId);
    const allowed = transition(current.status, 'cancel');
    // The carrier's own `cancelled` webhook may have been folded while it was answering us: the label is void anyway.
    const cancelledByCarrier = live !== null && current.status === 'cancelled';
    if (!allowed.ok && !cancelledByCarrier) throw transitionRefused(allowed.error);
    if (live) {
      await markLabelCancelled(trx, live.carrier, live.labelId);
      await clearTrackingNumbers(trx, shipmentId);
    }
    if (allowed.ok) await updateShipmentStatus(trx, shipmentId, allowed.value);
  });
  return (await getShipment(ctx.db, shipmentId)) as ShipmentWithDetails;
}
