import type { SagaState } from '@emporium/checkout-domain';
import type { StoredAttempt } from '@emporium/checkout-data-access';
import type { PaymentService } from '@emporium/payment-api';
import type { RequestContext } from '@emporium/platform-trpc';
import type { CheckoutRequest } from './checkout-request';

/** What a step or an undo works with: the calling context (its typed clients), the attempt and its state now. */
export interface SagaEnv {
  readonly ctx: RequestContext;
  readonly attempt: StoredAttempt<CheckoutRequest>;
  readonly state: SagaState;
  /** A card form token given with the order (API clients): authorise at once instead of waiting for the shopper. */
  readonly paymentMethod?: string;
  /** The shopper says they have paid (back from the card form or the bank's challenge): look again. */
  readonly resumed: boolean;
  /** The payment exists: remember its id and (first time only) the payer's secret for the card form. */
  readonly onPaymentCreated: (paymentId: string, clientSecret: string | null) => Promise<void>;
}

/** How long reserved stock is held: longer than a shopper may take to pay, so the sweep lets it go first. */
export function reservationTtlSeconds(ctx: RequestContext): number {
  return Math.min(86_400, Math.ceil(ctx.config.CHECKOUT_SHOPPER_TIMEOUT_MS / 1000) + 600);
}

/**
 * The attempt's payment, for the order's total: created on first call, answered again (without the payer's secret)
 * on every later one with the same creation key — how both the step and its undo find it.
 */
export function attemptPayment(env: SagaEnv) {
  const { token, request } = env.attempt;
  const total = request.snapshot.totals.total;
  return env.ctx.services.client<PaymentService>('payment').create.mutate({
    reference: token.slice(0, 120),
    creationKey: token,
    amount: total.amount,
    currency: total.currency,
    customerId: request.customerId,
    returnUrl: request.returnUrl,
  });
}
