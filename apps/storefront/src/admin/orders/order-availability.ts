/**
 * Which staff actions the order page offers, and in words why one is not: worked out from what the page shows, so
 * a button is not a dead end. The API decides again under the order's lock; its refusal is shown if the order moved.
 */

export interface OrderActionFacts {
  readonly cancelledAt: string | null;
  readonly shippingAddress: unknown;
  readonly lines: ReadonlyArray<{ readonly quantity: number; readonly fulfilled: number; readonly shipped: number }>;
  readonly payment: { readonly amounts: { readonly capturable: number; readonly refundable: number } } | null;
}

export type Availability = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

export interface OrderAvailability {
  readonly fulfil: Availability;
  readonly capture: Availability;
  readonly cancel: Availability;
  readonly refund: Availability;
  readonly edit: Availability;
}

const yes: Availability = { allowed: true };
const no = (reason: string): Availability => ({ allowed: false, reason });

export function orderAvailability(order: OrderActionFacts): OrderAvailability {
  const cancelled = order.cancelledAt !== null;
  const fulfilled = order.lines.reduce((sum, line) => sum + line.fulfilled, 0);
  const shipped = order.lines.reduce((sum, line) => sum + line.shipped, 0);
  const left = order.lines.reduce((sum, line) => sum + Math.max(0, line.quantity - line.fulfilled), 0);
  const payment = order.payment;

  const fulfil = cancelled ? no('The order is cancelled.') : !order.shippingAddress ? no('The order has no shipping address.') : left === 0 ? no('Every unit is fulfilled already.') : yes;
  const capture = cancelled
    ? no('The order is cancelled.')
    : !payment
      ? no('The order has no payment.')
      : payment.amounts.capturable === 0
        ? no('Nothing is left to capture.')
        : yes;
  // Staff may cancel until something ships (labels bought for packed parcels are voided); the shopper's own
  // `actions.canCancel` stops earlier, at packing, so it is not the staff's rule.
  const cancel = cancelled ? no('The order is cancelled already.') : shipped > 0 ? no('Goods have shipped: they come back as a return, not a cancellation.') : yes;
  const refund = !payment ? no('The order has no payment.') : payment.amounts.refundable === 0 ? no('Nothing captured is left to refund.') : yes;
  const edit = cancelled ? no('The order is cancelled.') : fulfilled > 0 ? no('Quantities can only change before anything is fulfilled.') : yes;
  return { fulfil, capture, cancel, refund, edit };
}
