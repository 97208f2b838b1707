import {
  createShipment,
  getLiveLabel,
  getShipment,
  listReturns,
  listShipments,
  listTrackingEvents,
  lockShipment,
  returnedQuantities,
  type ShipmentWithDetails,
  updateShipmentStatus,
} from '@emporium/shipping-data-access';
import { renderLabelPdf, renderPackingSlipPdf, type LabelDocument } from '@emporium/shipping-documents';
import { packParcels, transition, validateAddress } from '@emporium/shipping-domain';
import { inTransaction } from '@emporium/platform-db';
import { domainError, type RequestContext, router, staffProcedure } from '@emporium/platform-trpc';
import { cancelShipmentLabel, buyLabel } from './shipment-labels';
import { eventForStatusChange, type ShipmentStatusReached, shipmentIdentity } from './shipment-events';
import { shipmentNotFound, transitionRefused } from './shipment-errors';
import { locationAddress } from './shipment-locations';
import { packingError } from './shipment-packing';
import { createReturn, stillReturnable } from './shipment-returns';
import { addressError } from './shipping-errors';
import { CARRIER_CHOICES, createReturnInput, createShipmentInput, idInput, listShipmentsInput, shipmentIdInput } from './shipments.inputs';

const PAGE_SIZE = 20;

/** Of an outbound shipment: its returns, and how many units of each line can still be sent back. */
async function returnsOf(ctx: RequestContext, shipment: ShipmentWithDetails) {
  if (shipment.kind === 'return') return { returns: [], returnable: [] };
  const [returns, returned] = await Promise.all([listReturns(ctx.db, shipment.id), returnedQuantities(ctx.db, shipment.id)]);
  const remaining = stillReturnable(shipment, returned);
  return {
    returns: returns.map((shipmentReturn) => ({ id: shipmentReturn.id, status: shipmentReturn.status, createdAt: shipmentReturn.createdAt })),
    returnable: [...remaining].map(([lineId, quantity]) => ({ lineId, quantity })),
  };
}

/** What staff see of a shipment: the shipment, its lines and parcels, its label, the tracking timeline, its returns. */
async function shipmentView(ctx: RequestContext, shipment: ShipmentWithDetails) {
  const [label, events, returns] = await Promise.all([getLiveLabel(ctx.db, shipment.id), listTrackingEvents(ctx.db, shipment.id), returnsOf(ctx, shipment)]);
  return {
    id: shipment.id,
    kind: shipment.kind,
    returnOf: shipment.returnOf,
    returnReason: shipment.returnReason,
    locationId: shipment.locationId,
    orderRef: shipment.orderRef,
    status: shipment.status,
    carrier: shipment.carrier,
    service: shipment.service,
    currency: shipment.currency,
    shipFrom: shipment.shipFrom,
    shipTo: shipment.shipTo,
    createdAt: shipment.createdAt,
    statusChangedAt: shipment.statusChangedAt,
    lines: shipment.lines,
    parcels: shipment.parcels,
    label: label ? { labelId: label.labelId, amount: { amount: label.amount, currency: label.currency }, createdAt: label.createdAt } : null,
    events: events.map((event) => ({
      id: event.eventId,
      status: event.status,
      carrierStatus: event.carrierStatus,
      occurredAt: event.occurredAt,
      description: event.description,
      location: event.location,
      trackingNumber: event.trackingNumber,
    })),
    ...returns,
  };
}

async function found(ctx: RequestContext, shipmentId: string): Promise<ShipmentWithDetails> {
  const shipment = await getShipment(ctx.db, shipmentId);
  if (!shipment) throw shipmentNotFound(shipmentId);
  return shipment;
}

function pdfFile(filename: string, pdf: Buffer) {
  return { filename, contentType: 'application/pdf' as const, base64: pdf.toString('base64') };
}

/** The label as stored: its PDF, or drawn again from the carrier's document (dates come back from JSON as text). */
function labelDocument(stored: unknown): LabelDocument {
  const document = stored as LabelDocument & { createdAt: string | Date };
  return { ...document, createdAt: new Date(document.createdAt) };
}

const fileSafe = (value: string) => value.replace(/[^A-Za-z0-9._-]+/g, '-');

/** Staff create shipments for an order's lines, buy and cancel labels, print them, and follow shipments. */
export const shipmentsRouter = router({
  /**
   * Packs the lines into parcels under the carrier weight limit and stores the shipment, pending. It leaves from one
   * of the inventory's locations, whose address the inventory service gives.
   */
  create: staffProcedure.input(createShipmentInput).mutation(async ({ ctx, input }) => {
    const destination = validateAddress({ country: input.shipTo.country, postalCode: input.shipTo.postalCode, ...(input.shipTo.region ? { region: input.shipTo.region } : {}) });
    if (!destination.ok) throw addressError(destination.error, 'shipTo');
    const packing = packParcels(
      input.lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: line.quantity, unitWeightGrams: line.unitWeightGrams })),
      { maxWeightGrams: ctx.config.SHIPPING_MAX_PARCEL_GRAMS },
    );
    if (!packing.ok) throw packingError(packing.error, input.lines);
    const shipFrom = await locationAddress(ctx, input.shipFromLocationId, 'shipFromLocationId');
    const shipment = await inTransaction(ctx.db, (trx) =>
      createShipment(trx, {
        orderRef: input.orderRef,
        locationId: input.shipFromLocationId,
        carrier: CARRIER_CHOICES[input.carrier],
        service: input.service,
        shipFrom,
        shipTo: input.shipTo,
        currency: input.currency,
        lines: input.lines,
        parcels: packing.value.parcels.map((parcel) => ({ index: parcel.index, weightGrams: parcel.weightGrams, contents: parcel.contents })),
      }),
    );
    return shipmentView(ctx, shipment);
  }),

  /**
   * A return of some of the lines of a shipment the customer has: a shipment of its own (buy its label as for any
   * other), from the customer back to the location it left from or another one.
   */
  createReturn: staffProcedure.input(createReturnInput).mutation(async ({ ctx, input }) => shipmentView(ctx, await createReturn(ctx, input))),

  buyLabel: staffProcedure.input(shipmentIdInput).mutation(async ({ ctx, input }) => shipmentView(ctx, await buyLabel(ctx, input.shipmentId))),

  /** Voids the label at the carrier (if any) and cancels the shipment. */
  cancelLabel: staffProcedure.input(shipmentIdInput).mutation(async ({ ctx, input }) => shipmentView(ctx, await cancelShipmentLabel(ctx, input.shipmentId))),

  /**
   * Handed to the carrier without a scan yet (or shipped with a label bought elsewhere): in transit now. The staff
   * action is kept as the deciding event at this instant, so carrier events from before it never move the status back.
   */
  markShipped: staffProcedure.input(shipmentIdInput).mutation(async ({ ctx, input }) => {
    await inTransaction(ctx.db, async (trx) => {
      const current = await lockShipment(trx, input.shipmentId);
      if (!current) throw shipmentNotFound(input.shipmentId);
      const allowed = transition(current.status, 'mark_shipped');
      if (!allowed.ok) throw transitionRefused(allowed.error);
      const occurredAt = new Date();
      await updateShipmentStatus(trx, current.id, allowed.value, { id: `staff:${current.id}:shipped`, status: allowed.value, occurredAt });
      const event = eventForStatusChange(current.status, allowed.value);
      const details = await getShipment(trx, current.id);
      if (event) {
        const payload: ShipmentStatusReached = {
          ...shipmentIdentity(current),
          carrier: current.carrier,
          status: allowed.value,
          trackingNumber: details?.parcels[0]?.trackingNumber ?? null,
          occurredAt: occurredAt.toISOString(),
          source: 'staff',
        };
        await ctx.events.publish(trx, event, payload);
      }
    });
    return shipmentView(ctx, await found(ctx, input.shipmentId));
  }),

  /** Newest first, 20 a page, optionally by status or order reference. */
  list: staffProcedure.input(listShipmentsInput).query(async ({ ctx, input }) => {
    const { items, total } = await listShipments(ctx.db, { ...input, pageSize: PAGE_SIZE });
    return {
      items: items.map((shipment) => ({
        id: shipment.id,
        kind: shipment.kind,
        orderRef: shipment.orderRef,
        status: shipment.status,
        carrier: shipment.carrier,
        service: shipment.service,
        shipTo: { name: shipment.shipTo.name, city: shipment.shipTo.city, country: shipment.shipTo.country },
        createdAt: shipment.createdAt,
        statusChangedAt: shipment.statusChangedAt,
      })),
      total,
      page: input.page,
      pageSize: PAGE_SIZE,
    };
  }),

  get: staffProcedure.input(idInput).query(async ({ ctx, input }) => shipmentView(ctx, await found(ctx, input.id))),

  labelPdf: staffProcedure.input(idInput).query(async ({ ctx, input }) => {
    const shipment = await found(ctx, input.id);
    const label = await getLiveLabel(ctx.db, shipment.id);
    if (!label) throw domainError('NOT_FOUND', 'LABEL_NOT_FOUND', 'The shipment has no label yet', { shipmentId: shipment.id });
    const pdf = label.pdf ?? (await renderLabelPdf(labelDocument(label.document)));
    return pdfFile(`label-${fileSafe(shipment.orderRef)}.pdf`, pdf);
  }),

  packingSlipPdf: staffProcedure.input(idInput).query(async ({ ctx, input }) => {
    const shipment = await found(ctx, input.id);
    const pdf = await renderPackingSlipPdf({
      shopName: 'Emporium',
      reference: shipment.orderRef,
      createdAt: shipment.createdAt,
      shipTo: shipment.shipTo,
      lines: shipment.lines.map((line) => ({ sku: line.sku, title: line.title, quantity: line.quantity })),
      parcelCount: shipment.parcels.length,
    });
    return pdfFile(`packing-slip-${fileSafe(shipment.orderRef)}.pdf`, pdf);
  }),
});
