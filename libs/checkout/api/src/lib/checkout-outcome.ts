import type { SagaState, SagaStatus } from '@emporium/checkout-domain';
import type { CheckoutOutcome, Metrics } from '@emporium/platform-observability';

/**
 * How a saved transition ended the attempt, or undefined when it did not: `placed` once completed; when it failed,
 * `refused` for a typed refusal (out of stock, price changed, card declined…) and `failed` for everything else —
 * no answer after the retries, a crashed process, a shopper who never paid.
 */
export function checkoutOutcome(before: SagaStatus, after: SagaState): CheckoutOutcome | undefined {
  if (before === after.status) return undefined;
  if (after.status === 'completed') return 'placed';
  if (after.status === 'failed') return after.failure?.cause === 'refused' ? 'refused' : 'failed';
  return undefined;
}

/** Counts the attempt in `checkouts_total` if this saved transition ended it. Call only after the save succeeded. */
export function countCheckoutEnd(metrics: Metrics, before: SagaStatus, after: SagaState): void {
  const outcome = checkoutOutcome(before, after);
  if (outcome) metrics.checkouts.inc({ outcome });
}
