import { type CurrencyCode, type Money, toDecimalString } from '@emporium/money';

/**
 * Why the order rules refused something. Each refusal changes nothing: the caller gets this value and the order's
 * facts stay as they were.
 */
export type OrderError =
  | { readonly type: 'MissingLineDetails'; readonly lineId: string }
  | { readonly type: 'UnknownLine'; readonly lineId: string }
  | { readonly type: 'InvalidQuantity'; readonly lineId: string; readonly quantity: number }
  | { readonly type: 'NothingToDo'; readonly action: 'return' | 'receive' | 'refund' }
  | { readonly type: 'OrderCancelled' }
  | { readonly type: 'CancelAfterShipment'; readonly shippedQuantity: number }
  | { readonly type: 'ReturnExceedsDelivered'; readonly lineId: string; readonly requested: number; readonly returnable: number }
  | { readonly type: 'ReturnExceedsBought'; readonly lineId: string; readonly requested: number; readonly returnable: number }
  | { readonly type: 'ReceiveExceedsRequested'; readonly lineId: string; readonly received: number; readonly awaiting: number }
  | { readonly type: 'RefundExceedsReceived'; readonly lineId: string; readonly requested: number; readonly refundable: number }
  | { readonly type: 'RefundAboveCaptured'; readonly requested: Money; readonly refundable: Money }
  | { readonly type: 'EditAfterFulfilment'; readonly fulfilledQuantity: number }
  | { readonly type: 'CurrencyMismatch'; readonly expected: CurrencyCode; readonly actual: CurrencyCode }
  | { readonly type: 'InvalidOrderNumber'; readonly input: string; readonly reason: 'format' | 'check_digit' };

const cash = (value: Money): string => `${toDecimalString(value)} ${value.currency}`;
const units = (count: number): string => `${count} ${count === 1 ? 'unit' : 'units'}`;

/** One sentence a member of staff or a customer can act on. */
export function describeOrderError(error: OrderError): string {
  switch (error.type) {
    case 'MissingLineDetails':
      return `Line ${error.lineId} has no SKU, title or options to record on the order.`;
    case 'UnknownLine':
      return `This order has no line ${error.lineId}.`;
    case 'InvalidQuantity':
      return `The quantity for line ${error.lineId} must be a whole number of at least 1, not ${error.quantity}.`;
    case 'NothingToDo':
      return `Choose at least one line to ${error.action}.`;
    case 'OrderCancelled':
      return 'This order has been cancelled; nothing more can be done with it.';
    case 'CancelAfterShipment':
      return `This order can no longer be cancelled: ${units(error.shippedQuantity)} already shipped. Ask for a return instead.`;
    case 'ReturnExceedsDelivered':
      return `Only ${units(error.returnable)} of line ${error.lineId} can be returned (delivered and not yet returned), not ${error.requested}.`;
    case 'ReturnExceedsBought':
      return `Only ${units(error.returnable)} of line ${error.lineId} are left to refund, not ${error.requested}.`;
    case 'ReceiveExceedsRequested':
      return `Only ${units(error.awaiting)} of line ${error.lineId} are awaited back, not ${error.received}.`;
    case 'RefundExceedsReceived':
      return `Only ${units(error.refundable)} of line ${error.lineId} are received and not yet refunded, not ${error.requested}.`;
    case 'RefundAboveCaptured':
      return `A refund of ${cash(error.requested)} is more than the ${cash(error.refundable)} captured and not yet refunded.`;
    case 'EditAfterFulfilment':
      return `This order can no longer be edited: ${units(error.fulfilledQuantity)} already fulfilled.`;
    case 'CurrencyMismatch':
      return `The amounts are in ${error.actual}, but the order is in ${error.expected}.`;
    case 'InvalidOrderNumber':
      return error.reason === 'format'
        ? `"${error.input}" is not an order number; they look like 1042-9.`
        : `"${error.input}" is not a valid order number; please check the digits.`;
  }
}
