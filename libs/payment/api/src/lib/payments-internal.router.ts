import { amounts } from '@emporium/payment-domain';
import { getPayment, listAttempts, loadLedger, type Payment } from '@emporium/payment-data-access';
import type { Database } from '@emporium/platform-db';
import { internalProcedure, router } from '@emporium/platform-trpc';
import { z } from 'zod';
import { abandonPayment } from './payment-abandon';
import { paymentNotFound } from './payment-errors';
import { perform } from './payment-operations';
import { customerView } from './payment-views';

const SERVICE = 'service';
const id = z.uuid({ error: 'Not a valid id' });
const minor = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const requestKey = z.string().trim().min(1).max(200);

async function found(db: Database, paymentId: string): Promise<Payment> {
  const payment = await getPayment(db, paymentId);
  if (!payment) throw paymentNotFound(paymentId);
  return payment;
}

/** What another service reads: the payer's view (status, decline, challenge) and the money's amounts. */
async function serviceView(db: Database, paymentId: string) {
  const payment = await found(db, paymentId);
  const [view, ledger] = await Promise.all([customerView(db, payment, await listAttempts(db, payment.id)), loadLedger(db, payment.id)]);
  return { ...view, amounts: amounts(ledger) };
}

/**
 * For the checkout and the order service: authorise with the card form's token and confirm after a challenge (the
 * checkout holds no client secret), move an order's money under the caller's own request key (a retried call is the
 * same request), and give up a payment whose order was never placed.
 */
export const paymentsInternalRouter = router({
  get: internalProcedure.input(z.object({ paymentId: id }).strict()).query(({ ctx, input }) => serviceView(ctx.db, input.paymentId)),

  authorize: internalProcedure
    .input(z.object({ paymentId: id, paymentMethod: z.string().regex(/^[A-Za-z0-9_]{3,100}$/, 'Not a payment method from the card form') }).strict())
    .mutation(async ({ ctx, input }) => {
      const payment = await found(ctx.db, input.paymentId);
      if (payment.status === 'requires_payment_method') await perform(ctx, payment.id, { operation: 'authorize', paymentMethod: input.paymentMethod }, SERVICE);
      return serviceView(ctx.db, payment.id);
    }),

  confirm: internalProcedure.input(z.object({ paymentId: id }).strict()).mutation(async ({ ctx, input }) => {
    const payment = await found(ctx.db, input.paymentId);
    if (payment.status === 'requires_action') await perform(ctx, payment.id, { operation: 'confirm' }, SERVICE);
    return serviceView(ctx.db, payment.id);
  }),

  capture: internalProcedure.input(z.object({ paymentId: id, amount: minor.optional(), requestKey }).strict()).mutation(async ({ ctx, input }) => {
    await perform(ctx, input.paymentId, { operation: 'capture', requestKey: input.requestKey, ...(input.amount === undefined ? {} : { amount: input.amount }) }, SERVICE);
    return serviceView(ctx.db, input.paymentId);
  }),

  void: internalProcedure.input(z.object({ paymentId: id, requestKey }).strict()).mutation(async ({ ctx, input }) => {
    await perform(ctx, input.paymentId, { operation: 'void', requestKey: input.requestKey }, SERVICE);
    return serviceView(ctx.db, input.paymentId);
  }),

  refund: internalProcedure
    .input(z.object({ paymentId: id, amount: minor, reason: z.string().trim().min(1).max(500), requestKey }).strict())
    .mutation(async ({ ctx, input }) => {
      await perform(ctx, input.paymentId, { operation: 'refund', amount: input.amount, reason: input.reason, requestKey: input.requestKey }, SERVICE);
      return serviceView(ctx.db, input.paymentId);
    }),

  /** The checkout's undo: void an authorisation, cancel a payment still waiting; nothing if already closed. */
  abandon: internalProcedure.input(z.object({ paymentId: id }).strict()).mutation(async ({ ctx, input }) => {
    await abandonPayment(ctx, input.paymentId, SERVICE);
    return serviceView(ctx.db, input.paymentId);
  }),
});
