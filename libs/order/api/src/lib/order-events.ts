import type { DbTransaction } from '@emporium/platform-db';
import type { EventPublisher } from '@emporium/platform-events';
import type { Order } from '@emporium/order-data-access';

/** Events the order service publishes; each payload starts with the order's identity (`OrderIdentity`). */
export const ORDER_EVENTS = {
  placed: 'order.placed',
  cancelled: 'order.cancelled',
  fulfilled: 'order.fulfilled',
  shipped: 'order.shipped',
  delivered: 'order.delivered',
  returnRequested: 'order.return_requested',
  returnReceived: 'order.return_received',
  refunded: 'order.refunded',
  edited: 'order.edited',
} as const;

export interface OrderIdentity {
  readonly orderId: string;
  readonly number: string;
  readonly customerId: string | null;
  readonly currency: string;
}

export interface OrderPlaced extends OrderIdentity {
  readonly checkoutAttempt: string;
  readonly email: string;
  readonly paymentId: string | null;
  readonly reservationId: string | null;
  /** Grand total, minor units. */
  readonly total: number;
  readonly lines: readonly { readonly lineId: string; readonly sku: string; readonly quantity: number }[];
}

/** `order.cancelled`: `reason` is staff's text, `customer_request` or `checkout_failed`. */
export interface OrderCancelled extends OrderIdentity {
  readonly reason: string;
  readonly voided: number;
  readonly refunded: number;
}

/** `order.fulfilled`, `order.shipped`, `order.delivered`: these units of these lines moved in this shipment. */
export interface OrderLinesMoved extends OrderIdentity {
  readonly shipmentId: string;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
  readonly carrier: string;
  readonly trackingNumber: string | null;
}

/** `order.return_requested` and `order.return_received`. */
export interface OrderReturnChanged extends OrderIdentity {
  readonly returnRequestId: string;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
}

/** `order.refunded`: money given back (a return's refund names its request). */
export interface OrderRefunded extends OrderIdentity {
  readonly amount: number;
  readonly reason: string;
  readonly returnRequestId: string | null;
}

/** `order.edited`: new quantities, the new total and the money settled. */
export interface OrderEdited extends OrderIdentity {
  readonly changes: readonly { readonly lineId: string; readonly from: number; readonly to: number }[];
  readonly total: number;
  readonly refunded: number;
}

export const identity = (order: Order): OrderIdentity => ({ orderId: order.id, number: order.number, customerId: order.customerId, currency: order.currency });

export function publishOrderEvent<T extends OrderIdentity>(events: EventPublisher, trx: DbTransaction, type: (typeof ORDER_EVENTS)[keyof typeof ORDER_EVENTS], payload: T) {
  return events.publish(trx, type, payload);
}
