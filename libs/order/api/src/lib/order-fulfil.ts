import { appendTimeline, createFulfilment, type Order, updateLineFacts } from '@emporium/order-data-access';
import { inTransaction } from '@emporium/platform-db';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import { lockExisting } from './order-access';
import { orderRuleError } from './order-errors';
import { identity, ORDER_EVENTS, type OrderLinesMoved, publishOrderEvent } from './order-events';
import type { FulfilInput } from './order.inputs';
import { captureOwed } from './order-payments';
import { shipments } from './order-services';

/** The order keeps no weights (the catalog does); staff may give one per line, otherwise a parcel is rated at this. */
export const DEFAULT_UNIT_WEIGHT_GRAMS = 500;

type Picked = { lineId: string; quantity: number; unitWeightGrams?: number | undefined };

/** The lines to send: those asked for (each at most what is left to fulfil), or every unit not yet fulfilled. */
function pick(order: Order, lines: readonly Picked[] | undefined): Picked[] {
  if (!lines) return order.lines.filter((line) => line.ordered > line.fulfilled).map((line) => ({ lineId: line.lineId, quantity: line.ordered - line.fulfilled }));
  return lines.map((wanted, index) => {
    const line = order.lines.find((candidate) => candidate.lineId === wanted.lineId);
    if (!line) throw orderRuleError({ type: 'UnknownLine', lineId: wanted.lineId }, `lines.${index}.lineId`);
    const left = line.ordered - line.fulfilled;
    if (wanted.quantity > left) {
      throw domainError('BAD_REQUEST', 'FULFIL_EXCEEDS_ORDERED', `Only ${left} of line ${line.lineId} are left to fulfil, not ${wanted.quantity}.`, {
        field: `lines.${index}.quantity`,
        lineId: line.lineId,
        left,
      });
    }
    return wanted;
  });
}

/**
 * Staff send lines of an order: the shipping service creates the shipment (from `shipFromLocationId`, to the order's
 * shipping address) and buys its label; the order records the fulfilled units and the shipment. With
 * `ORDER_CAPTURE_AT=fulfilment` the first fulfilment captures everything the order owes (later ones find nothing
 * owed) — one capture per order, and a partial shipment never leaves the rest of the authorisation to lapse. A
 * failed capture does not undo the shipment: it is noted on the timeline and staff capture by hand.
 */
export async function fulfil(ctx: RequestContext, actor: string, input: FulfilInput) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, input.orderId);
    if (order.cancelledAt) throw orderRuleError({ type: 'OrderCancelled' });
    if (!order.shippingAddress) throw domainError('CONFLICT', 'NOTHING_TO_SHIP', 'This order has no shipping address', { orderId: order.id });
    const lines = pick(order, input.lines);
    if (lines.length === 0) throw domainError('CONFLICT', 'ALREADY_FULFILLED', 'Every unit of this order is already fulfilled', { orderId: order.id });
    const address = order.shippingAddress;
    const client = shipments(ctx);
    const created = await client.create.mutate({
      orderRef: order.number,
      shipFromLocationId: input.shipFromLocationId,
      carrier: input.carrier,
      service: input.service,
      currency: order.currency,
      shipTo: {
        name: address.name,
        line1: address.lines[0] ?? '',
        ...(address.lines[1] ? { line2: address.lines[1] } : {}),
        city: address.city,
        ...(address.region ? { region: address.region } : {}),
        postalCode: address.postalCode,
        country: address.country,
        ...(address.phone ? { phone: address.phone } : {}),
      },
      lines: lines.map((wanted) => {
        const line = order.lines.find((candidate) => candidate.lineId === wanted.lineId);
        return { lineId: wanted.lineId, sku: line?.sku ?? '', title: line?.title ?? '', quantity: wanted.quantity, unitWeightGrams: wanted.unitWeightGrams ?? DEFAULT_UNIT_WEIGHT_GRAMS };
      }),
    });
    const bought = await client.buyLabel.mutate({ shipmentId: created.id });
    const trackingNumber = bought.parcels.find((parcel) => parcel.trackingNumber)?.trackingNumber ?? null;
    const moved = lines.map(({ lineId, quantity }) => ({ lineId, quantity }));
    await updateLineFacts(
      trx,
      order.id,
      moved.map(({ lineId, quantity }) => ({ lineId, fulfilled: (order.lines.find((line) => line.lineId === lineId)?.fulfilled ?? 0) + quantity })),
    );
    const fulfilment = await createFulfilment(trx, { orderId: order.id, shipmentId: bought.id, lines: moved, carrier: bought.carrier, service: bought.service, trackingNumber, createdBy: actor });
    await appendTimeline(trx, order.id, { actor, kind: 'order.fulfilled', details: { shipmentId: bought.id, lines: moved, carrier: bought.carrier, trackingNumber } });
    const payload: OrderLinesMoved = { ...identity(order), shipmentId: bought.id, lines: moved, carrier: bought.carrier, trackingNumber };
    await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.fulfilled, payload);
    let captured = 0;
    if (ctx.config.ORDER_CAPTURE_AT === 'fulfilment') {
      try {
        captured = await captureOwed(ctx, trx, order, actor);
      } catch (error) {
        ctx.logger.warn({ err: error, orderId: order.id }, 'capture at fulfilment failed; staff can capture by hand');
        await appendTimeline(trx, order.id, { actor, kind: 'payment.capture_failed', details: { message: error instanceof Error ? error.message : 'unknown' } });
      }
    }
    return {
      fulfilmentId: fulfilment.id,
      shipmentId: bought.id,
      carrier: bought.carrier,
      service: bought.service,
      trackingNumber,
      lines: moved,
      captured,
      // The shipping service's documents: staff query these procedures with `{ id: shipmentId }` for the PDFs.
      documents: {
        label: { procedure: 'shipping.admin.shipments.labelPdf' as const, input: { id: bought.id } },
        packingSlip: { procedure: 'shipping.admin.shipments.packingSlipPdf' as const, input: { id: bought.id } },
      },
    };
  });
}
