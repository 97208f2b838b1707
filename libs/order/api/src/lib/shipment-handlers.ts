import type { OrderFacts } from '@emporium/order-domain';
import { advanceFulfilment, appendTimeline, findFulfilmentByShipment, getOrder, lockOrder, orderFacts, updateLineFacts } from '@emporium/order-data-access';
import type { DbTransaction } from '@emporium/platform-db';
import { defineEventHandler, type EventBus, type EventHandler, type HandlerContext } from '@emporium/platform-events';
import { queueMail } from '@emporium/platform-mail';
import type { ShipmentStatusReached } from '@emporium/shipping-api';
import { identity, ORDER_EVENTS, type OrderLinesMoved, publishOrderEvent } from './order-events';
import { orderDeliveredMail, orderShippedMail } from './order-mails';
import { paymentFacts } from './order-services';

const CARRIER = 'service';

/** Mail needs the whole bus (a delivery job); the worker hands handlers the bus, typed narrower. */
function mailBus(events: HandlerContext['events']): EventBus {
  if (!('enqueue' in events)) throw new Error('order mails need the event bus (enqueue) in the handler context');
  return events as EventBus;
}

/**
 * A shipment the order service created moved on: its lines' units count as shipped (or delivered), once. The
 * fulfilment row moves forward only from an earlier status, so a redelivered or repeated event (staff marking it
 * shipped, then the carrier's scan) changes nothing the second time. Shipments of other orders or returns are ignored.
 */
async function advance(trx: DbTransaction, context: HandlerContext, payload: ShipmentStatusReached, to: 'shipped' | 'delivered'): Promise<void> {
  if (payload.kind !== 'outbound') return;
  const fulfilment = await findFulfilmentByShipment(trx, payload.shipmentId);
  if (!fulfilment) return;
  const order = await lockOrder(trx, fulfilment.orderId);
  if (!order) return;
  const before = await findFulfilmentByShipment(trx, payload.shipmentId);
  const moved = await advanceFulfilment(trx, fulfilment.id, to, { at: new Date(payload.occurredAt), trackingNumber: payload.trackingNumber });
  if (!moved || !before) return;
  const alsoShipped = before.status === 'label_purchased';
  const facts: OrderFacts = orderFacts(order, paymentFacts(null));
  await updateLineFacts(
    trx,
    order.id,
    moved.lines.map(({ lineId, quantity }) => {
      const line = facts.lines.find((candidate) => candidate.lineId === lineId);
      const shipped = (line?.shipped ?? 0) + (alsoShipped ? quantity : 0);
      return to === 'shipped' ? { lineId, shipped } : { lineId, shipped, delivered: (line?.delivered ?? 0) + quantity };
    }),
  );
  const lines = moved.lines.map(({ lineId, quantity }) => ({ lineId, quantity }));
  const trackingNumber = moved.trackingNumber;
  await appendTimeline(trx, order.id, { actor: CARRIER, kind: `shipment.${to}`, details: { shipmentId: payload.shipmentId, lines, carrier: payload.carrier, trackingNumber, source: payload.source }, at: new Date(payload.occurredAt) });
  const event: OrderLinesMoved = { ...identity(order), shipmentId: payload.shipmentId, lines, carrier: payload.carrier, trackingNumber };
  if (alsoShipped) await publishOrderEvent(context.events, trx, ORDER_EVENTS.shipped, event);
  if (to === 'delivered') await publishOrderEvent(context.events, trx, ORDER_EVENTS.delivered, event);
  const current = (await getOrder(trx, order.id)) ?? order;
  const mail = to === 'shipped' ? orderShippedMail(current, '', { carrier: payload.carrier, trackingNumber }) : orderDeliveredMail(current, '');
  await queueMail(trx, mailBus(context.events), mail);
}

export const shipmentShippedHandler: EventHandler = defineEventHandler<ShipmentStatusReached>({
  consumer: 'order',
  event: 'shipment.shipped',
  handle: (event, trx, context) => advance(trx, context, event.payload, 'shipped'),
});

export const shipmentDeliveredHandler: EventHandler = defineEventHandler<ShipmentStatusReached>({
  consumer: 'order',
  event: 'shipment.delivered',
  handle: (event, trx, context) => advance(trx, context, event.payload, 'delivered'),
});

export const orderEventHandlers: EventHandler[] = [shipmentShippedHandler, shipmentDeliveredHandler];
