export { type OrderRouter, orderRouter } from './lib/order.router';
export type { OrderService } from './lib/order.service-ref';
export {
  ORDER_EVENTS,
  type OrderCancelled,
  type OrderEdited,
  type OrderIdentity,
  type OrderLinesMoved,
  type OrderPlaced,
  type OrderRefunded,
  type OrderReturnChanged,
} from './lib/order-events';
export { orderEventHandlers, shipmentDeliveredHandler, shipmentShippedHandler } from './lib/shipment-handlers';
export type { PaymentAmounts, PaymentSummary } from './lib/order-services';
