import type { PaymentOperation } from './idempotency';

/**
 * `pending`: sent, no answer yet. `unknown`: the call ended without an answer we can trust (timeout, crash, 5xx) —
 * the gateway may or may not have done it. `succeeded` / `failed`: settled.
 */
export const ATTEMPT_OUTCOMES = ['pending', 'succeeded', 'failed', 'unknown'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** One call to the gateway for one operation on one payment. */
export interface Attempt {
  readonly id: string;
  readonly operation: PaymentOperation;
  readonly sequence: number;
  readonly idempotencyKey: string;
  /** Minor units asked for; absent means the whole (e.g. a capture of everything capturable). */
  readonly amount?: number;
  readonly outcome: AttemptOutcome;
}
