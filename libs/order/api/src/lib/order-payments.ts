import { type OrderError, refundable } from '@emporium/order-domain';
import { appendTimeline, nextPaymentSeq, type Order } from '@emporium/order-data-access';
import { inTransaction, type DbTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import type { CurrencyCode } from '@emporium/money';
import { lockExisting } from './order-access';
import { orderRuleError } from './order-errors';
import { identity, ORDER_EVENTS, type OrderRefunded, publishOrderEvent } from './order-events';
import { orderRefundedMail } from './order-mails';
import { capturePayment, type PaymentSummary, paymentFacts, readPayment, refundPayment, requestKey } from './order-services';

/** What the order still owes: its total less what was captured and kept, at most what is still capturable. */
export const owed = (order: Order, payment: PaymentSummary): number =>
  Math.max(0, Math.min(payment.amounts.capturable, order.totals.grandTotal - (payment.amounts.captured - payment.amounts.refunded)));

/** Captures what the order owes (caller holds the lock); 0 when nothing is owed or the order has no payment. */
export async function captureOwed(ctx: RequestContext, trx: DbTransaction, order: Order, actor: string): Promise<number> {
  if (!order.paymentId || order.cancelledAt) return 0;
  const amount = owed(order, await readPayment(ctx, order.paymentId));
  if (amount === 0) return 0;
  const seq = await nextPaymentSeq(trx, order.id);
  await capturePayment(ctx, order.paymentId, amount, requestKey(order.id, 'capture', seq, amount));
  await appendTimeline(trx, order.id, { actor, kind: 'payment.captured', details: { amount } });
  return amount;
}

export async function captureByStaff(ctx: RequestContext, orderId: string, actor: string) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, orderId);
    if (order.cancelledAt) throw orderRuleError({ type: 'OrderCancelled' });
    if (!order.paymentId) throw domainError('CONFLICT', 'NO_PAYMENT', 'This order has no payment to capture', { orderId });
    const captured = await captureOwed(ctx, trx, order, actor);
    if (captured === 0) throw domainError('CONFLICT', 'NOTHING_TO_CAPTURE', 'Nothing is left to capture on this order', { orderId });
    return { captured };
  });
}

/** A refund staff decide (goodwill, a price match): at most what was captured and not refunded; refused otherwise, nothing changed. */
export async function refundByStaff(ctx: RequestContext, actor: string, input: { orderId: string; amount: number; reason: string }) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, input.orderId);
    if (!order.paymentId) throw domainError('CONFLICT', 'NO_PAYMENT', 'This order has no payment to refund', { orderId: order.id });
    const payment = await readPayment(ctx, order.paymentId);
    const left = refundable(paymentFacts(payment));
    if (input.amount > left) {
      const currency = order.currency as CurrencyCode;
      const error: OrderError = { type: 'RefundAboveCaptured', requested: { amount: input.amount, currency }, refundable: { amount: left, currency } };
      throw orderRuleError(error, 'amount');
    }
    const seq = await nextPaymentSeq(trx, order.id);
    await refundPayment(ctx, order.paymentId, input.amount, input.reason, requestKey(order.id, 'refund', seq, [input.amount, input.reason]));
    await appendTimeline(trx, order.id, { actor, kind: 'payment.refunded', details: { amount: input.amount, reason: input.reason } });
    const payload: OrderRefunded = { ...identity(order), amount: input.amount, reason: input.reason, returnRequestId: null };
    await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.refunded, payload);
    await queueMail(trx, ctx.events, orderRefundedMail(order, ctx.publicUrl, input.amount));
    return { refunded: input.amount };
  });
}
