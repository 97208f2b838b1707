import { cancel } from '@emporium/order-domain';
import { appendTimeline, listFulfilments, markCancelled, nextPaymentSeq, type Order, orderFacts } from '@emporium/order-data-access';
import { inTransaction, type DbTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import { type OrderCaller, actorOf, lockExisting, lockVisibleOrder } from './order-access';
import { unwrap } from './order-errors';
import { identity, ORDER_EVENTS, type OrderCancelled, publishOrderEvent } from './order-events';
import { orderCancelledMail } from './order-mails';
import { paymentFacts, paymentOf, refundPayment, requestKey, shipments, voidPayment } from './order-services';
import { putBack } from './order-stock';

interface CancelOptions {
  readonly actor: string;
  /** Staff's words, `customer_request` or `checkout_failed`. */
  readonly reason: string;
  /** False for the checkout's undo: the saga voids the payment and releases the stock itself. */
  readonly moveMoneyAndStock: boolean;
  /** Shoppers may cancel only before anything is fulfilled (the parcel is being packed); staff until it ships. */
  readonly beforeFulfilmentOnly?: boolean;
}

/**
 * Cancels an order whose row the caller has locked, if the domain allows (nothing shipped): voids the open
 * authorisation, refunds what was captured, puts every unit back, then records it. A refusal changes nothing; a
 * failing payment or stock call rolls the whole cancellation back (their keys make the retry safe).
 */
export async function cancelLocked(ctx: RequestContext, trx: DbTransaction, order: Order, options: CancelOptions): Promise<{ voided: number; refunded: number }> {
  const payment = options.moveMoneyAndStock ? await paymentOf(ctx, order) : null;
  const decision = unwrap(cancel({ snapshot: order.snapshot, facts: orderFacts(order, paymentFacts(payment)) }));
  const fulfilled = order.lines.reduce((total, line) => total + line.fulfilled, 0);
  if (options.beforeFulfilmentOnly && fulfilled > 0) {
    throw domainError('CONFLICT', 'CANCEL_AFTER_FULFILMENT', 'This order is already being packed and can no longer be cancelled online; please contact us.', { fulfilledQuantity: fulfilled });
  }
  // Fulfilled but not shipped (the domain refuses after shipment): the labels bought for it are voided first.
  for (const fulfilment of fulfilled > 0 ? await listFulfilments(trx, order.id) : []) {
    if (fulfilment.status === 'label_purchased') await shipments(ctx).cancelLabel.mutate({ shipmentId: fulfilment.shipmentId });
  }
  let voided = 0;
  let refunded = 0;
  if (options.moveMoneyAndStock && order.paymentId) {
    for (const instruction of decision.payment) {
      const seq = await nextPaymentSeq(trx, order.id);
      if (instruction.kind === 'void') {
        await voidPayment(ctx, order.paymentId, requestKey(order.id, 'void', seq, null));
        voided += instruction.amount.amount;
      } else {
        await refundPayment(ctx, order.paymentId, instruction.amount.amount, `Order ${order.number} cancelled`, requestKey(order.id, 'refund', seq, instruction.amount.amount));
        refunded += instruction.amount.amount;
      }
    }
  }
  if (options.moveMoneyAndStock) await putBack(ctx, order, decision.restock, { key: `order:${order.id}:cancel`, reason: 'cancellation', whole: true });
  await markCancelled(trx, order.id);
  await appendTimeline(trx, order.id, { actor: options.actor, kind: 'order.cancelled', details: { reason: options.reason, voided, refunded } });
  const payload: OrderCancelled = { ...identity(order), reason: options.reason, voided, refunded };
  await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.cancelled, payload);
  if (options.reason !== 'checkout_failed') await queueMail(trx, ctx.events, orderCancelledMail(order, ctx.publicUrl, refunded));
  return { voided, refunded };
}

export async function cancelByShopper(ctx: RequestContext, orderId: string, caller: OrderCaller) {
  await inTransaction(ctx.db, async (trx) => {
    const order = await lockVisibleOrder(trx, orderId, caller);
    await cancelLocked(ctx, trx, order, { actor: actorOf(caller), reason: 'customer_request', moveMoneyAndStock: true, beforeFulfilmentOnly: true });
  });
}

export async function cancelByStaff(ctx: RequestContext, orderId: string, actor: string, reason: string) {
  return inTransaction(ctx.db, async (trx) => cancelLocked(ctx, trx, await lockExisting(trx, orderId), { actor, reason, moveMoneyAndStock: true }));
}
