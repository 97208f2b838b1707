export { type Result } from './lib/result';
export {
  isForwardOnly,
  isSagaStep,
  plannedSteps,
  POINT_OF_NO_RETURN,
  SAGA_STEPS,
  type SagaStep,
  SHOPPER_ACTION_STEPS,
  STEP_UNDO,
  stepIndex,
  UNDO_ACTIONS,
  type UndoAction,
  undoOf,
} from './lib/saga-steps';
export {
  abandon,
  type AttentionNote,
  type CheckoutInput,
  DEFAULT_RETRY_LIMIT,
  currentStep,
  isPastPointOfNoReturn,
  nextUndo,
  resume,
  type RetryPolicy,
  SAGA_STATUSES,
  type SagaFailure,
  type SagaOutputs,
  type SagaRefused,
  type SagaState,
  type SagaStatus,
  start,
  type StepFailure,
  stepFailed,
  type StepOutputs,
  stepSucceeded,
  undoFailed,
  undoSucceeded,
  waitForShopper,
} from './lib/saga-state';
export { nextAction, type NextAction, recoveryAction, type RecoveryAction, type RecoveryPolicy } from './lib/next-action';
export {
  attemptKey,
  type AttemptTokenRefused,
  type CartLineSnapshot,
  contentFingerprint,
  onSubmit,
  sameAttempt,
  type SubmitDecision,
} from './lib/attempt-token';
export { type CheckoutError, describeCheckoutError, type OutOfStockLine, type PriceChangeLine } from './lib/checkout-error';
export { type CurrentOffer, sameMoney, validateCart } from './lib/validate-cart';
