import { listCustomerOrders } from '@emporium/order-data-access';
import { customerProcedure, publicProcedure, router } from '@emporium/platform-trpc';
import { customerCaller, visibleOrder } from './order-access';
import { cancelByShopper } from './order-cancel';
import { requestReturnByShopper } from './order-returns';
import { shopperView, summaryView } from './order-views';
import { guestOrderInput, guestRequestReturnInput, orderIdInput, pageInput, requestReturnInput } from './order.inputs';

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

/** A guest reaches their order with the access token handed out once; a wrong token is NOT_FOUND. */
export const orderGuestRouter = router({
  get: publicProcedure.input(guestOrderInput).query(async ({ ctx, input }) => shopperView(ctx, await visibleOrder(ctx, input.orderId, { kind: 'guest', accessToken: input.accessToken }))),
  cancel: publicProcedure.input(guestOrderInput).mutation(async ({ ctx, input }) => {
    const caller = { kind: 'guest', accessToken: input.accessToken } as const;
    await cancelByShopper(ctx, input.orderId, caller);
    return shopperView(ctx, await visibleOrder(ctx, input.orderId, caller));
  }),
  requestReturn: publicProcedure.input(guestRequestReturnInput).mutation(async ({ ctx, input }) => {
    const caller = { kind: 'guest', accessToken: input.accessToken } as const;
    await requestReturnByShopper(ctx, input.orderId, caller, input.lines);
    return shopperView(ctx, await visibleOrder(ctx, input.orderId, caller));
  }),
});
