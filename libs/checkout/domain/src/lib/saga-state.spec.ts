import { OUTPUTS, refusal, sagaAfter, succeed, T0, TOKEN, unwrap } from '../testing/checkout-fixtures';
import {
  abandon,
  currentStep,
  isPastPointOfNoReturn,
  nextUndo,
  resume,
  start,
  stepFailed,
  stepSucceeded,
  undoFailed,
  undoSucceeded,
  waitForShopper,
} from './saga-state';

const outOfStock = { kind: 'refused', reason: { type: 'OutOfStock', lines: [{ sku: 'MUG', requested: 2, available: 0 }] } } as const;
const declined = { kind: 'refused', reason: { type: 'CardDeclined', reason: 'generic' } } as const;
const unavailable = { kind: 'unavailable' } as const;

describe('start', () => {
  it('begins running at validate with nothing done', () => {
    const state = unwrap(start(TOKEN, { cartId: 'cart_1' }, T0));
    expect(state).toMatchObject({ attemptToken: TOKEN, status: 'running', current: 'validate', completed: [], retries: 0, updatedAt: T0 });
  });

  it('refuses an empty attempt token or cart id', () => {
    expect(refusal(start(' ', { cartId: 'cart_1' }, T0))).toEqual({ type: 'InvalidStart', field: 'attemptToken' });
    expect(refusal(start(TOKEN, { cartId: '' }, T0))).toEqual({ type: 'InvalidStart', field: 'cartId' });
  });
});

describe('stepSucceeded', () => {
  it('records the step, keeps its output and moves to the next step', () => {
    const state = sagaAfter(['validate', 'reserve_stock']);
    expect(state.completed).toEqual(['validate', 'reserve_stock']);
    expect(state.current).toBe('authorize_payment');
    expect(state.outputs).toMatchObject({ total: OUTPUTS.validate.total, reservationId: 'res_1' });
  });

  it('refuses a step reported out of order', () => {
    const state = sagaAfter(['validate']);
    expect(refusal(stepSucceeded(state, 'authorize_payment', { paymentId: 'p' }, T0 + 9))).toEqual({
      type: 'StepOutOfOrder',
      expected: 'reserve_stock',
      got: 'authorize_payment',
    });
  });

  it('refuses a step reported twice (a late duplicate report)', () => {
    const state = sagaAfter(['validate', 'reserve_stock']);
    expect(refusal(stepSucceeded(state, 'reserve_stock', { reservationId: 'res_2' }, T0 + 9))).toMatchObject({ type: 'StepOutOfOrder' });
  });

  it('completes after the last step, with no current step', () => {
    const coupon = { cartId: 'cart_1', couponCodes: ['SAVE10'] };
    const state = sagaAfter(['validate', 'reserve_stock', 'redeem_coupon', 'authorize_payment', 'create_order', 'commit_stock', 'complete_cart', 'queue_confirmation'], coupon);
    expect(state.status).toBe('completed');
    expect(state.current).toBeUndefined();
    expect(state.outputs).toMatchObject({ orderId: 'ord_1', paymentId: 'pay_1' });
  });

  it('goes from commit_stock straight to complete_cart when there is no coupon', () => {
    const state = sagaAfter(['validate', 'reserve_stock', 'authorize_payment', 'create_order', 'commit_stock'], { cartId: 'cart_1' });
    expect(state.current).toBe('complete_cart');
  });

  it('refuses any report once the saga is completed', () => {
    const done = sagaAfter(['validate', 'reserve_stock', 'authorize_payment', 'create_order', 'commit_stock', 'complete_cart', 'queue_confirmation'], { cartId: 'c' });
    expect(refusal(stepSucceeded(done, 'queue_confirmation', {}, T0 + 99))).toEqual({ type: 'NotRunning', status: 'completed' });
  });

  it('stamps the caller’s clock', () => {
    expect(succeed(sagaAfter([]), 'validate', T0 + 500).updatedAt).toBe(T0 + 500);
  });
});

describe('stepFailed before the point of no return', () => {
  it('fails at once when validation refuses: nothing was done, nothing to undo', () => {
    const state = unwrap(stepFailed(sagaAfter([]), 'validate', outOfStock, T0 + 5));
    expect(state.status).toBe('failed');
    expect(state.failure).toEqual({ step: 'validate', cause: 'refused', error: outOfStock.reason });
    expect(state.undoPlan).toEqual([]);
  });

  it('undoes the reservation when the card is declined, and not the declined payment itself', () => {
    const state = unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', declined, T0 + 5));
    expect(state.status).toBe('compensating');
    expect(state.undoPlan).toEqual(['reserve_stock']);
    expect(state.current).toBeUndefined();
  });

  it('retries an unavailable step up to the limit, then undoes it too because it may have happened', () => {
    let state = sagaAfter(['validate', 'reserve_stock']);
    for (let i = 1; i <= 3; i++) {
      state = unwrap(stepFailed(state, 'authorize_payment', unavailable, T0 + 10 + i));
      expect(state).toMatchObject({ status: 'running', current: 'authorize_payment', retries: i });
    }
    state = unwrap(stepFailed(state, 'authorize_payment', unavailable, T0 + 20));
    expect(state.status).toBe('compensating');
    expect(state.undoPlan).toEqual(['authorize_payment', 'reserve_stock']);
    expect(state.failure).toMatchObject({ cause: 'unavailable', error: { type: 'ServiceUnavailable' } });
  });

  it('takes the retry limit from the policy', () => {
    const state = unwrap(stepFailed(sagaAfter(['validate']), 'reserve_stock', unavailable, T0 + 5, { retryLimit: 0 }));
    expect(state.undoPlan).toEqual(['reserve_stock']);
  });

  it('resets the retry count once the step succeeds', () => {
    const retried = unwrap(stepFailed(sagaAfter(['validate']), 'reserve_stock', unavailable, T0 + 5));
    expect(succeed(retried, 'reserve_stock').retries).toBe(0);
  });

  it('plans the undos latest first: order, payment, stock', () => {
    const state = unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock', 'authorize_payment']), 'create_order', outOfStock, T0 + 5));
    expect(state.undoPlan).toEqual(['authorize_payment', 'reserve_stock']);
  });
});

describe('stepFailed after the point of no return', () => {
  const placed = () => sagaAfter(['validate', 'reserve_stock', 'authorize_payment', 'create_order']);

  it('retries an unavailable step without limit and never undoes', () => {
    let state = placed();
    for (let i = 0; i < 20; i++) state = unwrap(stepFailed(state, 'commit_stock', unavailable, T0 + 100 + i));
    expect(state).toMatchObject({ status: 'running', current: 'commit_stock', retries: 20, undoPlan: [] });
  });

  it('notes a refusal for staff and moves on: the paid order stands', () => {
    const afterCommit = succeed(placed(), 'commit_stock');
    const cartGone = { kind: 'refused', reason: { type: 'CartChanged' } } as const;
    const state = unwrap(stepFailed(afterCommit, 'complete_cart', cartGone, T0 + 50));
    expect(state.status).toBe('running');
    expect(state.current).toBe('queue_confirmation');
    expect(state.attention).toEqual([{ step: 'complete_cart', reason: cartGone.reason }]);
    expect(state.failure).toBeUndefined();
  });

  it('undoes a coupon redeemed before a declined card, with the stock', () => {
    const coupon = { cartId: 'cart_1', couponCodes: ['SAVE10'] };
    const declinedCard = { kind: 'refused', reason: { type: 'CardDeclined', reason: 'generic' } } as const;
    const state = unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock', 'redeem_coupon'], coupon), 'authorize_payment', declinedCard, T0 + 9));
    expect(state.undoPlan).toEqual(['redeem_coupon', 'reserve_stock']);
  });
});

describe('waiting for the shopper', () => {
  const authorising = () => sagaAfter(['validate', 'reserve_stock']);

  it('pauses the payment step for 3-D Secure and resumes it', () => {
    const waiting = unwrap(waitForShopper(authorising(), 'authorize_payment', T0 + 5));
    expect(waiting).toMatchObject({ status: 'waiting_for_shopper', current: 'authorize_payment' });
    const resumed = unwrap(resume(waiting, T0 + 6));
    expect(resumed).toMatchObject({ status: 'running', current: 'authorize_payment' });
  });

  it('accepts the payment confirmed while waiting (a webhook)', () => {
    const waiting = unwrap(waitForShopper(authorising(), 'authorize_payment', T0 + 5));
    expect(succeed(waiting, 'authorize_payment')).toMatchObject({ status: 'running', current: 'create_order' });
  });

  it('undoes the reservation when 3-D Secure fails', () => {
    const waiting = unwrap(waitForShopper(authorising(), 'authorize_payment', T0 + 5));
    const failed = unwrap(stepFailed(waiting, 'authorize_payment', { kind: 'refused', reason: { type: 'AuthenticationFailed' } }, T0 + 6));
    expect(failed.undoPlan).toEqual(['reserve_stock']);
  });

  it('refuses to wait on a step that never needs the shopper', () => {
    expect(refusal(waitForShopper(sagaAfter(['validate']), 'reserve_stock', T0 + 5))).toEqual({ type: 'CannotWaitForShopper', step: 'reserve_stock' });
  });

  it('refuses to resume a saga that is not waiting', () => {
    expect(refusal(resume(authorising(), T0 + 5))).toEqual({ type: 'NotWaitingForShopper', status: 'running' });
  });
});

describe('abandon', () => {
  it('undoes the completed steps and the step in flight after a crash', () => {
    const state = unwrap(abandon(sagaAfter(['validate', 'reserve_stock', 'authorize_payment']), 'crashed', T0 + 60_000));
    expect(state.undoPlan).toEqual(['create_order', 'authorize_payment', 'reserve_stock']);
    expect(state.failure).toEqual({ step: 'create_order', cause: 'crashed', error: { type: 'ServiceUnavailable' } });
  });

  it('voids the payment and releases stock when the shopper never finishes 3-D Secure', () => {
    const waiting = unwrap(waitForShopper(sagaAfter(['validate', 'reserve_stock']), 'authorize_payment', T0 + 5));
    const state = unwrap(abandon(waiting, 'shopper_timed_out', T0 + 999_999));
    expect(state.undoPlan).toEqual(['authorize_payment', 'reserve_stock']);
    expect(state.failure?.error).toEqual({ type: 'ShopperTimedOut' });
  });

  it('fails at once when nothing with an undo was touched', () => {
    expect(unwrap(abandon(sagaAfter([]), 'crashed', T0 + 5)).status).toBe('failed');
  });

  it('refuses past the point of no return', () => {
    const placed = sagaAfter(['validate', 'reserve_stock', 'authorize_payment', 'create_order']);
    expect(isPastPointOfNoReturn(placed)).toBe(true);
    expect(refusal(abandon(placed, 'crashed', T0 + 5))).toEqual({ type: 'PastPointOfNoReturn' });
  });

  it('refuses a saga already compensating', () => {
    const compensating = unwrap(abandon(sagaAfter(['validate', 'reserve_stock']), 'crashed', T0 + 5));
    expect(refusal(abandon(compensating, 'crashed', T0 + 6))).toEqual({ type: 'NotRunning', status: 'compensating' });
  });
});

describe('undoing', () => {
  const compensating = () => unwrap(stepFailed(sagaAfter(['validate', 'reserve_stock', 'authorize_payment']), 'create_order', outOfStock, T0 + 5));

  it('takes the undos in plan order and fails after the last', () => {
    let state = compensating();
    expect(nextUndo(state)).toBe('authorize_payment');
    state = unwrap(undoSucceeded(state, 'authorize_payment', T0 + 6));
    expect(state.status).toBe('compensating');
    state = unwrap(undoSucceeded(state, 'reserve_stock', T0 + 7));
    expect(state).toMatchObject({ status: 'failed', undone: ['authorize_payment', 'reserve_stock'] });
    expect(nextUndo(state)).toBeNull();
  });

  it('refuses an undo out of order or repeated', () => {
    const state = compensating();
    expect(refusal(undoSucceeded(state, 'reserve_stock', T0 + 6))).toEqual({ type: 'UndoOutOfOrder', expected: 'authorize_payment', got: 'reserve_stock' });
    const failed = unwrap(undoSucceeded(unwrap(undoSucceeded(state, 'authorize_payment', T0 + 6)), 'reserve_stock', T0 + 7));
    expect(refusal(undoSucceeded(failed, 'reserve_stock', T0 + 8))).toEqual({ type: 'NotCompensating', status: 'failed' });
  });

  it('counts an undo that got no answer and keeps it next', () => {
    const state = unwrap(undoFailed(compensating(), 'authorize_payment', T0 + 6));
    expect(state.retries).toBe(1);
    expect(nextUndo(state)).toBe('authorize_payment');
  });

  it('refuses a step report while compensating', () => {
    expect(refusal(stepSucceeded(compensating(), 'create_order', { orderId: 'o', orderNumber: '1001-7' }, T0 + 6))).toEqual({ type: 'NotRunning', status: 'compensating' });
  });
});

describe('currentStep', () => {
  it('throws for a saga that has none', () => {
    expect(currentStep(sagaAfter(['validate']))).toBe('reserve_stock');
    expect(() => currentStep(unwrap(stepFailed(sagaAfter([]), 'validate', outOfStock, T0)))).toThrow(RangeError);
  });
});
