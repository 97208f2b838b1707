import { receiveReturn, requestReturn, type ReturnRequestLine } from '@emporium/order-domain';
import {
  appendTimeline,
  createReturnRequest,
  listReturnRequests,
  nextPaymentSeq,
  orderDb,
  orderFacts,
  updateLineFacts,
  updateReturnRequest,
} from '@emporium/order-data-access';
import { inTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import { actorOf, lockExisting, lockVisibleOrder, type OrderCaller } from './order-access';
import { returnRequestNotFound, unwrap } from './order-errors';
import { identity, ORDER_EVENTS, type OrderRefunded, type OrderReturnChanged, publishOrderEvent } from './order-events';
import { orderRefundedMail } from './order-mails';
import { paymentFacts, paymentOf, refundPayment, requestKey } from './order-services';
import { putBack } from './order-stock';

const lineCounts = (facts: ReturnType<typeof orderFacts>) =>
  facts.lines.map(({ lineId, returnRequested, returnReceived, returnRefunded }) => ({ lineId, returnRequested, returnReceived, returnRefunded }));

/** The customer asks to send back delivered units, per line with a reason. More than delivered is refused, nothing stored. */
export async function requestReturnByShopper(ctx: RequestContext, orderId: string, caller: OrderCaller, lines: readonly ReturnRequestLine[]) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockVisibleOrder(trx, orderId, caller);
    const decision = unwrap(requestReturn({ snapshot: order.snapshot, facts: orderFacts(order, paymentFacts(null)) }, lines));
    await updateLineFacts(trx, order.id, lineCounts(decision.facts));
    const request = await createReturnRequest(trx, { orderId: order.id, lines, requestedBy: actorOf(caller) });
    const moved = lines.map(({ lineId, quantity }) => ({ lineId, quantity }));
    await appendTimeline(trx, order.id, { actor: actorOf(caller), kind: 'return.requested', details: { returnRequestId: request.id, lines: moved } });
    const payload: OrderReturnChanged = { ...identity(order), returnRequestId: request.id, lines: moved };
    await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.returnRequested, payload);
    return { returnRequestId: request.id, status: request.status };
  });
}

/**
 * Staff receive a return: the units go back to stock (unless `restock` is false — damaged goods) and the refund the
 * domain computes (`returnRefund`: each unit's prorated discount and tax) is paid back, all in one action.
 */
export async function receiveReturnByStaff(ctx: RequestContext, actor: string, input: { returnRequestId: string; restock: boolean; locationId?: string | undefined }) {
  const found = await orderDb(ctx.db).selectFrom('return_request').select(['order_id']).where('id', '=', input.returnRequestId).executeTakeFirst();
  if (!found) throw returnRequestNotFound(input.returnRequestId);
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, found.order_id);
    const request = (await listReturnRequests(trx, order.id)).find((candidate) => candidate.id === input.returnRequestId);
    if (!request) throw returnRequestNotFound(input.returnRequestId);
    if (request.status !== 'requested') throw domainError('CONFLICT', 'RETURN_ALREADY_RECEIVED', 'This return has already been received', { returnRequestId: request.id });
    const payment = await paymentOf(ctx, order);
    const lines = request.lines.map(({ lineId, quantity }) => ({ lineId, quantity }));
    const decision = unwrap(receiveReturn({ snapshot: order.snapshot, facts: orderFacts(order, paymentFacts(payment)) }, lines));
    const amount = decision.refund?.total.amount ?? 0;
    if (input.restock) await putBack(ctx, order, decision.restock, { key: requestKey(order.id, 'return', request.id, input.locationId ?? null), reason: 'return', whole: false, locationId: input.locationId ?? null });
    if (amount > 0 && order.paymentId) {
      const seq = await nextPaymentSeq(trx, order.id);
      await refundPayment(ctx, order.paymentId, amount, `Return for order ${order.number}`, requestKey(order.id, 'refund', seq, amount));
    }
    await updateLineFacts(trx, order.id, lineCounts(decision.facts));
    await updateReturnRequest(trx, request.id, { status: 'refunded', refundAmount: amount });
    await appendTimeline(trx, order.id, { actor, kind: 'return.received', details: { returnRequestId: request.id, lines, restocked: input.restock, refunded: amount } });
    const received: OrderReturnChanged = { ...identity(order), returnRequestId: request.id, lines };
    await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.returnReceived, received);
    if (amount > 0) {
      const refunded: OrderRefunded = { ...identity(order), amount, reason: 'return', returnRequestId: request.id };
      await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.refunded, refunded);
      await queueMail(trx, ctx.events, orderRefundedMail(order, ctx.publicUrl, amount));
    }
    return {
      returnRequestId: request.id,
      refund: decision.refund
        ? {
            total: decision.refund.total.amount,
            tax: decision.refund.tax.amount,
            shipping: decision.refund.shipping.amount,
            lines: decision.refund.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity, net: line.net.amount, tax: line.tax.amount, amount: line.amount.amount })),
          }
        : null,
      restocked: input.restock,
    };
  });
}
