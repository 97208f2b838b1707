import { type Gateway, type GatewayIntent, GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from '@emporium/payment-gateways';
import { amounts, checkCapture, checkRefund, checkVoid, idempotencyKey, type Ledger, nextSequence, type PaymentError, type PaymentOperation, type Result } from '@emporium/payment-domain';
import { findAttemptByRequestKey, listAttempts, loadLedger, lockPayment, openAttempt, type Payment, settleAttempt, type StoredAttempt } from '@emporium/payment-data-access';
import { type DbTransaction, inTransaction } from '@emporium/platform-db';
import { domainError } from '@emporium/platform-trpc';
import { gatewayNotConfigured, paymentBusy, paymentNotFound, paymentPending, paymentRuleError } from './payment-errors';
import type { PaymentDeps } from './payment-deps';
import { callFailureReason, declineReason } from './payment-failure-reasons';
import { gatewayFor } from './payment-gateways';
import { settleFromIntent } from './payment-recording';
import { reconcilePayment, returnUrlOf } from './payment-reconciliation';

/** What a shopper, staff member or job asks of a payment. */
export type OperationRequest = (
  | { readonly operation: 'authorize'; readonly paymentMethod: string }
  | { readonly operation: 'confirm' }
  | { readonly operation: 'capture'; readonly amount?: number }
  | { readonly operation: 'void' }
  | { readonly operation: 'refund'; readonly amount?: number; readonly reason: string }
) & {
  /** Another service's key for this request: a request already made under it is not made again. */
  readonly requestKey?: string;
};

export function gatewayOf(deps: PaymentDeps, payment: Payment): Gateway {
  const gateway = gatewayFor(deps.config, payment.gateway);
  if (!gateway) throw gatewayNotConfigured(payment.gateway);
  return gateway;
}

/** Attempts of the domain's operations (opening the intent is ours: it moves no money and has no sequence of its own). */
const isMoneyOperation = (attempt: StoredAttempt): attempt is StoredAttempt & { readonly operation: PaymentOperation } => attempt.operation !== 'create';

/** The amount the rules allow for the request, or their refusal (nothing is written before this passes). */
function checked(request: OperationRequest, payment: Payment, ledger: Ledger): Result<number | undefined, PaymentError> {
  const totals = amounts(ledger);
  switch (request.operation) {
    // "All of it" when nothing is left is asked as one unit, so the refusal names the payment's state, not a 0.
    case 'capture':
      return checkCapture(ledger, request.amount ?? (totals.capturable || 1));
    case 'refund':
      return checkRefund(ledger, request.amount ?? (totals.refundable || 1));
    case 'void': {
      // A void carries no amount: what it releases is the gateway's business.
      const allowed = checkVoid(ledger);
      return allowed.ok ? { ok: true, value: undefined } : allowed;
    }
    case 'authorize':
      if (payment.status !== 'requires_payment_method') return { ok: false, error: { type: 'TransitionRefused', from: payment.status, event: 'authorized' } };
      return { ok: true, value: undefined };
    case 'confirm':
      return { ok: true, value: undefined };
  }
}

/**
 * Opens the attempt for a request — rules checked, the key derived from the payment, operation and sequence — and
 * commits it before the gateway is called. An attempt still unsettled blocks new ones: its outcome decides what is
 * left to do, so the caller settles it first.
 */
async function openFor(deps: PaymentDeps, paymentId: string, request: OperationRequest, actor: string): Promise<{ payment: Payment; attempt: StoredAttempt } | null> {
  return inTransaction(deps.db, async (trx: DbTransaction) => {
    const payment = await lockPayment(trx, paymentId);
    if (!payment) throw paymentNotFound(paymentId);
    if (request.requestKey !== undefined) {
      const earlier = await findAttemptByRequestKey(trx, request.requestKey);
      if (earlier && (earlier.paymentId !== paymentId || earlier.operation !== request.operation)) {
        throw domainError('CONFLICT', 'REQUEST_KEY_REUSED', 'This request key was used for another operation', { requestKey: request.requestKey });
      }
      // Settled already (settleFirst ran): the earlier outcome stands, a failed one included.
      if (earlier) return null;
    }
    const attempts = await listAttempts(trx, paymentId);
    if (attempts.some((attempt) => attempt.outcome === 'pending' || attempt.outcome === 'unknown')) throw paymentBusy(paymentId);
    if (payment.needsReview) throw domainError('CONFLICT', 'PAYMENT_NEEDS_REVIEW', `This payment is held for review: ${payment.needsReview}`, { paymentId });
    const ledger = await loadLedger(trx, paymentId);
    const allowed = checked(request, payment, ledger);
    if (!allowed.ok) throw paymentRuleError(allowed.error, payment.currency);
    const operation = request.operation as PaymentOperation;
    const sequence = nextSequence(attempts.filter(isMoneyOperation), operation);
    const attempt = await openAttempt(trx, {
      paymentId,
      operation,
      sequence,
      idempotencyKey: idempotencyKey(paymentId, operation, sequence),
      ...(allowed.value === undefined ? {} : { amount: allowed.value }),
      reason: request.operation === 'refund' ? request.reason : null,
      actor,
      requestKey: request.requestKey ?? null,
    });
    return { payment, attempt };
  });
}

function call(gateway: Gateway, payment: Payment, attempt: StoredAttempt, request: OperationRequest): Promise<{ intent: GatewayIntent; refundId?: string }> {
  const intentId = payment.intentId ?? '';
  const key = attempt.idempotencyKey;
  switch (request.operation) {
    case 'authorize':
      return gateway.authorize({ idempotencyKey: key, intentId, paymentMethod: request.paymentMethod }).then((intent) => ({ intent }));
    case 'confirm':
      return gateway.confirm({ idempotencyKey: key, intentId }).then((intent) => ({ intent }));
    case 'capture':
      return gateway.capture({ idempotencyKey: key, intentId, amount: attempt.amount ?? 0 }).then((intent) => ({ intent }));
    case 'void':
      return gateway.void({ idempotencyKey: key, intentId }).then((intent) => ({ intent }));
    case 'refund':
      return gateway.refund({ idempotencyKey: key, intentId, amount: attempt.amount ?? 0, reason: request.reason }).then((refund) => ({ intent: refund.intent, refundId: refund.id }));
  }
}

/**
 * Runs one operation: settle whatever is unsettled (by reading the payment back), check the rules, write the attempt,
 * call the gateway with the attempt's key, record the outcome. A refusal by the gateway fails the attempt and changes
 * nothing else; no answer leaves the attempt unknown, read back at once and, failing that, by the reconciliation job —
 * never sent again blindly.
 */
export async function perform(deps: PaymentDeps, paymentId: string, request: OperationRequest, actor: string): Promise<void> {
  await settleFirst(deps, paymentId);
  if (request.operation === 'authorize') await ensureIntent(deps, paymentId, actor);
  const opened = await openFor(deps, paymentId, request, actor);
  if (!opened) return;
  const { payment, attempt } = opened;
  const gateway = gatewayOf(deps, payment);
  // Authorising: the card form's token (authorize) or the bank's challenge done (confirm).
  const authorising = request.operation === 'authorize' || request.operation === 'confirm';
  let answer: { intent: GatewayIntent; refundId?: string };
  try {
    answer = await call(gateway, payment, attempt, request);
  } catch (error) {
    if (authorising) deps.metrics?.paymentFailures.inc({ reason: callFailureReason(error) });
    await afterNoAnswer(deps, paymentId, attempt, error);
    return;
  }
  const settlement = await settleFromIntent(deps, paymentId, attempt, answer.intent, 'answer', answer.refundId ? { refundId: answer.refundId } : {});
  if (authorising && (settlement === 'failed' || answer.intent.status === 'failed')) deps.metrics?.paymentFailures.inc({ reason: declineReason(answer.intent) });
}

/** Settles the payment's unsettled attempts before anything new is tried; one in flight elsewhere makes this wait. */
async function settleFirst(deps: PaymentDeps, paymentId: string): Promise<void> {
  const { state } = await reconcilePayment(deps, paymentId);
  if (state === 'busy') throw paymentBusy(paymentId);
  if (state === 'unreachable') throw paymentPending(paymentId);
}

/**
 * A call that failed. Refused by the gateway: the attempt failed and nothing happened. No answer: the attempt is
 * unknown and the payment is read back at once — the operation then stands as done (the caller sees the payment) or
 * as not done (CONFLICT, try again); a gateway still unreachable leaves it to the reconciliation job.
 */
async function afterNoAnswer(deps: PaymentDeps, paymentId: string, attempt: StoredAttempt, error: unknown): Promise<void> {
  if (error instanceof GatewayRejected || error instanceof GatewayIdempotencyConflict) {
    await settleAttempt(deps.db, attempt.id, 'failed', `${error.name}: ${error.message}`);
    const gatewayCode = error instanceof GatewayRejected ? error.code : 'idempotency_key_reused';
    throw domainError('CONFLICT', 'GATEWAY_REFUSED', `The payment provider refused: ${error.message}`, { gatewayCode });
  }
  if (!(error instanceof GatewayUnavailable)) deps.logger.error({ paymentId, err: error }, 'payment gateway call failed unexpectedly');
  await settleAttempt(deps.db, attempt.id, 'unknown', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  deps.logger.warn({ paymentId, attempt: attempt.idempotencyKey }, 'payment gateway gave no answer; reading the payment back');
  const { state, outcomes } = await reconcilePayment(deps, paymentId, { includeInFlight: true });
  if (state !== 'clear') throw paymentPending(paymentId);
  if (outcomes.get(attempt.idempotencyKey) === 'failed') {
    throw domainError('CONFLICT', 'GATEWAY_NOT_DONE', 'The payment provider did not complete it; nothing was charged or changed. Try again.', { paymentId });
  }
}

/**
 * Opens the gateway's intent for the payment if it has none. Creating moves no money, and the key is always
 * `${paymentId}:create:1`, so a lost answer is settled by sending it again: the gateway answers the same intent.
 */
export async function ensureIntent(deps: PaymentDeps, paymentId: string, actor: string): Promise<void> {
  const opened = await inTransaction(deps.db, async (trx) => {
    const payment = await lockPayment(trx, paymentId);
    if (!payment) throw paymentNotFound(paymentId);
    if (payment.intentId) return null;
    const attempts = await listAttempts(trx, paymentId);
    const existing = attempts.find((attempt) => attempt.operation === 'create');
    const attempt = existing ?? (await openAttempt(trx, { paymentId, operation: 'create', sequence: 1, idempotencyKey: `${paymentId}:create:1`, actor }));
    return { payment, attempt };
  });
  if (!opened) return;
  const { payment, attempt } = opened;
  const gateway = gatewayOf(deps, payment);
  try {
    const intent = await gateway.createIntent({
      idempotencyKey: attempt.idempotencyKey,
      amount: { amount: payment.amount, currency: payment.currency as GatewayIntent['currency'] },
      reference: payment.reference,
      returnUrl: returnUrlOf(payment),
    });
    await settleFromIntent(deps, paymentId, attempt, intent, 'answer');
  } catch (error) {
    // The intent is opened only to authorise on it: failing here fails the authorisation.
    deps.metrics?.paymentFailures.inc({ reason: callFailureReason(error) });
    if (error instanceof GatewayRejected) {
      await settleAttempt(deps.db, attempt.id, 'failed', error.message);
      throw domainError('CONFLICT', 'GATEWAY_REFUSED', `The payment provider refused: ${error.message}`, { gatewayCode: error.code });
    }
    await settleAttempt(deps.db, attempt.id, 'unknown', error instanceof Error ? error.message : String(error));
    throw paymentPending(paymentId);
  }
}
