import {
  nextAction,
  resume,
  type Result,
  type SagaRefused,
  type SagaState,
  stepFailed,
  stepSucceeded,
  undoFailed,
  undoSucceeded,
  waitForShopper,
} from '@emporium/checkout-domain';
import { findAttempt, rememberPayment, renewLease, saveAttempt, type StoredAttempt } from '@emporium/checkout-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { countCheckoutEnd } from './checkout-outcome';
import type { CheckoutRequest } from './checkout-request';
import { crashIfAsked } from './crash-hook';
import type { SagaEnv } from './saga-env';
import { runStep } from './saga-steps';
import { runUndo } from './saga-undos';

export type CheckoutAttempt = StoredAttempt<CheckoutRequest>;

export interface DriveOptions {
  readonly paymentMethod?: string;
  /** The shopper is back from paying: a saga waiting for them runs its step again. */
  readonly resumed?: boolean;
  /** Tries of one step or undo before this run leaves the attempt to the recovery sweep. */
  readonly triesPerStep: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expect(result: Result<SagaState, SagaRefused>): SagaState {
  if (!result.ok) throw new Error(`The checkout saga refused a transition: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Moves an attempt as far as it can go now: runs steps (or undos) one after another, saving the state after each
 * — conditional on the version it read, so if the recovery sweep (or another request) moved the attempt meanwhile
 * this run stops and answers what is stored. It stops when the saga is finished, waits for the shopper, or a call
 * kept failing `triesPerStep` times (the sweep carries on from the saved state).
 */
export async function drive(ctx: RequestContext, token: string, options: DriveOptions): Promise<CheckoutAttempt> {
  // A heartbeat: while this process works on the attempt (a slow gateway, retries) the sweep keeps away; if the
  // process dies the lease runs out within CHECKOUT_STALE_AFTER_MS and the sweep takes over.
  const leaseMs = ctx.config.CHECKOUT_STALE_AFTER_MS;
  const heartbeat = setInterval(() => {
    renewLease(ctx.db, token, leaseMs).catch((error: unknown) => ctx.logger.warn({ err: error, attempt: token }, 'checkout lease not renewed'));
  }, Math.max(50, Math.floor(leaseMs / 3)));
  try {
    const moved = await driveAttempt(ctx, token, options, leaseMs);
    // Read back: the payment's id and the payer's secret are stored beside the state, not in it.
    return (await findAttempt<CheckoutRequest>(ctx.db, token)) ?? moved;
  } finally {
    clearInterval(heartbeat);
  }
}

async function driveAttempt(ctx: RequestContext, token: string, options: DriveOptions, leaseMs: number): Promise<CheckoutAttempt> {
  let attempt = await findAttempt<CheckoutRequest>(ctx.db, token);
  if (!attempt) throw new Error(`No checkout attempt ${token}`);
  let resumed = options.resumed ?? false;
  let lastKey = '';
  let triesHere = 0;
  for (;;) {
    const current: CheckoutAttempt = attempt;
    const action = nextAction(current.state);
    if (action.type === 'done') return current;
    let next: SagaState;
    if (action.type === 'wait_for_shopper') {
      if (!resumed) return current;
      next = expect(resume(current.state, Date.now()));
    } else {
      // Tries are counted per run (the stored count keeps growing across runs and sets the back-off).
      const key = `${action.type}:${action.step}`;
      triesHere = key === lastKey ? triesHere + 1 : 1;
      lastKey = key;
      if (triesHere > options.triesPerStep) return current;
      if (action.attempt > 1) await sleep(Math.min(2_000, 100 * 2 ** Math.min(action.attempt - 2, 5)));
      const env: SagaEnv = {
        ctx,
        attempt: current,
        state: current.state,
        resumed,
        ...(options.paymentMethod ? { paymentMethod: options.paymentMethod } : {}),
        onPaymentCreated: (paymentId, secret) => rememberPayment(ctx.db, token, paymentId, secret),
      };
      next = action.type === 'run' ? await runOne(action.step, env) : await undoOne(action.step, action.action, env);
      if (action.type === 'run' && next.status === 'waiting_for_shopper') resumed = false;
    }
    const version = await saveAttempt(ctx.db, token, current.version, next, { leaseMs });
    if (version === null) return (await findAttempt<CheckoutRequest>(ctx.db, token)) ?? current;
    countCheckoutEnd(ctx.metrics, current.state.status, next);
    attempt = { ...current, state: next, version };
  }
}

async function runOne(step: Parameters<typeof runStep>[0], env: SagaEnv): Promise<SagaState> {
  const result = await runStep(step, env);
  const now = Date.now();
  if (result.type === 'done') {
    crashIfAsked(env.ctx, step);
    return expect(stepSucceeded(env.state, step, result.output as never, now));
  }
  if (result.type === 'wait') return expect(waitForShopper(env.state, step, now));
  if (result.failure.kind === 'unavailable') env.ctx.logger.warn({ step, detail: result.failure.detail, attempt: env.attempt.token }, 'checkout step got no answer');
  return expect(stepFailed(env.state, step, result.failure, now));
}

async function undoOne(step: Parameters<typeof undoSucceeded>[1], action: Parameters<typeof runUndo>[0], env: SagaEnv): Promise<SagaState> {
  try {
    await runUndo(action, env);
    return expect(undoSucceeded(env.state, step, Date.now()));
  } catch (error) {
    env.ctx.logger.warn({ step, action, err: error, attempt: env.attempt.token }, 'checkout undo failed; it will be tried again');
    return expect(undoFailed(env.state, step, Date.now()));
  }
}
