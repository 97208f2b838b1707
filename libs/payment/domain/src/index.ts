export { type Result } from './lib/result';
export {
  isTerminal,
  PAYMENT_EVENTS,
  PAYMENT_STATUSES,
  type PaymentEvent,
  type PaymentStatus,
  PRE_AUTHORIZATION_STATUSES,
  TERMINAL_STATUSES,
  transition,
  TRANSITIONS,
  type TransitionRefused,
} from './lib/payment-status';
export { mayApplyGatewayStatus } from './lib/gateway-status';
export {
  amounts,
  appendEntry,
  type AuthorizationClosure,
  authorizationClosure,
  hasAuthorization,
  type Ledger,
  LEDGER_ENTRY_KINDS,
  type LedgerEntry,
  type LedgerEntryKind,
  type MoneyStatus,
  type PaymentAmounts,
  paymentStatus,
  statusFromLedger,
} from './lib/ledger';
export { describePaymentError, type PaymentError } from './lib/payment-error';
export { checkAmount, checkCapture, checkCurrency, checkRefund, checkVoid, MAX_PAYMENT_AMOUNT } from './lib/amount-rules';
export {
  type AttemptPlan,
  idempotencyKey,
  nextSequence,
  PAYMENT_OPERATIONS,
  type PaymentOperation,
  planAttempt,
  unsettledAttempt,
} from './lib/idempotency';
export { type Attempt, ATTEMPT_OUTCOMES, type AttemptOutcome } from './lib/attempt';
export { reconcileDecision, type ReconcileDecision, type RetrievedIntent } from './lib/reconcile';
export {
  authorizationExpiresAt,
  DEFAULT_AUTHORIZATION_DAYS,
  DEFAULT_EXPIRY_MARGIN_HOURS,
  type ExpiryAction,
  expiryAction,
  type ExpiryPolicy,
  type ExpiryWindow,
  isNearExpiry,
} from './lib/expiry';
export {
  type CardDataFinding,
  containsCardData,
  looksLikeCardNumber,
  passesLuhn,
  REDACTED,
  redactCardData,
} from './lib/card-data';
