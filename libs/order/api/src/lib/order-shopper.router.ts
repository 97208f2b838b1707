import { listCustomerOrders } from '@emporium/order-data-access';
import { customerProcedure, publicProcedure, type RequestContext, router } from '@emporium/platform-trpc';
import { customerCaller, type OrderCaller, visibleOrder } from './order-access';
import { cancelByShopper } from './order-cancel';
import { lookupGuestOrder } from './order-lookup';
import { requestReturnByShopper } from './order-returns';
import { shopperView, summaryView } from './order-views';
import {
  guestChangeInput,
  type GuestCredential,
  guestLookupInput,
  guestOrderInput,
  guestRequestReturnInput,
  orderIdInput,
  pageInput,
  requestReturnInput,
} from './order.inputs';

/** A signed-in customer's own orders; another customer's order answers NOT_FOUND, as one that does not exist. */
export const orderMineRouter = router({
  list: customerProcedure.input(pageInput).query(async ({ ctx, input }) => {
    const { items, total } = await listCustomerOrders(ctx.db, ctx.user.id, input);
    return { items: items.map(summaryView), total, page: input.page, pageSize: input.pageSize };
  }),
  get: customerProcedure.input(orderIdInput).query(async ({ ctx, input }) => shopperView(ctx, await visibleOrder(ctx, input.orderId, customerCaller(ctx)))),
  cancel: customerProcedure.input(orderIdInput).mutation(async ({ ctx, input }) => {
    const caller = customerCaller(ctx);
    await cancelByShopper(ctx, input.orderId, caller);
    return shopperView(ctx, await visibleOrder(ctx, input.orderId, caller));
  }),
  requestReturn: customerProcedure.input(requestReturnInput).mutation(async ({ ctx, input }) => {
    const caller = customerCaller(ctx);
    await requestReturnByShopper(ctx, input.orderId, caller, input.lines);
    return shopperView(ctx, await visibleOrder(ctx, input.orderId, caller));
  }),
});

/**
 * The order a guest's change is for and who they are: by number and e-mail (counted against the lookup's guess
 * limit, like the lookup itself), or by id and access token. The order is checked again under its lock.
 */
async function guestTarget(ctx: RequestContext, input: GuestCredential): Promise<{ orderId: string; caller: OrderCaller }> {
  if (input.number !== undefined && input.email !== undefined) {
    const order = await lookupGuestOrder(ctx, input.number, input.email);
    return { orderId: order.id, caller: { kind: 'lookup', email: input.email } };
  }
  return { orderId: input.orderId ?? '', caller: { kind: 'guest', accessToken: input.accessToken ?? '' } };
}

/**
 * A guest reaches their order with the access token handed out once (a wrong token is NOT_FOUND), or by its number
 * and e-mail address (the link in the order e-mails; guessing is limited per client address).
 */
export const orderGuestRouter = router({
  get: publicProcedure.input(guestOrderInput).query(async ({ ctx, input }) => shopperView(ctx, await visibleOrder(ctx, input.orderId, { kind: 'guest', accessToken: input.accessToken }))),
  lookup: publicProcedure.input(guestLookupInput).query(async ({ ctx, input }) => ({ order: await shopperView(ctx, await lookupGuestOrder(ctx, input.number, input.email)) })),
  cancel: publicProcedure.input(guestChangeInput).mutation(async ({ ctx, input }) => {
    const { orderId, caller } = await guestTarget(ctx, input);
    await cancelByShopper(ctx, orderId, caller);
    return shopperView(ctx, await visibleOrder(ctx, orderId, caller));
  }),
  requestReturn: publicProcedure.input(guestRequestReturnInput).mutation(async ({ ctx, input }) => {
    const { orderId, caller } = await guestTarget(ctx, input);
    await requestReturnByShopper(ctx, orderId, caller, input.lines);
    return shopperView(ctx, await visibleOrder(ctx, orderId, caller));
  }),
});
