import { createShipment, getShipment, lockShipment, returnedQuantities, type ShipmentWithDetails } from '@emporium/shipping-data-access';
import { acceptsReturns, packParcels } from '@emporium/shipping-domain';
import { inTransaction } from '@emporium/platform-db';
import { domainError, invalidInput, type RequestContext } from '@emporium/platform-trpc';
import { locationAddress } from './shipment-locations';
import { packingError } from './shipment-packing';
import { shipmentNotFound } from './shipment-errors';
import { CARRIER_CHOICES, type CreateReturnInput } from './shipments.inputs';

/** Units of each line of `shipment` that can still be sent back: what was shipped less what other returns carry. */
export function stillReturnable(shipment: ShipmentWithDetails, returned: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(shipment.lines.map((line) => [line.lineId, Math.max(0, line.quantity - (returned.get(line.lineId) ?? 0))]));
}

/**
 * A return shipment for some of an outbound shipment's lines: from the customer (the outbound's recipient) back to a
 * location — the one it left from unless staff choose another. The outbound row is locked while the returned
 * quantities are counted, so two returns made at once never send back more than was shipped. Cancelling a return
 * (its label) gives its units back to the count.
 */
export async function createReturn(ctx: RequestContext, input: CreateReturnInput): Promise<ShipmentWithDetails> {
  const outbound = await getShipment(ctx.db, input.shipmentId);
  if (!outbound) throw shipmentNotFound(input.shipmentId);
  if (outbound.kind === 'return') {
    throw domainError('CONFLICT', 'RETURN_NOT_ALLOWED', 'A return shipment cannot itself be returned', { shipmentId: outbound.id });
  }
  const locationId = input.locationId ?? outbound.locationId;
  if (!locationId) throw invalidInput([{ path: 'locationId', message: 'Choose the location it goes back to' }]);
  const returnTo = await locationAddress(ctx, locationId, 'locationId');

  const shipped = new Map(outbound.lines.map((line) => [line.lineId, line]));
  const lines = input.lines.flatMap((line) => {
    const original = shipped.get(line.lineId);
    return original ? [{ ...original, quantity: line.quantity }] : [];
  });
  if (lines.length < input.lines.length) {
    throw invalidInput(input.lines.flatMap((line, index) => (shipped.has(line.lineId) ? [] : [{ path: `lines.${index}.lineId`, message: 'Not a line of this shipment' }])));
  }
  const packing = packParcels(
    lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: line.quantity, unitWeightGrams: line.unitWeightGrams })),
    { maxWeightGrams: ctx.config.SHIPPING_MAX_PARCEL_GRAMS },
  );
  if (!packing.ok) throw packingError(packing.error, lines);

  return inTransaction(ctx.db, async (trx) => {
    const current = await lockShipment(trx, outbound.id);
    if (!current) throw shipmentNotFound(outbound.id);
    if (!acceptsReturns(current.status)) {
      throw domainError('CONFLICT', 'RETURN_NOT_ALLOWED', `Cannot return goods of a shipment that is ${current.status.replace(/_/g, ' ')}`, {
        shipmentId: current.id,
        status: current.status,
      });
    }
    const remaining = stillReturnable(outbound, await returnedQuantities(trx, outbound.id));
    const tooMany = input.lines.flatMap((line, index) => {
      const left = remaining.get(line.lineId) ?? 0;
      if (line.quantity <= left) return [];
      const message = left === 0 ? 'Every unit of this line is already being returned' : `At most ${left} of this line can still be returned`;
      return [{ path: `lines.${index}.quantity`, message }];
    });
    if (tooMany.length > 0) throw invalidInput(tooMany);
    return createShipment(trx, {
      kind: 'return',
      returnOf: outbound.id,
      returnReason: input.reason || null,
      locationId,
      orderRef: outbound.orderRef,
      carrier: input.carrier ? CARRIER_CHOICES[input.carrier] : outbound.carrier,
      service: input.service ?? outbound.service,
      shipFrom: outbound.shipTo,
      shipTo: returnTo,
      currency: outbound.currency,
      lines,
      parcels: packing.value.parcels.map((parcel) => ({ index: parcel.index, weightGrams: parcel.weightGrams, contents: parcel.contents })),
    });
  });
}
