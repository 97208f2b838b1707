import { cancel, fulfilmentStatus, type OrderAddress, orderStatus, paymentStatus } from '@emporium/order-domain';
import { type Fulfilment, listFulfilments, listReturnRequests, type Order, orderFacts, type ReturnRequest } from '@emporium/order-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { type PaymentSummary, paymentFacts, paymentOf } from './order-services';

const address = (value: OrderAddress | null) =>
  value && {
    name: value.name,
    line1: value.lines[0] ?? '',
    line2: value.lines[1] ?? null,
    city: value.city,
    region: value.region ?? null,
    postalCode: value.postalCode,
    country: value.country,
    phone: value.phone ?? null,
  };

/** The shipping service's shipment id is left out: a shopper follows the parcel by its carrier and tracking number. */
const shipmentView = (fulfilment: Fulfilment) => ({
  carrier: fulfilment.carrier,
  service: fulfilment.service,
  trackingNumber: fulfilment.trackingNumber,
  status: fulfilment.status,
  lines: fulfilment.lines.map(({ lineId, quantity }) => ({ lineId, quantity })),
  createdAt: fulfilment.createdAt,
  shippedAt: fulfilment.shippedAt,
  deliveredAt: fulfilment.deliveredAt,
});

const returnView = (request: ReturnRequest) => ({
  id: request.id,
  status: request.status,
  lines: request.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity, reason: line.reason, note: line.note ?? null })),
  refundAmount: request.refundAmount,
  createdAt: request.createdAt,
  receivedAt: request.receivedAt,
  refundedAt: request.refundedAt,
});

/** The statuses, derived: from the line counts and cancellation, and the payment's amounts when known. */
export function statuses(order: Order, payment: PaymentSummary | null) {
  const facts = orderFacts(order, paymentFacts(payment));
  return { status: orderStatus(facts), fulfilmentStatus: fulfilmentStatus(facts), paymentStatus: payment ? paymentStatus(facts) : null };
}

/** What a shopper sees of one order: what was bought and what happened since, and what they may do now. */
export async function shopperView(ctx: RequestContext, order: Order, known?: { payment: PaymentSummary | null }) {
  const [payment, fulfilments, returns] = await Promise.all([known ? known.payment : paymentOf(ctx, order), listFulfilments(ctx.db, order.id), listReturnRequests(ctx.db, order.id)]);
  const facts = orderFacts(order, paymentFacts(payment));
  const { snapshot } = order;
  return {
    id: order.id,
    number: order.number,
    placedAt: order.createdAt,
    updatedAt: order.updatedAt,
    cancelledAt: order.cancelledAt,
    email: order.email,
    shippingAddress: address(order.shippingAddress),
    billingAddress: address(order.billingAddress),
    currency: order.currency,
    taxMode: snapshot.taxMode,
    lines: snapshot.lines.map((line) => {
      const stored = order.lines.find((candidate) => candidate.lineId === line.lineId);
      return {
        lineId: line.lineId,
        sku: line.sku,
        title: line.title,
        options: line.options,
        quantity: line.quantity,
        unitPrice: line.unitPrice.amount,
        subtotal: line.subtotal.amount,
        discounts: line.discounts.map((discount) => ({ code: discount.code, amount: discount.amount.amount })),
        discount: line.discount.amount,
        tax: line.tax.amount,
        total: line.total.amount,
        fulfilled: stored?.fulfilled ?? 0,
        shipped: stored?.shipped ?? 0,
        delivered: stored?.delivered ?? 0,
        returnRequested: stored?.returnRequested ?? 0,
        returnReceived: stored?.returnReceived ?? 0,
        returnRefunded: stored?.returnRefunded ?? 0,
      };
    }),
    shipping: {
      method: snapshot.shipping.method ? { name: snapshot.shipping.method.name } : null,
      charge: snapshot.shipping.charge.amount,
      discount: snapshot.shipping.discount.amount,
      tax: snapshot.shipping.tax.amount,
    },
    discounts: snapshot.discounts.map((discount) => ({ code: discount.code, amount: discount.amount.amount })),
    totals: order.totals,
    ...statuses(order, payment),
    shipments: fulfilments.map(shipmentView),
    returns: returns.map(returnView),
    actions: {
      // Online only before anything is packed; staff may cancel until it ships.
      canCancel: cancel({ snapshot, facts }).ok && facts.lines.every((line) => line.fulfilled === 0),
      returnable: order.lines.map((line) => ({ lineId: line.lineId, quantity: facts.cancelled ? 0 : line.delivered - line.returnRequested })),
    },
  };
}

/** A row of a list: no payment call per order, so the payment status is left out and the status is the stored facts'. */
export function summaryView(order: Order) {
  return {
    id: order.id,
    number: order.number,
    placedAt: order.createdAt,
    email: order.email,
    customerId: order.customerId,
    currency: order.currency,
    total: order.totals.grandTotal,
    itemCount: order.lines.reduce((total, line) => total + line.ordered, 0),
    cancelledAt: order.cancelledAt,
    ...statuses(order, null),
  };
}
