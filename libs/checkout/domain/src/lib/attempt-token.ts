import type { Money } from '@emporium/money';
import type { Result } from './result';
import type { SagaOutputs, SagaStatus } from './saga-state';

/**
 * One checkout attempt per cart contents. The token is `checkout:<cartId>:<fingerprint>:<sequence>`: the cart, what
 * is in it (its version, or `contentFingerprint`), and which attempt at that content it is (1 unless an earlier one
 * failed). The service stores each saga under a UNIQUE constraint on the token and passes the token as the
 * idempotency key of every step (stock reservation, payment authorisation, order creation…). So a double click,
 * a client retry or two tabs submitting the same cart all compute the same token: one INSERT wins, the others hit
 * the constraint, read the winner's saga and answer with `onSubmit` — one order, one payment.
 * A changed cart gives another fingerprint, so it is another attempt (and the running one meets `CartChanged`).
 */
export type AttemptTokenRefused =
  | { readonly type: 'InvalidCartId'; readonly cartId: string }
  | { readonly type: 'InvalidFingerprint'; readonly fingerprint: string }
  | { readonly type: 'InvalidSequence'; readonly sequence: number };

export function attemptKey(cartId: string, fingerprint: number | string, sequence = 1): Result<string, AttemptTokenRefused> {
  if (cartId.trim() === '' || cartId.includes(':')) return { ok: false, error: { type: 'InvalidCartId', cartId } };
  const print = String(fingerprint);
  if (print.trim() === '' || print.includes(':') || (typeof fingerprint === 'number' && !(Number.isSafeInteger(fingerprint) && fingerprint >= 0))) {
    return { ok: false, error: { type: 'InvalidFingerprint', fingerprint: print } };
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) return { ok: false, error: { type: 'InvalidSequence', sequence } };
  return { ok: true, value: `checkout:${cartId}:${print}:${sequence}` };
}

/** Two tokens name the same attempt: same cart, same contents, same sequence. */
export function sameAttempt(a: string, b: string): boolean {
  return a === b;
}

export interface CartLineSnapshot {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: Money;
}

/**
 * A canonical text of what the shopper is buying — lines sorted by SKU, quantities, unit prices, coupon — so the
 * same contents give the same fingerprint whatever order the lines are in. The service may hash it (the domain has
 * no crypto). Use it when the cart has no version number that changes on every edit.
 */
export function contentFingerprint(lines: readonly CartLineSnapshot[], couponCode?: string): string {
  const parts = [...lines]
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))
    .map((line) => `${encodeURIComponent(line.sku)}x${line.quantity}@${line.unitPrice.amount}${line.unitPrice.currency}`);
  const coupon = couponCode === undefined ? '' : `|coupon=${encodeURIComponent(couponCode)}`;
  return `${parts.join(',')}${coupon}`.replaceAll(':', '%3A');
}

/** What a submit answers once it found an attempt already stored under its token (or none). */
export type SubmitDecision =
  | { readonly type: 'start' }
  | { readonly type: 'join'; readonly status: 'running' | 'waiting_for_shopper' | 'compensating' }
  | { readonly type: 'already_placed'; readonly orderId: string | undefined }
  | { readonly type: 'retry_as_new_attempt'; readonly sequence: number };

/**
 * A repeated submit never starts a second saga for one attempt: it joins the one in flight (the storefront polls it)
 * or is told the order is already placed. Only after an attempt *failed* (card declined, out of stock…) may the
 * shopper try again with the same cart: that is a new attempt with the next sequence — parallel retries again
 * compute the same token, so they too collapse to one.
 */
export function onSubmit(existing: { readonly status: SagaStatus; readonly outputs: SagaOutputs; readonly sequence: number } | undefined): SubmitDecision {
  if (existing === undefined) return { type: 'start' };
  switch (existing.status) {
    case 'running':
    case 'waiting_for_shopper':
    case 'compensating':
      return { type: 'join', status: existing.status };
    case 'completed':
      return { type: 'already_placed', orderId: existing.outputs.orderId };
    case 'failed':
      return { type: 'retry_as_new_attempt', sequence: existing.sequence + 1 };
  }
}
