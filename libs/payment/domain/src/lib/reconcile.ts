import type { Attempt } from './attempt';
import { amounts, type Ledger, type LedgerEntry, type PaymentAmounts } from './ledger';
import type { PaymentStatus } from './payment-status';

/** The payment intent as the gateway reports it when read back, mapped by the gateway adapter to our statuses. */
export interface RetrievedIntent {
  readonly status: PaymentStatus;
  readonly amountAuthorized: number;
  readonly amountCaptured: number;
  readonly amountRefunded: number;
}

/**
 * What to record for an attempt once the gateway has been read:
 * - `succeeded`: append `entries` (possibly none: already recorded) and mark the attempt succeeded;
 * - `failed`: the gateway shows it did not happen; mark it failed — a new attempt takes the next sequence;
 * - `action_required`: an authorisation waits for the shopper (3-D Secure); the attempt stays pending;
 * - `needs_review`: the gateway and the ledger disagree in a way no rule here explains; a person decides.
 * Never "retry blindly": the only way to repeat an unknown call is with its own key (see `planAttempt`).
 */
export type ReconcileDecision =
  | { readonly type: 'succeeded'; readonly entries: readonly LedgerEntry[] }
  | { readonly type: 'failed' }
  | { readonly type: 'action_required' }
  | { readonly type: 'needs_review'; readonly reason: string };

const NOT_AUTHORIZED: readonly PaymentStatus[] = ['requires_payment_method', 'failed', 'cancelled', 'expired'];
const CAPTURE_CLOSED: readonly PaymentStatus[] = ['captured', 'partially_refunded', 'refunded'];

/**
 * Decides the outcome of an attempt (usually one whose outcome is `unknown`) from the intent read back from the
 * gateway and the ledger as recorded. The gateway's totals are compared with the ledger's: what the gateway holds
 * beyond the ledger is what the attempt did. Entries are dated `at` and referenced by the attempt's idempotency key,
 * which makes a second reconciliation of the same attempt a no-op. The decision assumes one operation is in flight
 * per payment (see `planAttempt`); any movement it cannot attribute to the attempt is `needs_review`.
 */
export function reconcileDecision(attempt: Attempt, retrieved: RetrievedIntent, ledger: Ledger, at: Date): ReconcileDecision {
  if (ledger.some((entry) => entry.reference === attempt.idempotencyKey)) return { type: 'succeeded', entries: [] };
  const ours = amounts(ledger);
  const delta = deltas(ours, retrieved);
  const behind = (Object.keys(delta) as (keyof typeof delta)[]).find((key) => delta[key] < 0);
  if (behind) return review(`the gateway shows less ${behind} (${retrieved[AMOUNT_FIELDS[behind]]}) than the ledger (${ours[behind]})`);
  const entry = (kind: LedgerEntry['kind'], amount: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
    kind,
    amount,
    at,
    reference: attempt.idempotencyKey,
    ...extra,
  });
  const finalCapture = CAPTURE_CLOSED.includes(retrieved.status) && retrieved.amountCaptured < retrieved.amountAuthorized;

  switch (attempt.operation) {
    case 'authorize':
    case 'confirm': {
      if (delta.refunded > 0) return review(`a refund of ${delta.refunded} the ledger does not hold`);
      if (delta.authorized === 0) {
        if (delta.captured > 0) return review(`a capture of ${delta.captured} the ledger does not hold`);
        if (retrieved.status === 'requires_action') return { type: 'action_required' };
        if (NOT_AUTHORIZED.includes(retrieved.status)) return { type: 'failed' };
        return review(`the gateway reports ${retrieved.status} but holds no authorisation beyond the ledger`);
      }
      const mismatch = amountMismatch(attempt, delta.authorized);
      if (mismatch) return mismatch;
      // A gateway set to capture automatically authorises and captures in one call.
      const capture = delta.captured > 0 ? [entry('capture', delta.captured, finalCapture ? { final: true } : {})] : [];
      return { type: 'succeeded', entries: [entry('authorization', delta.authorized), ...capture] };
    }
    case 'capture': {
      if (delta.authorized > 0 || delta.refunded > 0) return review('the gateway holds an authorisation or refund the ledger does not');
      if (delta.captured === 0) return { type: 'failed' };
      return amountMismatch(attempt, delta.captured) ?? { type: 'succeeded', entries: [entry('capture', delta.captured, finalCapture ? { final: true } : {})] };
    }
    case 'refund': {
      if (delta.authorized > 0 || delta.captured > 0) return review('the gateway holds an authorisation or capture the ledger does not');
      if (delta.refunded === 0) return { type: 'failed' };
      return amountMismatch(attempt, delta.refunded) ?? { type: 'succeeded', entries: [entry('refund', delta.refunded)] };
    }
    case 'void': {
      if (delta.authorized > 0 || delta.captured > 0 || delta.refunded > 0) return review('the gateway holds money movements the ledger does not');
      if (retrieved.status === 'cancelled') return { type: 'succeeded', entries: [entry('void', ours.capturable)] };
      if (retrieved.status === 'authorized') return { type: 'failed' };
      return review(`the void's outcome is unclear: the gateway reports ${retrieved.status}`);
    }
  }
}

const AMOUNT_FIELDS = { authorized: 'amountAuthorized', captured: 'amountCaptured', refunded: 'amountRefunded' } as const;

function deltas(ours: PaymentAmounts, retrieved: RetrievedIntent): { authorized: number; captured: number; refunded: number } {
  for (const field of Object.values(AMOUNT_FIELDS)) {
    const value = retrieved[field];
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`A retrieved ${field} must be a whole number of minor units, 0 or more (got ${value})`);
  }
  return {
    authorized: retrieved.amountAuthorized - ours.authorized,
    captured: retrieved.amountCaptured - ours.captured,
    refunded: retrieved.amountRefunded - ours.refunded,
  };
}

function amountMismatch(attempt: Attempt, moved: number): ReconcileDecision | null {
  if (attempt.amount === undefined || attempt.amount === moved) return null;
  return review(`the attempt asked for ${attempt.amount} but the gateway moved ${moved}`);
}

function review(reason: string): ReconcileDecision {
  return { type: 'needs_review', reason };
}
