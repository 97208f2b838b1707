import { sagaAfter, T0, unwrap } from '../testing/checkout-fixtures';
import { nextAction, recoveryAction } from './next-action';
import { abandon, stepFailed, undoSucceeded, waitForShopper } from './saga-state';

const policy = { staleAfterMs: 60_000, shopperTimeoutMs: 15 * 60_000 };
const declined = { kind: 'refused', reason: { type: 'CardDeclined', reason: 'generic' } } as const;
const placedSteps = ['validate', 'reserve_stock', 'authorize_payment', 'create_order'] as const;

describe('nextAction', () => {
  it('runs the current step, counting attempts from 1', () => {
    expect(nextAction(sagaAfter(['validate']))).toEqual({ type: 'run', step: 'reserve_stock', attempt: 1 });
    const retried = unwrap(stepFailed(sagaAfter(['validate']), 'reserve_stock', { kind: 'unavailable' }, T0 + 5));
    expect(nextAction(retried)).toEqual({ type: 'run', step: 'reserve_stock', attempt: 2 });
  });

  it('waits while the shopper confirms the payment', () => {
    const waiting = unwrap(waitForShopper(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', T0 + 5));
    expect(nextAction(waiting)).toEqual({ type: 'wait_for_shopper', step: 'authorize_payment' });
  });

  it('names the undo action for the next step to undo', () => {
    const compensating = unwrap(abandon(sagaAfter(['validate', 'reserve_stock', 'authorize_payment']), 'crashed', T0 + 5));
    expect(nextAction(compensating)).toEqual({ type: 'undo', step: 'create_order', action: 'cancel_order', attempt: 1 });
    const next = unwrap(undoSucceeded(compensating, 'create_order', T0 + 6));
    expect(nextAction(next)).toMatchObject({ type: 'undo', action: 'void_payment' });
  });

  it('reports the order placed once completed', () => {
    const done = sagaAfter([...placedSteps, 'commit_stock', 'complete_cart', 'queue_confirmation'], { cartId: 'c' });
    expect(nextAction(done)).toEqual({ type: 'done', outcome: 'order_placed' });
  });

  it('reports the failure with the shopper’s reason once undone', () => {
    const failed = unwrap(undoSucceeded(unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', declined, T0 + 5)), 'reserve_stock', T0 + 6));
    expect(nextAction(failed)).toEqual({ type: 'done', outcome: 'failed', error: declined.reason });
  });
});

describe('recoveryAction', () => {
  it('leaves a finished saga alone', () => {
    const done = sagaAfter([...placedSteps, 'commit_stock', 'complete_cart', 'queue_confirmation'], { cartId: 'c' });
    expect(recoveryAction(done, T0 + 10 ** 9, policy)).toEqual({ type: 'none', reason: 'finished' });
  });

  it('leaves a saga updated recently alone: its process may still be working', () => {
    const state = sagaAfter(['validate']);
    expect(recoveryAction(state, state.updatedAt + 59_999, policy)).toEqual({ type: 'none', reason: 'in_progress' });
  });

  it('undoes a stale saga that had not reached the point of no return', () => {
    const state = sagaAfter(['validate', 'reserve_stock']);
    expect(recoveryAction(state, state.updatedAt + 60_000, policy)).toEqual({ type: 'abandon', cause: 'crashed' });
  });

  it('goes forward with an order creation left in flight: the payment is authorised and creating is idempotent', () => {
    const state = sagaAfter(['validate', 'reserve_stock', 'authorize_payment']);
    expect(recoveryAction(state, state.updatedAt + 60_000, policy)).toEqual({ type: 'forward', step: 'create_order' });
  });

  it('goes forward with a stale saga past the point of no return', () => {
    const state = sagaAfter([...placedSteps, 'commit_stock']);
    expect(recoveryAction(state, state.updatedAt + 60_000, policy)).toEqual({ type: 'forward', step: 'complete_cart' });
  });

  it('goes forward right after the order was created', () => {
    const state = sagaAfter(placedSteps);
    expect(recoveryAction(state, state.updatedAt + 60_000, policy)).toEqual({ type: 'forward', step: 'commit_stock' });
  });

  it('continues the undos of a stale compensating saga', () => {
    const compensating = unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', declined, T0 + 5));
    expect(recoveryAction(compensating, T0 + 5 + 60_000, policy)).toEqual({ type: 'undo', step: 'reserve_stock', action: 'release_stock' });
  });

  it('gives the shopper until the timeout, then undoes', () => {
    const waiting = unwrap(waitForShopper(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', T0 + 5));
    expect(recoveryAction(waiting, T0 + 5 + 14 * 60_000, policy)).toEqual({ type: 'none', reason: 'waiting_for_shopper' });
    expect(recoveryAction(waiting, T0 + 5 + 15 * 60_000, policy)).toEqual({ type: 'abandon', cause: 'shopper_timed_out' });
  });
});
