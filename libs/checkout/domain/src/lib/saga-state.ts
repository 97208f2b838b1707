import type { Money } from '@emporium/money';
import type { CheckoutError } from './checkout-error';
import type { Result } from './result';
import { isForwardOnly, plannedSteps, POINT_OF_NO_RETURN, type SagaStep, SHOPPER_ACTION_STEPS, STEP_UNDO } from './saga-steps';

export const SAGA_STATUSES = ['running', 'waiting_for_shopper', 'completed', 'compensating', 'failed'] as const;
export type SagaStatus = (typeof SAGA_STATUSES)[number];

export interface CheckoutInput {
  readonly cartId: string;
  /** The codes on the cart, redeemed together by `redeem_coupon`. */
  readonly couponCodes?: readonly string[];
}

type NoOutput = Readonly<Record<string, never>>;

/** What each step hands back on success; the saga keeps it so later steps and undos can refer to it. */
export interface StepOutputs {
  readonly validate: { readonly total: Money };
  readonly reserve_stock: { readonly reservationId: string };
  readonly authorize_payment: { readonly paymentId: string };
  readonly create_order: { readonly orderId: string; readonly orderNumber: string };
  readonly commit_stock: NoOutput;
  readonly redeem_coupon: { readonly couponRedemptionIds: readonly string[] };
  readonly complete_cart: NoOutput;
  readonly queue_confirmation: NoOutput;
}

export interface SagaOutputs {
  readonly total?: Money;
  readonly reservationId?: string;
  readonly paymentId?: string;
  readonly orderId?: string;
  readonly orderNumber?: string;
  readonly couponRedemptionIds?: readonly string[];
}

/**
 * How a step went wrong. `refused` is definitive and means the step did not take effect (out of stock, price
 * changed, card declined): it is not retried and not undone. `unavailable` means no answer (timeout, 5xx): the step
 * may or may not have taken effect, so it is retried with the same idempotency key, and undone if given up on.
 */
export type StepFailure =
  | { readonly kind: 'refused'; readonly reason: CheckoutError }
  | { readonly kind: 'unavailable'; readonly detail?: string };

/** Why a saga is compensating or failed. `step` is the step it stopped at. */
export interface SagaFailure {
  readonly step: SagaStep;
  readonly cause: 'refused' | 'unavailable' | 'crashed' | 'shopper_timed_out';
  readonly error: CheckoutError;
}

/** A refusal met after the point of no return (e.g. the coupon was used up meanwhile): the order stands; staff look. */
export interface AttentionNote {
  readonly step: SagaStep;
  readonly reason: CheckoutError;
}

/**
 * The saga's persisted state: the service stores it after every transition, in the same transaction as the effect
 * it records where it can, so a restarted process reads exactly where the checkout stopped.
 *
 * - `current`: while running or waiting, the step to run next — or in flight: a crash leaves it unknown whether it
 *   took effect. Absent once compensating, completed or failed.
 * - `retries`: `unavailable` answers of the current step (or of the current undo while compensating).
 * - `undoPlan`: once compensating, the steps to undo, in the order to undo them; `undone` those already undone.
 * - `updatedAt`: the caller's clock (epoch ms) at the last transition; the recovery job measures staleness by it.
 */
export interface SagaState {
  readonly attemptToken: string;
  readonly input: CheckoutInput;
  readonly status: SagaStatus;
  readonly completed: readonly SagaStep[];
  readonly current?: SagaStep;
  readonly retries: number;
  readonly outputs: SagaOutputs;
  readonly failure?: SagaFailure;
  readonly undoPlan: readonly SagaStep[];
  readonly undone: readonly SagaStep[];
  readonly attention: readonly AttentionNote[];
  readonly updatedAt: number;
}

/**
 * A report the machine cannot accept — a bug or a duplicate/late report in the orchestrator, never the shopper's
 * doing. The service logs it and re-reads the state; it never changes the state.
 */
export type SagaRefused =
  | { readonly type: 'InvalidStart'; readonly field: 'attemptToken' | 'cartId' }
  | { readonly type: 'NotRunning'; readonly status: SagaStatus }
  | { readonly type: 'StepOutOfOrder'; readonly expected: SagaStep | null; readonly got: SagaStep }
  | { readonly type: 'CannotWaitForShopper'; readonly step: SagaStep }
  | { readonly type: 'NotWaitingForShopper'; readonly status: SagaStatus }
  | { readonly type: 'NotCompensating'; readonly status: SagaStatus }
  | { readonly type: 'UndoOutOfOrder'; readonly expected: SagaStep | null; readonly got: SagaStep }
  | { readonly type: 'PastPointOfNoReturn' };

/** `unavailable` answers a step before the point of no return gets before the saga gives up and undoes. */
export const DEFAULT_RETRY_LIMIT = 3;

export interface RetryPolicy {
  readonly retryLimit: number;
}

const ok = (value: SagaState): Result<SagaState, SagaRefused> => ({ ok: true, value });
const refuse = (error: SagaRefused): Result<SagaState, SagaRefused> => ({ ok: false, error });

export function start(attemptToken: string, input: CheckoutInput, at: number): Result<SagaState, SagaRefused> {
  if (attemptToken.trim() === '') return refuse({ type: 'InvalidStart', field: 'attemptToken' });
  if (input.cartId.trim() === '') return refuse({ type: 'InvalidStart', field: 'cartId' });
  return ok({
    attemptToken,
    input,
    status: 'running',
    completed: [],
    current: 'validate',
    retries: 0,
    outputs: {},
    undoPlan: [],
    undone: [],
    attention: [],
    updatedAt: at,
  });
}

/** True once the order exists (and so its payment is authorised): from here the saga only goes forward. */
export function isPastPointOfNoReturn(state: SagaState): boolean {
  return state.completed.includes(POINT_OF_NO_RETURN);
}

/** A step finished. `waiting_for_shopper` accepts it too: the gateway may confirm 3-D Secure by webhook. */
export function stepSucceeded<S extends SagaStep>(state: SagaState, step: S, output: StepOutputs[S], at: number): Result<SagaState, SagaRefused> {
  const refused = checkReport(state, step);
  if (refused) return refuse(refused);
  return ok(advance({ ...state, outputs: { ...state.outputs, ...output } }, step, at));
}

/**
 * A step failed. Before the point of no return a refusal undoes what was done, and so does an `unavailable` step
 * once it has used up `policy.retryLimit` retries (that step is undone too: it may have happened). After the point
 * of no return nothing is undone: `unavailable` is retried without limit, and a refusal is noted in `attention`
 * for staff while the saga moves on — the shopper has a paid order either way.
 */
export function stepFailed(
  state: SagaState,
  step: SagaStep,
  failure: StepFailure,
  at: number,
  policy: RetryPolicy = { retryLimit: DEFAULT_RETRY_LIMIT },
): Result<SagaState, SagaRefused> {
  const refused = checkReport(state, step);
  if (refused) return refuse(refused);
  if (isForwardOnly(step)) {
    if (failure.kind === 'unavailable') return ok({ ...state, status: 'running', retries: state.retries + 1, updatedAt: at });
    return ok(advance({ ...state, attention: [...state.attention, { step, reason: failure.reason }] }, step, at));
  }
  if (failure.kind === 'refused') return ok(compensate(state, { step, cause: 'refused', error: failure.reason }, null, at));
  if (state.retries < policy.retryLimit) return ok({ ...state, status: 'running', retries: state.retries + 1, updatedAt: at });
  return ok(compensate(state, { step, cause: 'unavailable', error: { type: 'ServiceUnavailable' } }, step, at));
}

/** The current step needs the shopper (3-D Secure). Only a step in `SHOPPER_ACTION_STEPS` may wait. */
export function waitForShopper(state: SagaState, step: SagaStep, at: number): Result<SagaState, SagaRefused> {
  const refused = checkReport(state, step);
  if (refused) return refuse(refused);
  if (!SHOPPER_ACTION_STEPS.includes(step)) return refuse({ type: 'CannotWaitForShopper', step });
  return ok({ ...state, status: 'waiting_for_shopper', updatedAt: at });
}

/** The shopper came back: the waiting step runs again (it confirms the same payment, by the same key). */
export function resume(state: SagaState, at: number): Result<SagaState, SagaRefused> {
  if (state.status !== 'waiting_for_shopper') return refuse({ type: 'NotWaitingForShopper', status: state.status });
  return ok({ ...state, status: 'running', retries: 0, updatedAt: at });
}

/**
 * Gives up on a saga before the point of no return: its process died (`crashed`) or the shopper never finished
 * 3-D Secure (`shopper_timed_out`). The step in flight is undone with the completed ones, since it may have happened.
 */
export function abandon(state: SagaState, cause: 'crashed' | 'shopper_timed_out', at: number): Result<SagaState, SagaRefused> {
  if (state.status !== 'running' && state.status !== 'waiting_for_shopper') return refuse({ type: 'NotRunning', status: state.status });
  if (isPastPointOfNoReturn(state)) return refuse({ type: 'PastPointOfNoReturn' });
  const step = currentStep(state);
  const error: CheckoutError = cause === 'crashed' ? { type: 'ServiceUnavailable' } : { type: 'ShopperTimedOut' };
  return ok(compensate(state, { step, cause, error }, step, at));
}

/** The next undo in `undoPlan` succeeded (or found nothing to undo). After the last one the saga has failed. */
export function undoSucceeded(state: SagaState, step: SagaStep, at: number): Result<SagaState, SagaRefused> {
  const refused = checkUndo(state, step);
  if (refused) return refuse(refused);
  const undone = [...state.undone, step];
  const finished = undone.length === state.undoPlan.length;
  return ok({ ...state, undone, status: finished ? 'failed' : 'compensating', retries: 0, updatedAt: at });
}

/** An undo got no answer. Undos are never given up on: the same undo runs again (by the recovery job if need be). */
export function undoFailed(state: SagaState, step: SagaStep, at: number): Result<SagaState, SagaRefused> {
  const refused = checkUndo(state, step);
  if (refused) return refuse(refused);
  return ok({ ...state, retries: state.retries + 1, updatedAt: at });
}

/** The step running or waiting. Only a running or waiting saga has one: asking another is a programmer's mistake. */
export function currentStep(state: SagaState): SagaStep {
  if (state.current === undefined) throw new RangeError(`A ${state.status} saga has no current step`);
  return state.current;
}

/** The step `undoSucceeded` expects next, or `null` when nothing is left to undo. */
export function nextUndo(state: SagaState): SagaStep | null {
  return state.undoPlan[state.undone.length] ?? null;
}

function checkReport(state: SagaState, step: SagaStep): SagaRefused | null {
  if (state.status !== 'running' && state.status !== 'waiting_for_shopper') return { type: 'NotRunning', status: state.status };
  if (state.current !== step) return { type: 'StepOutOfOrder', expected: state.current ?? null, got: step };
  return null;
}

function checkUndo(state: SagaState, step: SagaStep): SagaRefused | null {
  if (state.status !== 'compensating') return { type: 'NotCompensating', status: state.status };
  const expected = nextUndo(state);
  if (expected !== step) return { type: 'UndoOutOfOrder', expected, got: step };
  return null;
}

function advance(state: SagaState, step: SagaStep, at: number): SagaState {
  const completed = [...state.completed, step];
  const steps = plannedSteps(state.input);
  const next = steps[steps.indexOf(step) + 1];
  const { current: _current, ...rest } = state;
  return next === undefined
    ? { ...rest, completed, status: 'completed', retries: 0, updatedAt: at }
    : { ...rest, completed, current: next, status: 'running', retries: 0, updatedAt: at };
}

/** Plans the undos: every completed step that has one, plus the uncertain step, latest first. */
function compensate(state: SagaState, failure: SagaFailure, uncertain: SagaStep | null, at: number): SagaState {
  const touched = uncertain === null ? state.completed : [...state.completed, uncertain];
  const undoPlan = touched.filter((step) => STEP_UNDO[step] !== null).reverse();
  const { current: _current, ...rest } = state;
  return { ...rest, status: undoPlan.length === 0 ? 'failed' : 'compensating', failure, undoPlan, undone: [], retries: 0, updatedAt: at };
}
