import { type CheckoutError, describeCheckoutError } from '@emporium/checkout-domain';
import type { Money } from '@emporium/money';
import { domainError } from '@emporium/platform-trpc';
import type { TRPCError } from '@trpc/server';
import type { CheckoutAttempt } from './saga-runner';

/** What the storefront shows of an attempt: never the saga's insides. */
export interface CheckoutView {
  readonly attemptToken: string;
  /** The shopper's key to this attempt and, as a guest, to the order it becomes. */
  readonly accessToken: string;
  readonly status: 'awaiting_payment' | 'processing' | 'placed' | 'failed';
  readonly total: Money;
  /** The payment to show the card form for; the secret only while the shopper has yet to pay. */
  readonly payment: { readonly id: string; readonly clientSecret: string | null } | null;
  readonly order: { readonly id: string; readonly number: string } | null;
  readonly error: { readonly reason: string; readonly message: string } | null;
}

/** `OutOfStock` → `OUT_OF_STOCK`: the stable reason clients switch on. */
export function reasonOf(error: CheckoutError): string {
  return error.type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export function checkoutView(attempt: CheckoutAttempt): CheckoutView {
  const { state } = attempt;
  const status = state.status === 'completed' ? 'placed' : state.status === 'failed' ? 'failed' : state.status === 'waiting_for_shopper' ? 'awaiting_payment' : 'processing';
  const { orderId, orderNumber } = state.outputs;
  return {
    attemptToken: attempt.token,
    accessToken: attempt.accessToken,
    status,
    total: attempt.request.snapshot.totals.total,
    payment: attempt.paymentId ? { id: attempt.paymentId, clientSecret: status === 'awaiting_payment' ? attempt.paymentSecret : null } : null,
    order: orderId && orderNumber ? { id: orderId, number: orderNumber } : null,
    error: state.status === 'failed' && state.failure ? { reason: reasonOf(state.failure.error), message: describeCheckoutError(state.failure.error) } : null,
  };
}

/** A refusal the shopper must act on, as a typed error: CONFLICT with the reason and the sentence to show. */
export function checkoutRefusal(error: CheckoutError): TRPCError {
  const details = error.type === 'OutOfStock' ? { lines: error.lines } : error.type === 'PriceChanged' ? { lines: error.lines } : {};
  const code = error.type === 'ServiceUnavailable' ? 'SERVICE_UNAVAILABLE' : 'CONFLICT';
  return domainError(code, reasonOf(error), describeCheckoutError(error), details);
}
