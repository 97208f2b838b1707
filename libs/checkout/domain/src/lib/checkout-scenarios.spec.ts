import { OUTPUTS, T0, unwrap } from '../testing/checkout-fixtures';
import { attemptKey, onSubmit } from './attempt-token';
import { nextAction } from './next-action';
import { type SagaState, start, stepFailed, stepSucceeded, undoSucceeded } from './saga-state';

/**
 * The service's acceptance scenarios, played against the machine with in-memory stand-ins: a stock counter that
 * reserves by attempt token and a table keyed by token (the unique constraint).
 */
function drive(state: SagaState, reserve: (token: string) => boolean): SagaState {
  for (let guard = 0; guard < 50; guard++) {
    const action = nextAction(state);
    if (action.type === 'done') return state;
    const at = state.updatedAt + 1;
    if (action.type === 'undo') state = unwrap(undoSucceeded(state, action.step, at));
    else if (action.type === 'run' && action.step === 'reserve_stock' && !reserve(state.attemptToken)) {
      state = unwrap(stepFailed(state, 'reserve_stock', { kind: 'refused', reason: { type: 'OutOfStock', lines: [{ sku: 'MUG', requested: 1, available: 0 }] } }, at));
    } else if (action.type === 'run') state = unwrap(stepSucceeded(state, action.step, OUTPUTS[action.step] as never, at));
  }
  throw new Error('did not finish');
}

describe('checkout scenarios', () => {
  it('200 shoppers for 10 units: 10 orders, 190 out of stock with nothing to undo', () => {
    const reserved = new Set<string>();
    const reserve = (token: string) => reserved.has(token) || (reserved.size < 10 && reserved.add(token) !== undefined);
    const finals = Array.from({ length: 200 }, (_, i) => drive(unwrap(start(unwrap(attemptKey(`cart_${i}`, 1)), { cartId: `cart_${i}` }, T0)), reserve));
    expect(finals.filter((s) => s.status === 'completed')).toHaveLength(10);
    const failed = finals.filter((s) => s.status === 'failed');
    expect(failed).toHaveLength(190);
    expect(failed.every((s) => s.failure?.error.type === 'OutOfStock' && s.undoPlan.length === 0)).toBe(true);
  });

  it('one cart submitted five times: one saga, one order', () => {
    const table = new Map<string, SagaState>();
    const answers = Array.from({ length: 5 }, () => {
      const token = unwrap(attemptKey('cart_1', 7));
      const existing = table.get(token);
      const decision = onSubmit(existing && { status: existing.status, outputs: existing.outputs, sequence: 1 });
      if (decision.type === 'start') table.set(token, drive(unwrap(start(token, { cartId: 'cart_1' }, T0)), () => true));
      return decision.type;
    });
    expect(answers).toEqual(['start', 'already_placed', 'already_placed', 'already_placed', 'already_placed']);
    expect(table.size).toBe(1);
  });
});
