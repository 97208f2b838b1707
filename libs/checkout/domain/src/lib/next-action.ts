import type { CheckoutError } from './checkout-error';
import { isForwardOnly, POINT_OF_NO_RETURN, type SagaStep, STEP_UNDO, type UndoAction } from './saga-steps';
import { currentStep, isPastPointOfNoReturn, nextUndo, type SagaState } from './saga-state';

/** What the orchestrator does now. `attempt` counts from 1 (retries + 1), for logs and back-off. */
export type NextAction =
  | { readonly type: 'run'; readonly step: SagaStep; readonly attempt: number }
  | { readonly type: 'undo'; readonly step: SagaStep; readonly action: UndoAction; readonly attempt: number }
  | { readonly type: 'wait_for_shopper'; readonly step: SagaStep }
  | { readonly type: 'done'; readonly outcome: 'order_placed' }
  | { readonly type: 'done'; readonly outcome: 'failed'; readonly error: CheckoutError };

export function nextAction(state: SagaState): NextAction {
  switch (state.status) {
    case 'running':
      return { type: 'run', step: currentStep(state), attempt: state.retries + 1 };
    case 'waiting_for_shopper':
      return { type: 'wait_for_shopper', step: currentStep(state) };
    case 'compensating':
      return undoAction(state);
    case 'completed':
      return { type: 'done', outcome: 'order_placed' };
    case 'failed':
      return { type: 'done', outcome: 'failed', error: state.failure?.error ?? { type: 'ServiceUnavailable' } };
  }
}

export interface RecoveryPolicy {
  /** A running or compensating saga not updated for this long belongs to a dead process. */
  readonly staleAfterMs: number;
  /** How long a shopper has to finish 3-D Secure before the checkout is undone. */
  readonly shopperTimeoutMs: number;
}

/**
 * What the recovery job does with one stored saga. It only ever goes one way:
 * - `forward`: past the point of no return, run the remaining step again (same idempotency key), then keep
 *   following `nextAction` — it only ever says `run` from here.
 * - `abandon`: before the point of no return, call `abandon(state, cause, now)` and follow `nextAction`, which then
 *   only says `undo` (the step in flight included).
 * - `undo`: it was already compensating: continue the undos.
 * - `none`: finished, or still fresh (its process may be alive), or the shopper still has time.
 */
export type RecoveryAction =
  | { readonly type: 'none'; readonly reason: 'finished' | 'in_progress' | 'waiting_for_shopper' }
  | { readonly type: 'forward'; readonly step: SagaStep }
  | { readonly type: 'abandon'; readonly cause: 'crashed' | 'shopper_timed_out' }
  | { readonly type: 'undo'; readonly step: SagaStep; readonly action: UndoAction };

export function recoveryAction(state: SagaState, now: number, policy: RecoveryPolicy): RecoveryAction {
  const idle = now - state.updatedAt;
  switch (state.status) {
    case 'completed':
    case 'failed':
      return { type: 'none', reason: 'finished' };
    case 'waiting_for_shopper':
      return idle < policy.shopperTimeoutMs ? { type: 'none', reason: 'waiting_for_shopper' } : { type: 'abandon', cause: 'shopper_timed_out' };
    case 'running': {
      if (idle < policy.staleAfterMs) return { type: 'none', reason: 'in_progress' };
      const step = currentStep(state);
      // An order creation in flight goes forward too: the payment is authorised and creating is idempotent per
      // attempt, so the shopper gets the order they paid for rather than a refund.
      const forward = isPastPointOfNoReturn(state) || isForwardOnly(step) || step === POINT_OF_NO_RETURN;
      return forward ? { type: 'forward', step } : { type: 'abandon', cause: 'crashed' };
    }
    case 'compensating': {
      if (idle < policy.staleAfterMs) return { type: 'none', reason: 'in_progress' };
      const { step, action } = undoAction(state);
      return { type: 'undo', step, action };
    }
  }
}

function undoAction(state: SagaState): Extract<NextAction, { type: 'undo' }> {
  const step = nextUndo(state);
  const action = step === null ? null : STEP_UNDO[step];
  if (step === null || action === null) throw new RangeError('A compensating saga has an undo left to run');
  return { type: 'undo', step, action, attempt: state.retries + 1 };
}
