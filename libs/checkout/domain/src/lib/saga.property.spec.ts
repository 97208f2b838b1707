import fc from 'fast-check';
import { OUTPUTS, T0, TOKEN, unwrap } from '../testing/checkout-fixtures';
import { attemptKey, contentFingerprint } from './attempt-token';
import { nextAction, recoveryAction } from './next-action';
import type { Result } from './result';
import {
  abandon,
  isPastPointOfNoReturn,
  resume,
  type SagaRefused,
  type SagaState,
  start,
  stepFailed,
  stepSucceeded,
  undoFailed,
  undoSucceeded,
  waitForShopper,
} from './saga-state';
import { type SagaStep, SHOPPER_ACTION_STEPS, STEP_UNDO, stepIndex } from './saga-steps';

const policy = { staleAfterMs: 60_000, shopperTimeoutMs: 900_000 };

/** What happens to the action the orchestrator takes: the step answers, or the process dies before recording it. */
type Outcome = 'ok' | 'refused' | 'unavailable' | 'wait' | 'crash';
const outcomeArb = fc.constantFrom<Outcome>('ok', 'ok', 'ok', 'refused', 'unavailable', 'unavailable', 'wait', 'crash');
const scenarioArb = fc.record({ coupon: fc.boolean(), outcomes: fc.array(outcomeArb, { maxLength: 40 }) });

type Event =
  | { readonly type: 'run'; readonly step: SagaStep; readonly took: boolean }
  | { readonly type: 'undo'; readonly step: SagaStep }
  | { readonly type: 'recovery'; readonly action: string };

interface Run {
  readonly final: SagaState;
  readonly events: readonly Event[];
  readonly states: readonly SagaState[];
}

const must = (result: Result<SagaState, SagaRefused>): SagaState => unwrap(result);

/**
 * Drives one checkout the way the orchestrator and the recovery job would, taking each action's outcome from
 * `outcomes` (then `ok` forever, so every run ends). A `crash` loses the process: the clock jumps past staleness
 * (or the shopper's timeout) and the recovery job takes over from the last persisted state.
 */
function simulate(coupon: boolean, outcomes: readonly Outcome[]): Run {
  let state = must(start(TOKEN, coupon ? { cartId: 'cart_1', couponCodes: ['SAVE10'] } : { cartId: 'cart_1' }, T0));
  const events: Event[] = [];
  const states: SagaState[] = [state];
  let clock = T0;
  let i = 0;
  const tick = () => (clock += 1);
  const recover = (now: number) => {
    clock = now;
    const action = recoveryAction(state, now, policy);
    events.push({ type: 'recovery', action: action.type });
    if (action.type === 'abandon') state = must(abandon(state, action.cause, clock));
    if (action.type === 'forward') expect(action.step).toBe(state.current);
  };
  for (let guard = 0; guard < 500; guard++) {
    const action = nextAction(state);
    if (action.type === 'done') break;
    const outcome = outcomes[i++] ?? 'ok';
    if (action.type === 'run') {
      const step = action.step;
      if (outcome === 'crash') {
        // The step may or may not have taken effect before the process died; nothing was persisted.
        events.push({ type: 'run', step, took: false });
        recover(state.updatedAt + policy.staleAfterMs);
      } else if (outcome === 'ok') {
        events.push({ type: 'run', step, took: true });
        state = must(stepSucceeded(state, step, OUTPUTS[step] as never, tick()));
      } else if (outcome === 'refused') {
        events.push({ type: 'run', step, took: false });
        state = must(stepFailed(state, step, { kind: 'refused', reason: { type: 'OutOfStock', lines: [] } }, tick()));
      } else if (outcome === 'unavailable') {
        events.push({ type: 'run', step, took: false });
        state = must(stepFailed(state, step, { kind: 'unavailable' }, tick()));
      } else if (SHOPPER_ACTION_STEPS.includes(step)) {
        state = must(waitForShopper(state, step, tick()));
      }
    } else if (action.type === 'wait_for_shopper') {
      if (outcome === 'ok') state = must(resume(state, tick()));
      else if (outcome === 'refused') state = must(stepFailed(state, action.step, { kind: 'refused', reason: { type: 'AuthenticationFailed' } }, tick()));
      else recover(state.updatedAt + policy.shopperTimeoutMs);
    } else if (outcome === 'crash') {
      recover(state.updatedAt + policy.staleAfterMs);
    } else if (outcome === 'unavailable') {
      state = must(undoFailed(state, action.step, tick()));
    } else {
      events.push({ type: 'undo', step: action.step });
      state = must(undoSucceeded(state, action.step, tick()));
    }
    states.push(state);
  }
  return { final: state, events, states };
}

describe('the checkout saga, over random outcomes and crash points', () => {
  it('always ends completed or failed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        expect(['completed', 'failed']).toContain(simulate(coupon, outcomes).final.status);
      }),
    );
  });

  it('when it fails, undoes every completed step that has an undo exactly once, latest first', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        const { final, events } = simulate(coupon, outcomes);
        if (final.status !== 'failed') return;
        const undos = events.flatMap((e) => (e.type === 'undo' ? [e.step] : []));
        for (const step of final.completed.filter((s) => STEP_UNDO[s] !== null)) expect(undos.filter((u) => u === step)).toHaveLength(1);
        expect(new Set(undos).size).toBe(undos.length);
        const indices = undos.map(stepIndex);
        expect(indices).toEqual([...indices].sort((a, b) => b - a));
      }),
    );
  });

  it('undoes a step whose outcome it never learned, so an unanswered payment is voided', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        const { final, events } = simulate(coupon, outcomes);
        if (final.status !== 'failed' || final.failure?.cause === 'refused') return;
        if (STEP_UNDO[final.failure!.step] !== null) expect(events).toContainEqual({ type: 'undo', step: final.failure!.step });
      }),
    );
  });

  it('never reports an order placed unless the payment step succeeded before the order step', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        const { final, events } = simulate(coupon, outcomes);
        if (nextAction(final).type === 'done' && final.status === 'completed') {
          const took = events.flatMap((e) => (e.type === 'run' && e.took ? [e.step] : []));
          expect(took.indexOf('authorize_payment')).toBeGreaterThanOrEqual(0);
          expect(took.indexOf('authorize_payment')).toBeLessThan(took.indexOf('create_order'));
          expect(events.some((e) => e.type === 'undo')).toBe(false);
        }
      }),
    );
  });

  it('never runs a step after it started undoing, and never undoes past the point of no return', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        const { events, states } = simulate(coupon, outcomes);
        const firstUndo = events.findIndex((e) => e.type === 'undo' || (e.type === 'recovery' && (e.action === 'abandon' || e.action === 'undo')));
        if (firstUndo >= 0) expect(events.slice(firstUndo).some((e) => e.type === 'run' || (e.type === 'recovery' && e.action === 'forward'))).toBe(false);
        const passed = states.findIndex(isPastPointOfNoReturn);
        if (passed >= 0) for (const later of states.slice(passed)) expect(['running', 'completed']).toContain(later.status);
      }),
    );
  });

  it('recovers any intermediate state in one direction only', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ coupon, outcomes }, pick) => {
        const { states } = simulate(coupon, outcomes);
        let state = states[pick % states.length]!;
        const first = recoveryAction(state, state.updatedAt + 10 ** 9, policy);
        if (first.type === 'none') return;
        if (first.type === 'abandon') state = must(abandon(state, first.cause, state.updatedAt + 10 ** 9));
        const kinds = new Set<string>();
        for (let guard = 0; guard < 50; guard++) {
          const action = nextAction(state);
          if (action.type === 'done') break;
          kinds.add(action.type);
          if (action.type === 'run') state = must(stepSucceeded(state, action.step, OUTPUTS[action.step] as never, state.updatedAt + 1));
          else if (action.type === 'undo') state = must(undoSucceeded(state, action.step, state.updatedAt + 1));
          else state = must(resume(state, state.updatedAt + 1));
        }
        expect(kinds.has('run') && kinds.has('undo')).toBe(false);
        expect(first.type === 'forward' ? 'completed' : 'failed').toBe(state.status);
      }),
    );
  });

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(scenarioArb, ({ coupon, outcomes }) => {
        const { states } = simulate(coupon, outcomes);
        const before = JSON.stringify(states);
        simulate(coupon, outcomes);
        for (const state of states) if (state.status === 'running') stepFailed(state, state.current!, { kind: 'unavailable' }, T0);
        expect(JSON.stringify(states)).toBe(before);
      }),
    );
  });
});

describe('attempt tokens', () => {
  const lineArb = fc.record({
    sku: fc.string({ minLength: 1, maxLength: 8 }),
    quantity: fc.integer({ min: 1, max: 99 }),
    unitPrice: fc.record({ amount: fc.integer({ min: 0, max: 1_000_000 }), currency: fc.constant('EUR') }),
  });
  const cartArb = fc.uniqueArray(lineArb, { selector: (line) => line.sku, maxLength: 6 });

  it('give the same key to the same contents in any order, and a valid key always', () => {
    fc.assert(
      fc.property(cartArb, fc.nat(), (lines, seed) => {
        const shuffled = [...lines].sort((a, b) => ((a.quantity * 31 + seed) % 7) - ((b.quantity * 31 + seed) % 7));
        const key = attemptKey('cart_1', contentFingerprint(lines as never));
        const again = attemptKey('cart_1', contentFingerprint(shuffled as never));
        if (lines.length > 0) expect(key.ok).toBe(true);
        expect(again).toEqual(key);
      }),
    );
  });
});
