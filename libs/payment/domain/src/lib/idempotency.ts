import type { Attempt } from './attempt';

export const PAYMENT_OPERATIONS = ['authorize', 'confirm', 'capture', 'void', 'refund'] as const;
export type PaymentOperation = (typeof PAYMENT_OPERATIONS)[number];

/**
 * The idempotency key sent to the gateway for one attempt: `${paymentId}:${operation}:${sequence}`. Deterministic,
 * so a retry after a crash or a timeout computes the same key and the gateway answers it once. Throws a RangeError
 * for an empty payment id or a sequence that is not a whole number from 1.
 */
export function idempotencyKey(paymentId: string, operation: PaymentOperation, sequence: number): string {
  if (paymentId.trim() === '') throw new RangeError('An idempotency key needs a payment id');
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`An attempt's sequence is a whole number from 1 (got ${sequence})`);
  return `${paymentId}:${operation}:${sequence}`;
}

/** The sequence of a new attempt of `operation` on one payment: one more than the highest so far, from 1. */
export function nextSequence(attempts: readonly Attempt[], operation: PaymentOperation): number {
  return attempts.reduce((highest, attempt) => (attempt.operation === operation ? Math.max(highest, attempt.sequence) : highest), 0) + 1;
}

/** The latest attempt still pending or unknown (of `operation`, or of any operation when it is omitted), or null. */
export function unsettledAttempt(attempts: readonly Attempt[], operation?: PaymentOperation): Attempt | null {
  return (
    attempts.findLast(
      (attempt) => (operation === undefined || attempt.operation === operation) && (attempt.outcome === 'pending' || attempt.outcome === 'unknown'),
    ) ?? null
  );
}

/** What key to call the gateway with: a retry of an unsettled attempt, or a new attempt. */
export type AttemptPlan =
  | { readonly type: 'retry'; readonly attempt: Attempt }
  | { readonly type: 'new'; readonly operation: PaymentOperation; readonly sequence: number; readonly idempotencyKey: string };

/**
 * The rule for keys: while an attempt of `operation` is pending or unknown, a call repeats it with the same key
 * (the gateway then answers the first request rather than doing it twice; reconcile it first where the gateway can
 * be read — see `reconcileDecision`); only when every attempt is settled does a new one get the next sequence.
 */
export function planAttempt(paymentId: string, attempts: readonly Attempt[], operation: PaymentOperation): AttemptPlan {
  const unsettled = unsettledAttempt(attempts, operation);
  if (unsettled) return { type: 'retry', attempt: unsettled };
  const sequence = nextSequence(attempts, operation);
  return { type: 'new', operation, sequence, idempotencyKey: idempotencyKey(paymentId, operation, sequence) };
}
