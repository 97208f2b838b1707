import { internalProcedure, router } from '@emporium/platform-trpc';
import { confirmOrder, placeOrder, voidCheckoutOrder } from './order-checkout';
import { orderAdminRouter } from './order-admin.router';
import { orderGuestRouter, orderMineRouter } from './order-shopper.router';
import { checkoutAttemptInput, createOrderInput } from './order.inputs';
import { z } from 'zod';

/**
 * The order service. Orders are created only by the checkout saga (internal); shoppers read theirs, cancel before
 * shipment and ask for returns; staff fulfil, capture, cancel, refund, receive returns and edit.
 */
export const orderRouter = router({
  create: internalProcedure.input(createOrderInput).mutation(({ ctx, input }) => placeOrder(ctx, input)),
  voidCheckoutOrder: internalProcedure.input(checkoutAttemptInput).mutation(({ ctx, input }) => voidCheckoutOrder(ctx, input.checkoutAttempt)),
  confirm: internalProcedure.input(z.object({ orderId: z.uuid({ error: 'Not a valid id' }) }).strict()).mutation(({ ctx, input }) => confirmOrder(ctx, input.orderId)),
  mine: orderMineRouter,
  guest: orderGuestRouter,
  admin: orderAdminRouter,
});

export type OrderRouter = typeof orderRouter;
