import { checkCurrency } from '@emporium/payment-domain';
import { getPayment, listPayments } from '@emporium/payment-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import type { CurrencyCode } from '@emporium/money';
import type { TRPCError } from '@trpc/server';
import { refuseCardData } from './card-guard';
import { actorOf } from './payment-access';
import { startPayment } from './payment-creation';
import { paymentNotFound, paymentRuleError, paymentPending } from './payment-errors';
import { perform } from './payment-operations';
import { reconcilePayment } from './payment-reconciliation';
import { staffView } from './payment-views';
import { captureInput, createLinkInput, listPaymentsInput, paymentIdInput, refundInput } from './payment.inputs';

const PAGE_SIZE = 20;
const staff = staffProcedure.use(refuseCardData);

async function found(db: Parameters<typeof getPayment>[0], id: string) {
  const payment = await getPayment(db, id);
  if (!payment) throw paymentNotFound(id);
  return payment;
}

/** A currency sent with an amount must be the payment's: an amount in another currency is not this payment's money. */
function sameCurrency(expected: string, given: CurrencyCode | undefined): TRPCError | null {
  if (!given) return null;
  const checked = checkCurrency(expected as CurrencyCode, given);
  return checked.ok ? null : paymentRuleError(checked.error, expected);
}

/** Staff follow payments and move their money: capture, void, refund — each an attempt on the timeline. */
export const paymentsAdminRouter = router({
  list: staff.input(listPaymentsInput).query(async ({ ctx, input }) => {
    const { items, total } = await listPayments(ctx.db, { ...input, pageSize: PAGE_SIZE });
    return {
      items: items.map((payment) => ({
        id: payment.id,
        reference: payment.reference,
        status: payment.status,
        amount: { amount: payment.amount, currency: payment.currency },
        gateway: payment.gateway,
        card: payment.card ? { brand: payment.card.brand, last4: payment.card.last4 } : null,
        needsReview: payment.needsReview !== null,
        createdAt: payment.createdAt,
        updatedAt: payment.updatedAt,
      })),
      total,
      page: input.page,
      pageSize: PAGE_SIZE,
    };
  }),

  get: staff.input(paymentIdInput).query(async ({ ctx, input }) => staffView(ctx.db, await found(ctx.db, input.id))),

  /** Captures everything still capturable, or `amount` of it. */
  capture: staff.input(captureInput).mutation(async ({ ctx, input }) => {
    const payment = await found(ctx.db, input.id);
    const wrongCurrency = sameCurrency(payment.currency, input.currency);
    if (wrongCurrency) throw wrongCurrency;
    await perform(ctx, payment.id, { operation: 'capture', ...(input.amount === undefined ? {} : { amount: input.amount }) }, await actorOf(ctx));
    return staffView(ctx.db, await found(ctx.db, payment.id));
  }),

  /** Cancels the authorisation (only before anything was captured) and releases the hold on the card. */
  void: staff.input(paymentIdInput).mutation(async ({ ctx, input }) => {
    await perform(ctx, (await found(ctx.db, input.id)).id, { operation: 'void' }, await actorOf(ctx));
    return staffView(ctx.db, await found(ctx.db, input.id));
  }),

  /** Refunds everything still refundable, or `amount` of it, with the reason kept on the ledger. */
  refund: staff.input(refundInput).mutation(async ({ ctx, input }) => {
    const payment = await found(ctx.db, input.id);
    const wrongCurrency = sameCurrency(payment.currency, input.currency);
    if (wrongCurrency) throw wrongCurrency;
    await perform(ctx, payment.id, { operation: 'refund', reason: input.reason, ...(input.amount === undefined ? {} : { amount: input.amount }) }, await actorOf(ctx));
    return staffView(ctx.db, await found(ctx.db, payment.id));
  }),

  /** Reads the payment back from the gateway and settles what was left unknown (what the job does every minute). */
  reconcile: staff.input(paymentIdInput).mutation(async ({ ctx, input }) => {
    const { state } = await reconcilePayment(ctx, (await found(ctx.db, input.id)).id, { includeInFlight: true });
    if (state === 'unreachable') throw paymentPending(input.id);
    return staffView(ctx.db, await found(ctx.db, input.id));
  }),

  /** A link a customer pays at (a phone order, a deposit); the secret travels in the link's fragment, never to a server log. */
  createLink: staff.input(createLinkInput).mutation(async ({ ctx, input }) => {
    const payment = await startPayment(ctx, {
      reference: input.reference,
      creationKey: `link:${crypto.randomUUID()}`,
      amount: input.amount,
      currency: input.currency,
      customerId: null,
      returnUrl: `${ctx.publicUrl}/pay/{paymentId}`,
    });
    return { paymentId: payment.payment.id, url: `${ctx.publicUrl}/pay/${payment.payment.id}#${payment.clientSecret ?? ''}` };
  }),
});
