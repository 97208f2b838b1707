import { abandon, recoveryAction } from '@emporium/checkout-domain';
import { claimIdleAttempts, saveAttempt } from '@emporium/checkout-data-access';
import type { BackgroundTask, RequestContext } from '@emporium/platform-trpc';
import { countCheckoutEnd } from './checkout-outcome';
import type { CheckoutRequest } from './checkout-request';
import { type CheckoutAttempt, drive } from './saga-runner';

/** Attempts one sweep takes on; more wait for the next. */
const BATCH = 50;
/** Tries of one step per sweep; an attempt that still gets no answer is tried again next sweep. */
const TRIES_PER_SWEEP = 2;

/**
 * Finishes or undoes one attempt nobody is moving: forward past the order's creation (the remaining steps are
 * bookkeeping), undone before it, the undos of one already compensating carried on — never half-done.
 */
export async function recoverAttempt(ctx: RequestContext, attempt: CheckoutAttempt, now: number): Promise<CheckoutAttempt> {
  const policy = { staleAfterMs: ctx.config.CHECKOUT_STALE_AFTER_MS, shopperTimeoutMs: ctx.config.CHECKOUT_SHOPPER_TIMEOUT_MS };
  const action = recoveryAction(attempt.state, now, policy);
  if (action.type === 'none') return attempt;
  if (action.type === 'abandon') {
    const given = abandon(attempt.state, action.cause, now);
    if (!given.ok || (await saveAttempt(ctx.db, attempt.token, attempt.version, given.value)) === null) return attempt;
    countCheckoutEnd(ctx.metrics, attempt.state.status, given.value);
  }
  ctx.logger.info({ attempt: attempt.token, action: action.type, status: attempt.state.status }, 'checkout recovery');
  return drive(ctx, attempt.token, { triesPerStep: TRIES_PER_SWEEP });
}

/** One sweep: claims idle attempts (replicas skip each other's) and recovers each. */
export async function sweepCheckouts(ctx: RequestContext, now = Date.now()): Promise<number> {
  const idleFor = Math.min(ctx.config.CHECKOUT_STALE_AFTER_MS, ctx.config.CHECKOUT_SHOPPER_TIMEOUT_MS);
  const claimed = await claimIdleAttempts<CheckoutRequest>(ctx.db, { updatedBefore: new Date(now - idleFor), limit: BATCH, leaseMs: ctx.config.CHECKOUT_STALE_AFTER_MS });
  for (const attempt of claimed) {
    try {
      await recoverAttempt(ctx, attempt, now);
    } catch (error) {
      ctx.logger.error({ err: error, attempt: attempt.token }, 'checkout recovery failed; the next sweep tries again');
    }
  }
  return claimed.length;
}

/**
 * The recovery sweep runs in every process that mounts the checkout: soon after start (a crashed process's attempts
 * are picked up by the next one) and every CHECKOUT_SWEEP_INTERVAL_MS. It needs the same typed clients as a request.
 */
export const checkoutRecoveryTask: BackgroundTask = {
  name: 'checkout.recovery',
  start({ newContext, logger }) {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const tick = () => {
      running = (async () => {
        const ctx = await newContext();
        try {
          await sweepCheckouts(ctx);
        } catch (error) {
          logger.error({ err: error }, 'checkout recovery sweep failed');
        } finally {
          if (!stopped) timer = setTimeout(tick, ctx.config.CHECKOUT_SWEEP_INTERVAL_MS);
        }
      })();
    };
    timer = setTimeout(tick, 1_000);
    return {
      async stop() {
        stopped = true;
        clearTimeout(timer);
        await running;
      },
    };
  },
};
