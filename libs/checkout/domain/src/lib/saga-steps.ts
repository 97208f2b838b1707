/**
 * The checkout saga's steps, in the order they run. Every step is idempotent on the attempt token (the service
 * passes it as the idempotency key of each call), so running a step twice has the effect of running it once.
 */
export const SAGA_STEPS = [
  'validate',
  'reserve_stock',
  'redeem_coupon',
  'authorize_payment',
  'create_order',
  'commit_stock',
  'complete_cart',
  'queue_confirmation',
] as const;
export type SagaStep = (typeof SAGA_STEPS)[number];

export const UNDO_ACTIONS = ['release_stock', 'void_payment', 'cancel_order', 'release_coupon'] as const;
export type UndoAction = (typeof UNDO_ACTIONS)[number];

/**
 * What undoes each step; `null` when there is nothing to undo (`validate` reads only; the confirmation e-mail and
 * the completed cart are never undone). Undos must be idempotent and must succeed when there is nothing to undo
 * (keyed by the attempt token): a step whose outcome is unknown (in flight at a crash, or given up on after retries)
 * is undone as if it had happened.
 *
 * `commit_stock` has no undo of its own: once stock is committed the order exists, and stock comes back through the
 * order's cancellation or return, not through the saga. The coupon is redeemed before the card is charged: a
 * single-use code is as scarce as the last unit, and a checkout that loses the race for it must be refused before
 * it pays, not given an order with a discount the shop never granted.
 */
export const STEP_UNDO: Readonly<Record<SagaStep, UndoAction | null>> = {
  validate: null,
  reserve_stock: 'release_stock',
  authorize_payment: 'void_payment',
  create_order: 'cancel_order',
  commit_stock: null,
  redeem_coupon: 'release_coupon',
  complete_cart: null,
  queue_confirmation: null,
};

/**
 * The point of no return: once `create_order` has succeeded, the order exists and (because `authorize_payment` runs
 * before it) its payment is authorised. From there the saga only goes forward — the remaining steps are retried
 * until they succeed, by the live process or by the recovery job — because undoing a paid order is a cancellation
 * the shopper sees, while each remaining step (commit stock, redeem coupon, complete cart, queue e-mail) is
 * bookkeeping that can be retried safely. Before it, nothing the shopper can see has happened yet (at most a held
 * authorisation), so a failure or a crash undoes what was done: no order without payment and no payment without
 * order either way.
 */
export const POINT_OF_NO_RETURN: SagaStep = 'create_order';

/** Steps that may stop and wait for the shopper (3-D Secure) before they finish. */
export const SHOPPER_ACTION_STEPS: readonly SagaStep[] = ['authorize_payment'];

export function stepIndex(step: SagaStep): number {
  return SAGA_STEPS.indexOf(step);
}

/** True for the steps run after the point of no return: never undone, retried until they succeed. */
export function isForwardOnly(step: SagaStep): boolean {
  return stepIndex(step) > stepIndex(POINT_OF_NO_RETURN);
}

export function undoOf(step: SagaStep): UndoAction | null {
  return STEP_UNDO[step];
}

/** The steps one checkout runs: all of them, less `redeem_coupon` when the cart carries no coupon code. */
export function plannedSteps(input: { readonly couponCodes?: readonly string[] | undefined }): readonly SagaStep[] {
  return (input.couponCodes?.length ?? 0) === 0 ? SAGA_STEPS.filter((step) => step !== 'redeem_coupon') : SAGA_STEPS;
}

export function isSagaStep(value: unknown): value is SagaStep {
  return typeof value === 'string' && (SAGA_STEPS as readonly string[]).includes(value);
}
