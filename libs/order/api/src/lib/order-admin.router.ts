import { formatOrderNumber, parseOrderNumber } from '@emporium/order-domain';
import { addNote, dayFigures, getOrder, listFulfilments, listNotes, listOrders, listTimeline, type OrderFilter, ordersAwaitingFulfilment } from '@emporium/order-data-access';
import type { Database } from '@emporium/platform-db';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { staffActor } from './order-access';
import { cancelByStaff } from './order-cancel';
import { editByStaff } from './order-edit';
import { orderNotFound } from './order-errors';
import { fulfil } from './order-fulfil';
import { captureByStaff, refundByStaff } from './order-payments';
import { receiveReturnByStaff } from './order-returns';
import { paymentOf } from './order-services';
import { shopperView, summaryView } from './order-views';
import { addNoteInput, adminCancelInput, adminListInput, editInput, fulfilInput, orderIdInput, receiveReturnInput, refundInput } from './order.inputs';

/** Search is an order number (typed with or without its check digit's dash) or part of an e-mail address. */
function searchFilter(search: string | undefined): Pick<OrderFilter, 'number' | 'email'> {
  if (!search) return {};
  const number = parseOrderNumber(search);
  return number.ok ? { number: formatOrderNumber(number.value) } : { email: search };
}

async function found(ctx: { readonly db: Database }, orderId: string) {
  const order = await getOrder(ctx.db, orderId);
  if (!order) throw orderNotFound(orderId);
  return order;
}

/** Staff: find, read and act on orders. Every action locks the order, asks the domain, and records who did it. */
export const orderAdminRouter = router({
  list: staffProcedure.input(adminListInput).query(async ({ ctx, input }) => {
    const { items, total } = await listOrders(ctx.db, {
      ...searchFilter(input.search),
      ...(input.status ? { status: input.status } : {}),
      ...(input.customerId ? { customerId: input.customerId } : {}),
      ...(input.from ? { createdFrom: input.from } : {}),
      ...(input.to ? { createdTo: input.to } : {}),
      ...(input.minTotal !== undefined ? { minTotal: input.minTotal } : {}),
      ...(input.maxTotal !== undefined ? { maxTotal: input.maxTotal } : {}),
      page: input.page,
      pageSize: input.pageSize,
    });
    return { items: items.map(summaryView), total, page: input.page, pageSize: input.pageSize };
  }),

  get: staffProcedure.input(orderIdInput).query(async ({ ctx, input }) => {
    const order = await found(ctx, input.orderId);
    const payment = await paymentOf(ctx, order);
    const [view, timeline, notes, fulfilments] = await Promise.all([
      shopperView(ctx, order, { payment }),
      listTimeline(ctx.db, order.id),
      listNotes(ctx.db, order.id),
      listFulfilments(ctx.db, order.id),
    ]);
    return {
      ...view,
      // Staff open the shipment (label, packing slip) in the shipping service by its id.
      shipments: view.shipments.map((shipment, index) => ({ ...shipment, shipmentId: fulfilments[index]?.shipmentId ?? null })),
      customerId: order.customerId,
      checkoutAttempt: order.checkoutAttempt,
      payment: payment && { id: payment.id, status: payment.status, currency: payment.currency, amounts: payment.amounts },
      timeline: timeline.map(({ id, at, actor, kind, details }) => ({ id, at, actor, kind, details })),
      notes: notes.map(({ id, author, body, createdAt }) => ({ id, author, body, createdAt })),
    };
  }),

  addNote: staffProcedure.input(addNoteInput).mutation(async ({ ctx, input }) => {
    await found(ctx, input.orderId);
    const note = await addNote(ctx.db, { orderId: input.orderId, author: staffActor(ctx), body: input.body });
    return { id: note.id, author: note.author, body: note.body, createdAt: note.createdAt };
  }),

  fulfil: staffProcedure.input(fulfilInput).mutation(({ ctx, input }) => fulfil(ctx, staffActor(ctx), input)),
  capture: staffProcedure.input(orderIdInput).mutation(({ ctx, input }) => captureByStaff(ctx, input.orderId, staffActor(ctx))),
  cancel: staffProcedure.input(adminCancelInput).mutation(({ ctx, input }) => cancelByStaff(ctx, input.orderId, staffActor(ctx), input.reason)),
  refund: staffProcedure.input(refundInput).mutation(({ ctx, input }) => refundByStaff(ctx, staffActor(ctx), input)),
  receiveReturn: staffProcedure.input(receiveReturnInput).mutation(({ ctx, input }) => receiveReturnByStaff(ctx, staffActor(ctx), input)),
  edit: staffProcedure.input(editInput).mutation(({ ctx, input }) => editByStaff(ctx, staffActor(ctx), input)),

  /** Today (UTC): orders placed, revenue per currency (not cancelled), orders awaiting fulfilment, the latest orders. */
  dashboard: staffProcedure.query(async ({ ctx }) => {
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const [figures, recent, waiting] = await Promise.all([dayFigures(ctx.db, today), listOrders(ctx.db, { page: 1, pageSize: 10 }), ordersAwaitingFulfilment(ctx.db, 10)]);
    const waitingOrders = (await Promise.all(waiting.map((orderId) => getOrder(ctx.db, orderId)))).flatMap((order) => (order ? [summaryView(order)] : []));
    return {
      today: { orders: figures.count, revenue: figures.revenue },
      needingAction: { count: figures.awaitingFulfilment, orders: waitingOrders },
      recent: recent.items.map(summaryView),
    };
  }),
});
