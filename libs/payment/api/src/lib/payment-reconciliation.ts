import { getPayment, listAttempts, settleAttempt, type StoredAttempt } from '@emporium/payment-data-access';
import type { GatewayIntent } from '@emporium/payment-gateways';
import type { PaymentDeps } from './payment-deps';
import { gatewayFor } from './payment-gateways';
import { type Settlement, settleFromIntent } from './payment-recording';

export interface Reconciliation {
  /** `clear`: nothing unsettled is left; `busy`: a call may still be in flight elsewhere; `unreachable`: the gateway did not answer. */
  readonly state: 'clear' | 'busy' | 'unreachable';
  /** What each settled attempt came to, by idempotency key. */
  readonly outcomes: ReadonlyMap<string, Settlement>;
}

/** Where the browser comes back after a challenge; `{paymentId}` in the stored URL is the payment's id. */
export function returnUrlOf(payment: { readonly id: string; readonly returnUrl: string }): string {
  return payment.returnUrl.replace('{paymentId}', payment.id);
}

/** How long a pending attempt may be a call still in flight in some process (the adapter's timeout and retries). */
export function inFlightWindowMs(deps: PaymentDeps): number {
  return deps.config.PAYMENT_GATEWAY_TIMEOUT_MS * 3 + 5_000;
}

async function readBack(deps: PaymentDeps, attempt: StoredAttempt, payment: NonNullable<Awaited<ReturnType<typeof getPayment>>>): Promise<GatewayIntent | null> {
  const gateway = gatewayFor(deps.config, payment.gateway);
  if (!gateway) throw new Error(`the gateway ${payment.gateway} is not configured here`);
  if (attempt.operation === 'create') {
    // Creating moves no money: sending the very same request again is how its lost answer is read back.
    return gateway.createIntent({
      idempotencyKey: attempt.idempotencyKey,
      amount: { amount: payment.amount, currency: payment.currency as GatewayIntent['currency'] },
      reference: payment.reference,
      returnUrl: returnUrlOf(payment),
    });
  }
  if (!payment.intentId) return null;
  return gateway.retrieve({ intentId: payment.intentId });
}

/**
 * Settles a payment's attempts that are pending or unknown by reading the payment back from the gateway (`retrieve`)
 * and recording what it shows — never by repeating the operation. A pending attempt younger than the in-flight window
 * may be a call another process is still making: it is left alone (`busy`) unless `includeInFlight` (the caller made
 * it and knows it is over).
 */
export async function reconcilePayment(deps: PaymentDeps, paymentId: string, options: { readonly includeInFlight?: boolean } = {}): Promise<Reconciliation> {
  const outcomes = new Map<string, Settlement>();
  const payment = await getPayment(deps.db, paymentId);
  if (!payment || payment.needsReview) return { state: 'clear', outcomes };
  const unsettled = (await listAttempts(deps.db, paymentId)).filter((attempt) => attempt.outcome === 'pending' || attempt.outcome === 'unknown');
  for (const attempt of unsettled) {
    const inFlight = attempt.outcome === 'pending' && Date.now() - attempt.createdAt.getTime() < inFlightWindowMs(deps);
    if (inFlight && !options.includeInFlight) return { state: 'busy', outcomes };
    let intent: GatewayIntent | null;
    try {
      intent = await readBack(deps, attempt, (await getPayment(deps.db, paymentId)) ?? payment);
    } catch (error) {
      deps.logger.warn({ paymentId, attempt: attempt.idempotencyKey, err: error }, 'could not read the payment back from the gateway');
      if (attempt.outcome === 'pending') await settleAttempt(deps.db, attempt.id, 'unknown', 'not settled: the gateway could not be read');
      return { state: 'unreachable', outcomes };
    }
    if (!intent) {
      // No intent was ever created, so nothing can have moved.
      await settleAttempt(deps.db, attempt.id, 'failed', 'no gateway intent: nothing was sent');
      outcomes.set(attempt.idempotencyKey, 'failed');
      continue;
    }
    outcomes.set(attempt.idempotencyKey, await settleFromIntent(deps, paymentId, attempt, intent, 'retrieve'));
  }
  return { state: 'clear', outcomes };
}
