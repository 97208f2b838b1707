import { getPayment, listAttempts } from '@emporium/payment-data-access';
import { internalProcedure, publicProcedure, router } from '@emporium/platform-trpc';
import { refuseCardData } from './card-guard';
import { accessiblePayment, actorOf } from './payment-access';
import { startPayment } from './payment-creation';
import { gatewayNotConfigured, paymentNotFound } from './payment-errors';
import { defaultGateway } from './payment-gateways';
import { perform } from './payment-operations';
import { settleSoon } from './payment-settle-soon';
import { customerView } from './payment-views';
import { paymentsAdminRouter } from './payments-admin.router';
import { paymentsInternalRouter } from './payments-internal.router';
import { authorizeInput, createPaymentInput, paymentAccessInput } from './payment.inputs';

const shopper = publicProcedure.use(refuseCardData);

/**
 * The payment service. The checkout creates a payment for the amount it computed (internal); the shopper's browser
 * collects the card at the gateway, then authorises and (after a challenge) confirms here with the token; staff
 * capture, void and refund (admin).
 */
export const paymentRouter = router({
  /** For the checkout: a payment of `amount` for `reference`, once per `creationKey`; the client secret goes to the browser. */
  create: internalProcedure
    .use(refuseCardData)
    .input(createPaymentInput)
    .mutation(async ({ ctx, input }) => {
      const { payment, clientSecret } = await startPayment(ctx, input);
      return { payment: await customerView(ctx.db, payment), clientSecret };
    }),

  /** What the storefront needs to show the card form of the gateway that takes payments (publishable keys only). */
  clientConfig: publicProcedure.query(({ ctx }) => {
    const gateway = defaultGateway(ctx.config);
    if (!gateway) throw gatewayNotConfigured(ctx.config.PAYMENT_GATEWAY ?? 'any');
    return gateway.clientConfig();
  }),

  /**
   * The payment as its payer sees it. While a call's outcome is unknown, asking also starts reading the payment back
   * from the gateway (at most every few seconds a payment), so a page polling "processing" settles without the job.
   */
  get: shopper.input(paymentAccessInput).query(async ({ ctx, input }) => {
    const payment = await accessiblePayment(ctx, input.paymentId, input.clientSecret);
    const attempts = await listAttempts(ctx.db, payment.id);
    settleSoon(ctx, payment.id, attempts);
    return customerView(ctx.db, payment, attempts);
  }),

  /**
   * Authorises the payment with the token the gateway's card form gave the browser. A decline leaves it payable with
   * another card (`decline` says why); a challenge answers `nextAction`. Asking again once authorised changes nothing.
   */
  authorize: shopper.input(authorizeInput).mutation(async ({ ctx, input }) => {
    const payment = await accessiblePayment(ctx, input.paymentId, input.clientSecret);
    if (payment.status === 'requires_payment_method') await perform(ctx, payment.id, { operation: 'authorize', paymentMethod: input.paymentMethod }, await actorOf(ctx));
    return customerView(ctx.db, (await getPayment(ctx.db, payment.id)) ?? payment);
  }),

  /** After the shopper's challenge: reads the outcome from the gateway. Asking again changes nothing. */
  confirm: shopper.input(paymentAccessInput).mutation(async ({ ctx, input }) => {
    const payment = await accessiblePayment(ctx, input.paymentId, input.clientSecret);
    if (payment.status === 'requires_action') await perform(ctx, payment.id, { operation: 'confirm' }, await actorOf(ctx));
    const after = await getPayment(ctx.db, payment.id);
    if (!after) throw paymentNotFound(payment.id);
    return customerView(ctx.db, after);
  }),

  internal: paymentsInternalRouter,
  admin: paymentsAdminRouter,
});

export type PaymentRouter = typeof paymentRouter;
