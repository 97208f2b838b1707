export { type Result } from './lib/result';
export { describeOrderError, type OrderError } from './lib/order-error';
export { checkDigit, formatOrderNumber, parseOrderNumber } from './lib/order-number';
export {
  type LineDetails,
  type LineDiscount,
  linePaid,
  type LineTax,
  type OrderAddress,
  type OrderCustomer,
  type OrderLine,
  type OrderShipping,
  type OrderSnapshot,
  type OrderTotals,
  type ShippingMethod,
  shippingPaid,
  snapshotFromPricedCart,
} from './lib/order-snapshot';
export {
  assertConsistent,
  capturable,
  FULFILMENT_STATUSES,
  type FulfilmentStatus,
  fulfilmentStatus,
  type LineFacts,
  type OrderFacts,
  type OrderPaymentStatus,
  ORDER_STATUSES,
  type OrderStatus,
  orderStatus,
  PAYMENT_STATUSES,
  type PaymentFacts,
  paymentStatus,
  refundable,
} from './lib/order-status';
export {
  DEFAULT_SHIPPING_REFUND_RULE,
  type LineQuantity,
  type LineRefund,
  returnRefund,
  type ReturnRefund,
  type ShippingRefundRule,
  totalsByLine,
  type UnitAmount,
  unitAmounts,
} from './lib/return-amounts';
export {
  cancel,
  decide,
  type OrderAction,
  type OrderDecision,
  type OrderState,
  type PaymentInstruction,
  type ReceiveOptions,
  receiveReturn,
  refundReturn,
  requestReturn,
  type ReturnReason,
  type ReturnRequestLine,
} from './lib/order-actions';
export { type EditSettlement, type LineChange, settleEdit } from './lib/order-edit';
