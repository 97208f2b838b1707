import { type OrderAddress, type OrderSnapshot } from '@emporium/order-domain';
import { appendTimeline, createOrder, markConfirmationQueued, orderIdByCheckoutAttempt } from '@emporium/order-data-access';
import { inTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import type { RequestContext } from '@emporium/platform-trpc';
import { hashAccessToken, lockExisting } from './order-access';
import { cancelLocked } from './order-cancel';
import { identity, ORDER_EVENTS, type OrderPlaced, publishOrderEvent } from './order-events';
import type { AddressInput, CreateOrderInput } from './order.inputs';
import { orderPlacedMail } from './order-mails';
import { captureOwed } from './order-payments';

const SERVICE = 'service';

export const toOrderAddress = (address: AddressInput): OrderAddress => ({
  name: address.name,
  lines: address.line2 ? [address.line1, address.line2] : [address.line1],
  city: address.city,
  postalCode: address.postalCode,
  country: address.country,
  ...(address.region ? { region: address.region } : {}),
  ...(address.phone ? { phone: address.phone } : {}),
});

/**
 * The checkout's `create_order` step: one order per attempt. A repeat (a retry, a parallel submit, the recovery job)
 * answers the first order with `replayed: true` and writes nothing. `orders_placed_total` counts the first.
 */
export async function placeOrder(ctx: RequestContext, input: CreateOrderInput) {
  const placed = await inTransaction(ctx.db, async (trx) => {
    const { order, created } = await createOrder(trx, {
      checkoutAttempt: input.checkoutAttempt,
      customer: input.customerId ? { kind: 'customer', customerId: input.customerId, email: input.email } : { kind: 'guest', email: input.email },
      shippingAddress: input.shippingAddress ? toOrderAddress(input.shippingAddress) : null,
      billingAddress: toOrderAddress(input.billingAddress),
      snapshot: input.snapshot as OrderSnapshot,
      paymentId: input.paymentId,
      reservationId: input.reservationId,
      accessTokenHash: hashAccessToken(input.accessToken),
      publicUrl: ctx.publicUrl,
    });
    if (created) {
      await appendTimeline(trx, order.id, { actor: SERVICE, kind: 'order.placed', details: { checkoutAttempt: order.checkoutAttempt, total: order.totals.grandTotal } });
      const payload: OrderPlaced = {
        ...identity(order),
        checkoutAttempt: order.checkoutAttempt,
        email: order.email,
        paymentId: order.paymentId,
        reservationId: order.reservationId,
        total: order.totals.grandTotal,
        lines: order.lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: line.ordered })),
      };
      await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.placed, payload);
    }
    return { orderId: order.id, number: order.number, replayed: !created };
  });
  // Counted once committed, and once per order: a replay wrote nothing.
  if (!placed.replayed) ctx.metrics.ordersPlaced.inc();
  return placed;
}

/**
 * The saga's undo when it cannot tell whether the order was created: cancels that attempt's order if there is one.
 * Only the order: the saga voids the payment and releases the stock itself.
 */
export async function voidCheckoutOrder(ctx: RequestContext, checkoutAttempt: string) {
  const orderId = await orderIdByCheckoutAttempt(ctx.db, checkoutAttempt);
  if (!orderId) return { cancelled: false };
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, orderId);
    if (order.cancelledAt) return { cancelled: false };
    await cancelLocked(ctx, trx, order, { actor: SERVICE, reason: 'checkout_failed', moveMoneyAndStock: false });
    return { cancelled: true };
  });
}

/**
 * The saga's last step: the "order placed" e-mail, once per order. With `ORDER_CAPTURE_AT=order` the payment is
 * captured here as well (after the point of no return, so a capture never precedes a created order).
 */
export async function confirmOrder(ctx: RequestContext, orderId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, orderId);
    if (ctx.config.ORDER_CAPTURE_AT === 'order') await captureOwed(ctx, trx, order, SERVICE);
    // A cancelled order (the checkout's undo, or staff before the saga got here) is never announced as placed.
    if (order.cancelledAt || !(await markConfirmationQueued(trx, order.id))) return { queued: false };
    await queueMail(trx, ctx.events, orderPlacedMail(order, ctx.publicUrl));
    await appendTimeline(trx, order.id, { actor: SERVICE, kind: 'email.order_placed', details: { to: order.email } });
    return { queued: true };
  });
}
