import type { StoredAttempt } from '@emporium/payment-data-access';
import type { PaymentDeps } from './payment-deps';
import { reconcilePayment } from './payment-reconciliation';

/** How often one process reads one payment back for a waiting page. */
const MIN_INTERVAL_MS = 5_000;
const lastTried = new Map<string, number>();

/**
 * Starts reading the payment back when a call's outcome is unknown and this process has not tried in the last few
 * seconds. It runs beside the request, not in it (a gateway that is down would hold the page's poll for its whole
 * timeout): the page's next poll sees the outcome. Failures are left to the next try or the reconciliation job.
 */
export function settleSoon(deps: PaymentDeps, paymentId: string, attempts: readonly StoredAttempt[], now = Date.now()): void {
  if (!attempts.some((attempt) => attempt.outcome === 'unknown')) return;
  if (now - (lastTried.get(paymentId) ?? 0) < MIN_INTERVAL_MS) return;
  lastTried.set(paymentId, now);
  if (lastTried.size > 10_000) lastTried.clear();
  void reconcilePayment(deps, paymentId).catch((error: unknown) => deps.logger.warn({ paymentId, err: error }, 'reading the payment back failed'));
}
