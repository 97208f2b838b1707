import { timingSafeEqual } from 'node:crypto';
import { findAttempt } from '@emporium/checkout-data-access';
import { domainError, publicProcedure, type RequestContext, router } from '@emporium/platform-trpc';
import { deliveryOptions } from './checkout-pricing';
import { reviewCheckout } from './checkout-review';
import { checkoutView } from './checkout-view';
import { attemptInput, optionsInput, placeInput, reviewInput } from './checkout.inputs';
import type { CheckoutRequest } from './checkout-request';
import { LIVE_TRIES_PER_STEP, placeOrder } from './place-order';
import { drive } from './saga-runner';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The attempt for whoever holds its access token; anyone else (a wrong token, another's attempt) → NOT_FOUND. */
async function ownAttempt(ctx: RequestContext, input: { attemptToken: string; accessToken: string }) {
  const attempt = await findAttempt<CheckoutRequest>(ctx.db, input.attemptToken);
  if (!attempt || !sameSecret(attempt.accessToken, input.accessToken)) throw domainError('NOT_FOUND', 'CHECKOUT_NOT_FOUND', 'No such checkout');
  return attempt;
}

/**
 * The checkout, as the storefront drives it: delivery options for an address, the review with exact totals, placing
 * the order (which holds stock and the coupon and opens the payment), and — once the shopper paid in the card form
 * or came back from the bank's challenge — resuming it, or asking where it stands.
 */
export const checkoutRouter = router({
  options: publicProcedure.input(optionsInput).query(async ({ ctx, input }) => (await deliveryOptions(ctx, input.cartId, input.destination)).rates),

  review: publicProcedure.input(reviewInput).query(({ ctx, input }) => reviewCheckout(ctx, input.cartId, input.destination, input.shippingOptionId)),

  place: publicProcedure.input(placeInput).mutation(({ ctx, input }) => placeOrder(ctx, input)),

  status: publicProcedure.input(attemptInput).query(async ({ ctx, input }) => checkoutView(await ownAttempt(ctx, input))),

  resume: publicProcedure.input(attemptInput).mutation(async ({ ctx, input }) => {
    const attempt = await ownAttempt(ctx, input);
    return checkoutView(await drive(ctx, attempt.token, { resumed: true, triesPerStep: LIVE_TRIES_PER_STEP }));
  }),
});

export type CheckoutRouter = typeof checkoutRouter;
